"""CSV and TSV: encodings Excel and Notepad produce, delimiters, quoting."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.io.readers import read_workbook
from desktop.io.sniff import FileKind
from desktop.io.text_decode import decode, detect_encoding
from desktop.io.text_reader import sniff_delimiter
from tests.io.conftest import encode_cp1258

ROWS = [
    ["Họ và tên", "Ngày sinh", "Số CCCD", "Địa chỉ"],
    ["Nguyễn Thị Hiền", "01/05/1990", "066190012345", "Buôn Ea Kiết, xã Ea Kiết"],
    ["Trương Văn Ấn", "1962", "066062001234", "Thôn 3; xã Quảng Phú"],
    ["Đặng Thị Ửng", "", "", ""],
]
EXPECTED = [[cell or None for cell in row] for row in ROWS]


def _text(delimiter: str) -> str:
    def quote(cell: str) -> str:
        return f'"{cell}"' if delimiter in cell or '"' in cell else cell

    return "\r\n".join(delimiter.join(quote(c) for c in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "reported"),
    [
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", ",", "utf-8-sig"),
        ("utf-8-sig", ";", "utf-8-sig"),
        ("utf-16", "\t", "utf-16"),
        ("utf-16-le", "\t", "utf-16-le"),
        ("utf-16-be", "\t", "utf-16-be"),
        ("cp1258", ";", "cp1258"),
        ("cp1258", "\t", "cp1258"),
    ],
)
def test_encodings_and_delimiters(
    tmp_path: Path, encoding: str, delimiter: str, reported: str
) -> None:
    text = _text(delimiter)
    data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path = tmp_path / "ds.csv"
    path.write_bytes(data)
    book = read_workbook(path)
    assert book.kind is FileKind.TEXT
    assert book.text_encoding == reported
    assert book.delimiter == delimiter
    assert book.sheet_names == ("ds",)
    assert book.sheet().rows == EXPECTED


def test_cp1258_combining_tone_marks_are_composed() -> None:
    raw = encode_cp1258("Nguyễn Thị Hiền")
    assert b"\xde" in raw  # the tilde is a separate combining byte in Windows-1258
    text, encoding = decode(raw)
    assert encoding == "cp1258"
    assert text == "Nguyễn Thị Hiền" and len(text) == 15


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text("sep=|\nHọ và tên|Năm sinh\nLê Văn A|1980\n", encoding="utf-8")
    book = read_workbook(path)
    assert book.delimiter == "|"
    assert book.sheet().rows == [["Họ và tên", "Năm sinh"], ["Lê Văn A", "1980"]]


def test_quoted_newlines_and_ragged_rows(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        'Họ và tên,Địa chỉ,Ghi chú\n"Lê Văn A","Thôn 1,\nxã Ea Tul"\nLê Văn B,,"có ""ngoặc"""\n',
        encoding="utf-8",
    )
    assert read_workbook(path).sheet().rows == [
        ["Họ và tên", "Địa chỉ", "Ghi chú"],
        ["Lê Văn A", "Thôn 1,\nxã Ea Tul"],
        ["Lê Văn B", None, 'có "ngoặc"'],
    ]


def test_delimiter_sniffing_prefers_consistent_field_counts() -> None:
    text = "Danh sách tháng 11, 2025\nHọ tên;Địa chỉ;Năm sinh\nA;Thôn 1, xã X;1990\nB;Buôn 2, xã Y;1991\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert sniff_delimiter("a,b\n1,2\n") == ","


def test_utf8_cut_in_a_character_is_still_utf8() -> None:
    data = "Nguyễn".encode()
    assert detect_encoding(data[:-1]) == "utf-8"
    assert detect_encoding(b"Nguy\xea\xde") == "cp1258"
