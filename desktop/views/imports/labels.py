"""What the wizard calls fields, results and stages, marked for translation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.io.columns import Field
from desktop.services.imports import RowResult, Stage

CONTEXT = "ImportLabels"


def _noop(text: object) -> str:
    return str(text)


FIELD_TEXTS: dict[Field, str] = {
    Field.STT: _noop(QT_TRANSLATE_NOOP("ImportLabels", "STT")),
    Field.FULL_NAME: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Họ và tên")),
    Field.BIRTH: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Ngày sinh")),
    Field.BIRTH_MALE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Ngày sinh (cột Nam)")),
    Field.BIRTH_FEMALE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Ngày sinh (cột Nữ)")),
    Field.SEX: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Giới tính")),
    Field.FEMALE_MARK: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Nữ (đánh dấu X)")),
    Field.CCCD: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Số CCCD/định danh")),
    Field.SI_CODE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Mã số BHXH")),
    Field.PHONE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Số điện thoại")),
    Field.ETHNIC: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Dân tộc")),
    Field.CLAN: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Dòng họ")),
    Field.VILLAGE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Thôn, buôn")),
    Field.ADDRESS: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Địa chỉ")),
    Field.COMMUNE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Xã, phường")),
    Field.HOUSEHOLD_CODE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Mã hộ")),
    Field.RELATIONSHIP: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Quan hệ với chủ hộ")),
    Field.AGENT_CODE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Mã nhân viên thu")),
    Field.VALID_FROM: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Từ ngày/tháng")),
    Field.VALID_TO: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đến ngày")),
    Field.MONTHS: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Số tháng")),
    Field.AMOUNT: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Số tiền")),
    Field.RECEIPT_NO: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Số biên lai")),
    Field.RECEIPT_DATE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Ngày biên lai")),
    Field.SCHEME: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Loại hình tham gia")),
    Field.CATEGORY: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đối tượng")),
    Field.NOTE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Ghi chú")),
}
IGNORED = _noop(QT_TRANSLATE_NOOP("ImportLabels", "(bỏ qua cột này)"))

RESULT_TEXTS: dict[RowResult, str] = {
    RowResult.NEW: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Mới")),
    RowResult.UPDATED: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Cập nhật")),
    RowResult.UNCHANGED: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Không đổi")),
    RowResult.DUPLICATE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Trùng trong tệp")),
    RowResult.CANDIDATE: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Có thể đã có")),
    RowResult.ERROR: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Lỗi")),
}

STAGE_TEXTS: dict[str, str] = {
    Stage.READING.value: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đang đọc tệp…")),
    Stage.CHECKING.value: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đang kiểm tra từng dòng…")),
    Stage.MATCHING.value: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đang đối chiếu với dữ liệu đã có…")),
    Stage.WRITING.value: _noop(QT_TRANSLATE_NOOP("ImportLabels", "Đang ghi vào cơ sở dữ liệu…")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_text(field: Field) -> str:
    return tr(FIELD_TEXTS[field])


def result_text(result: RowResult) -> str:
    return tr(RESULT_TEXTS[result])


def stage_text(stage: str) -> str:
    return tr(STAGE_TEXTS.get(stage, stage))
