"""Telling files apart by their bytes, whatever their extension says."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from desktop.io import ole
from desktop.io.errors import UnreadableFile
from desktop.io.sniff import FileKind, message_for, require_readable, sniff_bytes, sniff_file
from tests.io.conftest import make_docx, make_ole, make_xlsm, write_ods, write_xls, write_xlsx

DATA = Path(__file__).resolve().parents[1] / "data"
ROWS: list[list[object]] = [["Họ và tên", "Năm sinh"], ["Lê Văn A", 1980]]


def _zip(entries: dict[str, bytes]) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_real_spreadsheets(tmp_path: Path) -> None:
    assert sniff_file(write_xlsx(tmp_path / "a.xls", ROWS)) is FileKind.XLSX
    assert sniff_file(make_xlsm(tmp_path / "b.xlsx", ROWS)) is FileKind.XLSM
    assert sniff_file(write_xls(tmp_path / "c.xlsx", ROWS)) is FileKind.XLS
    assert sniff_file(write_ods(tmp_path / "d.xls", ROWS)) is FileKind.ODS
    assert sniff_file(DATA / "formula_cached.xls") is FileKind.XLS  # saved by LibreOffice
    assert sniff_file(DATA / "D03-TS_QD490_template.xlsx") is FileKind.XLSX


def test_ole_streams_are_listed() -> None:
    assert ole.stream_names(make_ole(["Workbook", "\x05SummaryInformation"])) == {
        "Root Entry", "Workbook", "\x05SummaryInformation",
    }
    with pytest.raises(ole.CompoundFileError):
        ole.stream_names(make_ole(["Workbook"])[:520])


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", FileKind.EMPTY),
        (b"  \r\n\t ", FileKind.EMPTY),
        (codecs.BOM_UTF16_LE, FileKind.EMPTY),
        (make_ole(["WordDocument"]), FileKind.DOC),
        (make_ole(["EncryptionInfo", "EncryptedPackage"]), FileKind.ENCRYPTED),
        (make_ole(["Book"]), FileKind.XLS),
        (make_ole(["PowerPoint Document"]), FileKind.OFFICE_OTHER),
        (make_ole(["Workbook"])[:600], FileKind.CORRUPT),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), FileKind.CORRUPT),
        (_zip({"word/document.xml": b"<w/>"}), FileKind.DOCX),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), FileKind.ODT),
        (_zip({"ppt/presentation.xml": b"<p/>"}), FileKind.OFFICE_OTHER),
        (_zip({"xl/workbook.bin": b""}), FileKind.XLSB),
        (_zip({"ds/a.xlsx": b"x"}), FileKind.ARCHIVE),
        (b"PK\x03\x04" + bytes(60), FileKind.CORRUPT),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", FileKind.PDF),
        (b"{\\rtf1\\ansi Danh s\\'e1ch}", FileKind.RTF),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileKind.IMAGE),
        (b"Rar!\x1a\x07\x00", FileKind.ARCHIVE),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n",
         FileKind.MHTML),
        (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
         FileKind.XML2003),
        (b"\n  <!DOCTYPE html><html><body><table></table></body></html>", FileKind.HTML),
        ("<table><tr><td>Họ tên</td></tr></table>".encode("utf-16"), FileKind.HTML),
        ("Họ tên,Năm sinh\nLê Văn A,1980\n".encode(), FileKind.TEXT),
        ("Họ tên\tNăm sinh\r\n".encode("utf-16-le"), FileKind.TEXT),
        (b"Nguy\xean\xde", FileKind.TEXT),  # Windows-1258
        (bytes(range(256)) * 4, FileKind.UNKNOWN),
    ],
)
def test_kinds_from_bytes(data: bytes, kind: FileKind) -> None:
    assert sniff_bytes(data) is kind


def test_docx_is_recognised(tmp_path: Path) -> None:
    assert sniff_file(make_docx(tmp_path / "ds.xlsx")) is FileKind.DOCX


@pytest.mark.parametrize("kind", [k for k in FileKind if k not in (
    FileKind.XLSX, FileKind.XLSM, FileKind.XLSB, FileKind.XLS, FileKind.ODS, FileKind.TEXT,
    FileKind.HTML, FileKind.XML2003)])
def test_every_refused_kind_has_a_vietnamese_message_naming_the_file(kind: FileKind) -> None:
    message = message_for(kind, Path("/thu muc/ds xã.xls"))
    assert "“ds xã.xls”" in message
    assert message.endswith(".")
    with pytest.raises(UnreadableFile, match="ds xã.xls"):
        require_readable(kind, "ds xã.xls")
