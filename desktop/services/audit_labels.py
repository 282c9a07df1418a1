"""Vietnamese names for what the audit trail stores in English keys.

Services record actions, entity kinds and field names as stable English keys;
the audit browser and its Excel export show them to people. A key without a
label here (a newer service's) is shown as it is rather than hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from desktop.domain.formatting import format_date, format_int
from desktop.domain.outreach import SESSION_KINDS
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS, SEX_LABELS
from desktop.services.authz import ROLE_LABELS
from desktop.services.targets import METRIC_LABELS, format_target

ACTION_LABELS: dict[str, str] = {
    "create": "Thêm",
    "update": "Sửa",
    "delete": "Xoá",
    "stop": "Dừng tham gia",
    "enroll": "Đóng tiền",
    "member_add": "Thêm thành viên",
    "member_remove": "Bỏ thành viên",
    "member_update": "Đổi quan hệ",
    "import": "Nhập tệp",
    "undo_import": "Hoàn tác lần nhập",
    "export": "Xuất tệp",
    "print": "In",
    "sign_in": "Đăng nhập",
    "sign_in_failed": "Đăng nhập sai",
    "sign_out": "Đăng xuất",
    "password": "Đổi mật khẩu",
    "lock": "Tạm khoá",
    "unlock": "Mở khoá",
    "reset_password": "Đặt lại mật khẩu",
    "backup": "Sao lưu",
    "delete_backup": "Xoá bản sao lưu",
    "backup_policy": "Đổi cài đặt sao lưu",
    "restore": "Khôi phục",
    "search": "Tìm kiếm",
    "demo": "Tạo dữ liệu mẫu",
}

ENTITY_LABELS: dict[str, str] = {
    "person": "Người tham gia",
    "enrollment": "Lượt tham gia",
    "household": "Hộ gia đình",
    "agent": "Nhân viên thu",
    "agent_training": "Tập huấn nhân viên thu",
    "collection_organisation": "Tổ chức dịch vụ thu",
    "targets": "Chỉ tiêu",
    "commune_figure": "Dân số xã",
    "outreach_session": "Buổi tuyên truyền",
    "clan": "Dòng họ",
    "attendance": "Danh sách dự buổi",
    "import_batch": "Lần nhập danh sách",
    "report": "Báo cáo",
    "office_profile": "Thông tin đơn vị",
    "user": "Tài khoản",
    "audit_entry": "Nhật ký thao tác",
    "rates": "Mức đóng",
    "settings": "Cài đặt",
    "database": "Cơ sở dữ liệu",
}

FIELD_LABELS: dict[str, str] = {
    # persons
    "full_name": "Họ và tên",
    "birth": "Ngày sinh",
    "sex": "Giới tính",
    "ethnic_code": "Dân tộc",
    "cccd": "Số CCCD",
    "si_code": "Mã số BHXH",
    "phone": "Điện thoại",
    "village_id": "Thôn, buôn",
    "address": "Địa chỉ",
    "household_id": "Hộ gia đình",
    "relationship_code": "Quan hệ với chủ hộ",
    "category": "Đối tượng",
    "note": "Ghi chú",
    # enrollments
    "person_id": "Người tham gia",
    "scheme": "Loại hình",
    "valid_from": "Hiệu lực từ",
    "valid_to": "Hiệu lực đến",
    "payment_months": "Số tháng đóng",
    "household_rank": "Thứ tự trong hộ",
    "amount_due": "Số tiền phải đóng",
    "amount_paid": "Số tiền người tham gia đóng",
    "receipt_no": "Số biên lai",
    "receipt_date": "Ngày biên lai",
    "agent_id": "Nhân viên thu",
    "status": "Trạng thái",
    # households
    "code": "Mã",
    "head_person_id": "Chủ hộ",
    "clan_id": "Dòng họ",
    "clan_text": "Dòng họ (ghi trước khi rà soát)",
    # clans
    "village_ids": "Thôn, buôn",
    "leader_name": "Trưởng tộc, già làng",
    "leader_phone": "Điện thoại trưởng tộc",
    "joined_on": "Ngày tham gia mô hình",
    # agents
    "organisation_id": "Tổ chức dịch vụ thu",
    "active_from": "Làm từ ngày",
    "active_to": "Làm đến ngày",
    "areas": "Địa bàn phụ trách",
    # outreach sessions and attendance
    "kind": "Hình thức",
    "held_on": "Ngày tổ chức",
    "starts_at": "Giờ bắt đầu",
    "ends_at": "Giờ kết thúc",
    "commune_code": "Xã, phường",
    "venue": "Địa điểm",
    "organiser": "Đơn vị tổ chức",
    "organiser_agent_id": "Nhân viên thu tổ chức",
    "co_organisers": "Đơn vị phối hợp",
    "languages": "Ngôn ngữ",
    "topic": "Chủ đề",
    "support_per_attendee": "Tiền hỗ trợ mỗi người",
    "attended": "Có mặt",
    # commune figures, targets
    "population": "Dân số",
    "working_age_population": "Dân số trong độ tuổi lao động",
    # imports
    "villages_created": "Thôn, buôn thêm mới",
    "clans_created": "Dòng họ thêm mới",
    "households_linked": "Số hộ gắn vào dòng họ",
    "sheet": "Trang tính",
    # office profile
    "name": "Tên",
    "parent_name": "Cơ quan cấp trên",
    "province": "Tỉnh",
    "place_name": "Địa danh",
    "preparer_name": "Người lập biểu",
    "head_name": "Thủ trưởng đơn vị",
    "communes": "Xã, phường phụ trách",
    # accounts
    "username": "Tên đăng nhập",
    "role": "Vai trò",
    "active": "Đang sử dụng",
    "must_change_password": "Phải đổi mật khẩu",
}

STATUS_LABELS: dict[str, str] = {"active": "Đang tham gia", "stopped": "Đã dừng", "cancelled": "Đã huỷ"}

_VALUE_LABELS: dict[str, Mapping[str, str]] = {
    "scheme": SCHEME_LABELS,
    "category": CATEGORY_LABELS,
    "sex": SEX_LABELS,
    "status": STATUS_LABELS,
    "kind": SESSION_KINDS,
    "role": {role.value: label for role, label in ROLE_LABELS.items()},
}
_MONEY_FIELDS = frozenset({"amount_due", "amount_paid", "support_per_attendee"})
_COUNT_FIELDS = frozenset({"population", "working_age_population", "payment_months", "household_rank",
                           "households_linked"})


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def field_label(key: str) -> str:
    """"full_name" -> "Họ và tên"; compound keys such as "12/new_vsi" or "attended/Nguyễn Văn A" keep their parts."""
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    head, slash, tail = key.partition("/")
    if slash and head in FIELD_LABELS:
        return f"{FIELD_LABELS[head]}: {tail}"
    if slash and tail in METRIC_LABELS:
        return f"{METRIC_LABELS[tail]} ({head})"
    return key


def _date_text(value: str) -> str | None:
    """ISO dates and times as the desk reads them; None when ``value`` is not one."""
    if len(value) == 10:
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return None
    if len(value) >= 16 and value[4] == "-" and value[10] == "T":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return f"{moment:%d/%m/%Y %H:%M}"
    return None


def value_text(key: str, value: object, names: Callable[[str, object], str | None] | None = None) -> str:
    """A recorded value as text: labels for codes, dd/mm/yyyy dates, "105.300 đ", "Có"/"Không".

    ``names`` turns an id or code into a name ("village_id", 12 -> "Buôn Mấp";
    "ethnic_code", "12" -> "Ê-đê") when the caller looked them up.
    """
    if value is None or value == "":
        return ""
    metric = key.rpartition("/")[2]
    if metric in METRIC_LABELS and isinstance(value, int):
        return format_target(metric, value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(key, item, names) for item in value)
    found = names(key, value) if names is not None and isinstance(value, int | str) else None
    if found:
        return found
    if isinstance(value, int) and key.endswith("_id"):
        return f"#{value}"
    if isinstance(value, int):
        if key in _MONEY_FIELDS:
            return f"{format_int(value)} đ"
        return format_int(value) if key in _COUNT_FIELDS or abs(value) >= 10_000 else str(value)
    text = str(value)
    labels = _VALUE_LABELS.get(key)
    if labels is not None and text in labels:
        return labels[text]
    return _date_text(text) or text
