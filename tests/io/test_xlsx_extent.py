"""A stray value far from the table must give a message, not abort the program."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from desktop.io.errors import UnreadableFile
from desktop.io.readers import read_workbook
from desktop.io.table import choose_sheet, find_table
from desktop.io.xlsx_extent import column_letters, column_number, oversized_sheets


def _book(path: Path, far_cell: str, value: object | None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lỗi"
    ws.append(["Họ và tên", "Ngày sinh"])
    ws.append(["Lê Văn A", "1980"])
    if value is None:
        ws[far_cell].font = Font(bold=True)
    else:
        ws[far_cell] = value
    good = wb.create_sheet("Danh sách")
    good.append(["Họ và tên", "Ngày sinh"])
    good.append(["Lê Thị B", "1991"])
    wb.save(path)
    return path


def _without_dimension(path: Path) -> Path:
    target = path.with_name("khong_dimension.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
            dst.writestr(item, data)
    return target


@pytest.mark.parametrize("strip_dimension", [False, True])
def test_value_in_the_last_cell_of_the_sheet(tmp_path: Path, strip_dimension: bool) -> None:
    path = _book(tmp_path / "xa.xlsx", "XFD1048576", " ")
    if strip_dimension:
        path = _without_dimension(path)
    book = read_workbook(path)
    assert choose_sheet(book) == "Danh sách"
    with pytest.raises(UnreadableFile) as caught:
        book.sheet("Lỗi")
    assert caught.value.message == (
        f"Trang tính “Lỗi” của tệp “{path.name}” có dữ liệu nằm tận ô XFD1048576, bảng quá rộng để đọc "
        "(giới hạn 10.000.000 ô tính từ A1). Hãy xoá các ô thừa nằm xa bảng rồi lưu lại."
    )
    assert find_table(book.sheet("Danh sách")).rows[0].values == ["Lê Thị B", "1991"]


def test_formatting_alone_far_away_is_harmless(tmp_path: Path) -> None:
    book = read_workbook(_book(tmp_path / "dinh_dang.xlsx", "XFD1048576", None))
    assert book.sheet("Lỗi").rows == [["Họ và tên", "Ngày sinh"], ["Lê Văn A", "1980"]]


def test_a_moderately_distant_value_is_read_in_place(tmp_path: Path) -> None:
    book = read_workbook(_book(tmp_path / "vua.xlsx", "AZ5000", "ghi chú lạc"))
    sheet = book.sheet("Lỗi")
    assert len(sheet.rows) == 5000 and sheet.width == 52
    assert sheet.cell(4999, 51) == "ghi chú lạc"
    with zipfile.ZipFile(tmp_path / "vua.xlsx") as archive:
        assert oversized_sheets(archive) == {}


def test_column_letters() -> None:
    for number, letters in [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (16384, "XFD")]:
        assert column_letters(number) == letters
        assert column_number(letters) == number
