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
    # the audit trail (services.audit_labels: actions, kinds of record, fields, statuses)
    _noop(QT_TRANSLATE_NOOP("Labels", "Thêm")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Sửa")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Xoá")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dừng tham gia")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đóng tiền")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thêm thành viên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Bỏ thành viên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đổi quan hệ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nhập tệp")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hoàn tác lần nhập")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Xuất tệp")),
    _noop(QT_TRANSLATE_NOOP("Labels", "In")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đăng nhập")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đăng nhập sai")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đăng xuất")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đổi mật khẩu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tạm khoá")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Mở khoá")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đặt lại mật khẩu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Sao lưu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Xoá bản sao lưu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đổi cài đặt sao lưu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Khôi phục")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tìm kiếm")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tạo dữ liệu mẫu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Người tham gia")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Lượt tham gia")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hộ gia đình")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nhân viên thu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tập huấn nhân viên thu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tổ chức dịch vụ thu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Chỉ tiêu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dân số xã")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Buổi tuyên truyền")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Danh sách dự buổi")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Lần nhập danh sách")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Báo cáo")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thông tin đơn vị")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tài khoản")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nhật ký thao tác")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Mức đóng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Cài đặt")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Cơ sở dữ liệu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Họ và tên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngày sinh")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Giới tính")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dân tộc")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số CCCD")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Mã số BHXH")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Điện thoại")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thôn, buôn")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Địa chỉ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Quan hệ với chủ hộ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đối tượng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ghi chú")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Loại hình")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hiệu lực từ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hiệu lực đến")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số tháng đóng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thứ tự trong hộ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số tiền phải đóng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số tiền người tham gia đóng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số biên lai")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngày biên lai")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Trạng thái")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Mã")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Chủ hộ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dòng họ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dòng họ (ghi trước khi rà soát)")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Trưởng tộc, già làng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Điện thoại trưởng tộc")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngày tham gia mô hình")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Làm từ ngày")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Làm đến ngày")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Địa bàn phụ trách")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Hình thức")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngày tổ chức")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Giờ bắt đầu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Giờ kết thúc")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Xã, phường")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Địa điểm")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đơn vị tổ chức")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Nhân viên thu tổ chức")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đơn vị phối hợp")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Ngôn ngữ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Chủ đề")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tiền hỗ trợ mỗi người")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Có mặt")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dân số")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dân số trong độ tuổi lao động")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thôn, buôn thêm mới")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Dòng họ thêm mới")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Số hộ gắn vào dòng họ")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Trang tính")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Cơ quan cấp trên")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tỉnh")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Địa danh")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Người lập biểu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Thủ trưởng đơn vị")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Xã, phường phụ trách")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Tên đăng nhập")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Vai trò")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đang sử dụng")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Phải đổi mật khẩu")),
    _noop(QT_TRANSLATE_NOOP("Labels", "Đang tham gia")),
)


def label_text(name: str) -> str:
    """``name``, a Vietnamese label of the domain, in the interface language."""
    return QCoreApplication.translate(CONTEXT, name)


def labelled(names: dict[str, str]) -> list[tuple[str, str]]:
    """(code, label) pairs of a domain's code → name table, for a combo box."""
    return [(code, label_text(name)) for code, name in names.items()]
