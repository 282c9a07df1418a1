"""The names of the codes the domain and services use (schemes, categories, statuses, roles…), as screens show them.

The domain keeps the Vietnamese names: files, printed forms and the command line
use them, and some are stored (the funding source). A screen shows ``label_text(name)``,
the same name in the interface language. :data:`MARKED` lists every such name for
lupdate; a test keeps it in step with the domain.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"


def _noop(text: object) -> str:
    return str(text)


MARKED: tuple[str, ...] = (
    # schemes (domain.participation.SCHEME_LABELS)
    _noop(QT_TRANSLATE_NOOP("Labels", "BHXH tự nguyện")),
    _noop(QT_TRANSLATE_NOOP("Labels", "BHYT hộ gia đình")),
    _noop(QT_TRANSLATE_NOOP("Labels", "BHYT học sinh, sinh viên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "BHYT do NSNN đóng, hỗ trợ")),
    # categories (domain.participation.CATEGORY_LABELS)
    _noop(QT_TRANSLATE_NOOP("Labels", "Hộ nghèo")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hộ cận nghèo")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Người dân tộc thiểu số")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Học sinh, sinh viên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đối tượng khác")),
    # sex (domain.participation.SEX_LABELS)
    _noop(QT_TRANSLATE_NOOP("Labels", "Nam")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nữ")),
    # coverage (domain.coverage.CoverageStatus)
    _noop(QT_TRANSLATE_NOOP("Labels", "Còn hạn")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Sắp hết hạn")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hết hạn")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Chưa tham gia")),
    # enrollments (services.enrollments.STATUS_LABELS, FUNDING_CHOICES)
    _noop(QT_TRANSLATE_NOOP("Labels", "Đang hiệu lực")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đã dừng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đã huỷ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Người tham gia đóng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Người tham gia đóng, NSNN hỗ trợ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngân sách nhà nước")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngân sách địa phương")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nhà hảo tâm tài trợ")),
    # roles (services.authz.ROLE_LABELS)
    _noop(QT_TRANSLATE_NOOP("Labels", "Quản trị")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Cán bộ nghiệp vụ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Chỉ xem")),
)


def label_text(name: str) -> str:
    """``name``, a Vietnamese label of the domain, in the interface language."""
    return QCoreApplication.translate(CONTEXT, name)


def labelled(names: dict[str, str]) -> list[tuple[str, str]]:
    """(code, label) pairs of a domain's code → name table, for a combo box."""
    return [(code, label_text(name)) for code, name in names.items()]
