"""What a file really is, judged from its bytes rather than its extension.

People rename files freely: a Word document saved as "ds.xls", a web page
exported by a portal as ".xls", a download cut short. Knowing the real kind
lets the reader pick the right parser and tell the user what to do instead.
"""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum
from pathlib import Path

from desktop.io import ole, text_decode
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.filedata import read_bytes

_HEAD = 65536


class FileKind(StrEnum):
    """Every kind of file the sniffer can tell apart."""

    XLSX = "xlsx"
    XLSM = "xlsm"
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"
    TEXT = "text"
    HTML = "html"
    XML2003 = "xml2003"
    DOC = "doc"
    DOCX = "docx"
    ODT = "odt"
    RTF = "rtf"
    PDF = "pdf"
    IMAGE = "image"
    ARCHIVE = "archive"
    ENCRYPTED = "encrypted"
    OFFICE_OTHER = "office_other"
    MHTML = "mhtml"
    EMPTY = "empty"
    CORRUPT = "corrupt"
    UNKNOWN = "unknown"


CALAMINE_KINDS = frozenset({FileKind.XLSX, FileKind.XLSM, FileKind.XLSB, FileKind.XLS, FileKind.ODS})
READABLE_KINDS = CALAMINE_KINDS | {FileKind.TEXT, FileKind.HTML, FileKind.XML2003}

_WORD_ADVICE = "Hãy mở bằng Word, chép bảng sang Excel và lưu lại dạng .xlsx."
_MESSAGES: dict[FileKind, str] = {
    FileKind.EMPTY: "Tệp {q} rỗng, không có dữ liệu nào. Hãy kiểm tra lại tệp gốc.",
    FileKind.CORRUPT: "Tệp {q} bị hỏng hoặc tải về chưa hết. Hãy tải lại hoặc xin gửi lại tệp.",
    FileKind.DOC: "Tệp {q} là văn bản Word, không phải bảng tính. " + _WORD_ADVICE,
    FileKind.DOCX: "Tệp {q} là văn bản Word, không phải bảng tính. " + _WORD_ADVICE,
    FileKind.RTF: "Tệp {q} là văn bản RTF, không phải bảng tính. " + _WORD_ADVICE,
    FileKind.ODT: (
        "Tệp {q} là văn bản LibreOffice Writer, không phải bảng tính. "
        "Hãy chép bảng sang Excel hoặc LibreOffice Calc và lưu lại dạng .xlsx."
    ),
    FileKind.PDF: (
        "Tệp {q} là tệp PDF, không phải bảng tính. "
        "Hãy xin nơi gửi tệp Excel gốc (.xlsx hoặc .xls)."
    ),
    FileKind.IMAGE: (
        "Tệp {q} là ảnh, không phải bảng tính. Phần mềm không đọc được chữ trong ảnh; "
        "hãy xin nơi gửi tệp Excel gốc."
    ),
    FileKind.ARCHIVE: "Tệp {q} là tệp nén. Hãy giải nén rồi chọn tệp bảng tính bên trong.",
    FileKind.ENCRYPTED: (
        "Tệp {q} được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại dạng .xlsx."
    ),
    FileKind.OFFICE_OTHER: (
        "Tệp {q} là tài liệu Office nhưng không phải bảng tính (có thể là PowerPoint). "
        "Hãy chép bảng sang Excel và lưu lại dạng .xlsx."
    ),
    FileKind.MHTML: (
        "Tệp {q} là trang web lưu thành một tệp (MHT), không phải bảng tính. "
        "Hãy mở bằng Excel và lưu lại dạng .xlsx."
    ),
    FileKind.UNKNOWN: (
        "Không nhận ra định dạng của tệp {q}. Phần mềm đọc được bảng tính Excel "
        "(.xlsx, .xlsm, .xls), LibreOffice (.ods), CSV và trang web có bảng; "
        "hãy mở tệp bằng Excel và lưu lại dạng .xlsx."
    ),
}

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_ARCHIVE_MAGIC = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def message_for(kind: FileKind, path: Path | str) -> str:
    """The Vietnamese explanation shown when a file of this kind cannot be read."""
    template = _MESSAGES.get(kind, _MESSAGES[FileKind.UNKNOWN])
    return template.format(q=quoted(path))


