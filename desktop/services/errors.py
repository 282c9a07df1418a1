"""Errors a service raises for the user to read (Vietnamese), beside ValidationError."""

from __future__ import annotations


class ServiceError(Exception):
    """An action that cannot be done as asked; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConcurrentEditError(ServiceError):
    """The record changed (or vanished) since the user opened it: reload, don't overwrite."""


class NotFoundError(ServiceError):
    """The record asked for does not exist (any more)."""


def check_version(entity_label: str, found_version: int | None, expected_version: int) -> None:
    """Raise a clear message when another desk saved or deleted the record meanwhile."""
    if found_version is None:
        raise ConcurrentEditError(f"{entity_label} này đã bị xoá ở máy khác. Hãy tải lại danh sách.")
    if found_version != expected_version:
        raise ConcurrentEditError(
            f"{entity_label} này vừa được sửa ở máy khác (hoặc cửa sổ khác) sau khi bạn mở. "
            "Thay đổi của bạn chưa được lưu; hãy đóng, mở lại để xem bản mới rồi sửa tiếp."
        )


class StorageError(ServiceError):
    """The database file could not be written or opened (disk full, read-only, busy): nothing was saved."""


_STORAGE_MESSAGES: tuple[tuple[str, str], ...] = (
    ("database or disk is full",
     "Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa ghi được gì. Hãy giải phóng chỗ trống "
     "(xoá tệp không cần, chuyển bản sao lưu cũ sang ổ khác) rồi thử lại."),
    ("readonly database",
     "Cơ sở dữ liệu chỉ cho phép đọc (tệp hoặc thư mục chứa nó không được phép ghi) nên chưa ghi được gì. "
     "Hãy nhờ người quản trị cấp quyền ghi cho tệp và thư mục này."),
    ("database is locked",
     "Cơ sở dữ liệu đang bận (một máy hoặc cửa sổ khác đang ghi). Chưa ghi gì; hãy chờ một lát rồi thử lại."),
    ("unable to open database file",
     "Không mở được tệp cơ sở dữ liệu: thư mục không tồn tại hoặc không được phép đọc, ghi. "
     "Hãy kiểm tra ổ đĩa, ổ mạng và quyền truy cập thư mục."),
    ("disk i/o error",
     "Lỗi đọc, ghi ổ đĩa chứa cơ sở dữ liệu nên chưa ghi được gì. Hãy kiểm tra ổ đĩa (ổ USB, ổ mạng) rồi thử lại."),
)


def storage_error(error: BaseException) -> StorageError | None:
    """The Vietnamese message for a database refusal the desk can act on, or None for other errors."""
    text = str(getattr(error, "orig", None) or error).lower()
    for fragment, message in _STORAGE_MESSAGES:
        if fragment in text:
            return StorageError(message)
    return None
