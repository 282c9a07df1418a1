"""Loading a file's bytes with operating-system errors put into Vietnamese."""

from __future__ import annotations

from pathlib import Path

from desktop.io.errors import UnreadableFile, quoted

MAX_BYTES = 300 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The whole file; a list from a commune is megabytes, so memory is fine."""
    q = quoted(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(
                f"Tệp {q} quá lớn ({size // (1024 * 1024)} MB). "
                "Hãy tách danh sách thành nhiều tệp nhỏ hơn."
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFile(f"Không tìm thấy tệp {q}. Có thể tệp đã bị xoá hoặc đổi tên.") from exc
    except IsADirectoryError as exc:
        raise UnreadableFile(f"{q} là một thư mục, không phải tệp. Hãy chọn tệp bảng tính.") from exc
    except PermissionError as exc:
        raise UnreadableFile(
            f"Không có quyền đọc tệp {q}, hoặc tệp đang bị chương trình khác khoá. "
            "Hãy đóng tệp trong Excel rồi thử lại."
        ) from exc
    except OSError as exc:
        raise UnreadableFile(f"Không đọc được tệp {q}: {exc.strerror or exc}.") from exc