def require_readable(kind: FileKind, path: Path | str) -> None:
    """Raise ``UnreadableFile`` with advice unless the kind is a readable table."""
    if kind not in READABLE_KINDS:
        raise UnreadableFile(message_for(kind, path))


def sniff_file(path: Path) -> FileKind:
    """Kind of the file at ``path``; reading errors become ``UnreadableFile``."""
    return sniff_bytes(read_bytes(path))


def sniff_bytes(data: bytes) -> FileKind:
    """Kind of a file from its full content (a zip is judged by its directory)."""
    if _is_empty(data):
        return FileKind.EMPTY
    if data.startswith(ole.SIGNATURE):
        return _sniff_ole(data)
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data)
    head = data[:_HEAD]
    if b"%PDF-" in head[:1024]:
        return FileKind.PDF
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith(_IMAGE_MAGIC) or head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.IMAGE
    if head.startswith(_ARCHIVE_MAGIC):
        return FileKind.ARCHIVE
    return _sniff_text(head)


def _is_empty(data: bytes) -> bool:
    """Nothing but white space, NUL padding or a lone byte-order mark."""
    if not data.strip(b" \t\r\n\x00"):
        return True
    if len(data) > 16 or text_decode.bom_encoding(data) is None:
        return False
    return not text_decode.decode(data)[0].strip(" \t\r\n\x00")


def _sniff_ole(data: bytes) -> FileKind:
    try:
        names = {name.casefold() for name in ole.stream_names(data)}
    except ole.CompoundFileError:
        return FileKind.CORRUPT
    if "encryptedpackage" in names:
        return FileKind.ENCRYPTED
    if "workbook" in names or "book" in names:
        return FileKind.XLS
    if "worddocument" in names:
        return FileKind.DOC
    return FileKind.OFFICE_OTHER


def _sniff_zip(data: bytes) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.casefold(): name for name in archive.namelist()}
            if "xl/workbook.xml" in names:
                types = _member(archive, names.get("[content_types].xml"))
                macro = "xl/vbaproject.bin" in names or b"macroenabled" in types.lower()
                return FileKind.XLSM if macro else FileKind.XLSX
            if "xl/workbook.bin" in names:
                return FileKind.XLSB
            if "mimetype" in names:
                mimetype = _member(archive, names["mimetype"]).strip()
                if mimetype == b"application/vnd.oasis.opendocument.spreadsheet":
                    return FileKind.ODS
                if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                    return FileKind.ODT
                return FileKind.OFFICE_OTHER
            if any(name.startswith("word/") for name in names):
                return FileKind.DOCX
            if any(name.startswith(("ppt/", "visio/")) for name in names):
                return FileKind.OFFICE_OTHER
            return FileKind.ARCHIVE
    except Exception:  # zipfile raises many types on damaged data
        return FileKind.CORRUPT


def _member(archive: zipfile.ZipFile, name: str | None) -> bytes:
    if name is None:
        return b""
    with archive.open(name) as handle:
        return handle.read(4096)


def _sniff_text(head: bytes) -> FileKind:
    text, _ = text_decode.decode(head)
    if text.endswith("\ufffd"):  # a multi-byte character cut by the sample
        text = text[:-1]
    controls = sum(1 for ch in text[:8192] if ch < " " and ch not in "\t\r\n\f\x1a")
    if "\x00" in text or controls > max(2, len(text[:8192]) // 100):
        return FileKind.UNKNOWN
    lowered = text.lstrip().lower()
    if lowered.startswith("mime-version:") and "multipart/related" in lowered[:4096]:
        return FileKind.MHTML
    if lowered.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return FileKind.XML2003
    if lowered.startswith("<") and any(
        tag in lowered for tag in ("<html", "<table", "<!doctype html", "<body", "<head")
    ):
        return FileKind.HTML
    return FileKind.TEXT
