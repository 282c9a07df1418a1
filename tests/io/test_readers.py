"""read_workbook on genuine files of every supported format: raw cell values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.io.readers import read_workbook
from desktop.io.sniff import FileKind
from desktop.io.workbook import CellRange
from tests.io.conftest import make_xlsm, write_ods, write_xls, write_xlsx

ROWS: list[list[object]] = [
    ["DANH SÁCH THAM GIA BHYT", None, None, None],
    [None, None, None, None],
    ["Họ và tên", "Số CCCD", "Ngày sinh", "Có thẻ"],
    ["Nguyễn Thị Hiền", 66190012345, dt.date(1990, 5, 1), True],
    ["Y Moan Êban", "066062001234", "1962", False],
    ["Lê Văn Tám", 12.5, None, None],
]
MERGES = [(1, 1, 1, 4)]


def test_xlsx_values_positions_and_merges(tmp_path: Path) -> None:
    book = read_workbook(write_xlsx(tmp_path / "ds.xlsx", ROWS, MERGES))
    assert book.kind is FileKind.XLSX
    assert book.sheet_names == ("Danh sách",)
    sheet = book.sheet()
    assert sheet.name == "Danh sách" and sheet.file_name == "ds.xlsx"
    assert sheet.rows == ROWS
    assert sheet.merged == (CellRange(0, 0, 0, 3),)
    assert isinstance(sheet.rows[3][1], int)  # 12-digit ID stored as a number comes back whole


def test_data_starting_away_from_a1_keeps_spreadsheet_positions(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C4"] = "Họ và tên"
    ws["D5"] = 1990
    wb.save(tmp_path / "lech.xlsx")
    sheet = read_workbook(tmp_path / "lech.xlsx").sheet()
    assert sheet.cell(3, 2) == "Họ và tên"  # row 4, column C
    assert sheet.cell(4, 3) == 1990
    assert sheet.rows[0] == [None, None, None, None]


def test_xlsm_is_read_like_xlsx(tmp_path: Path) -> None:
    book = read_workbook(make_xlsm(tmp_path / "macro.xlsm", ROWS))
    assert book.kind is FileKind.XLSM
    assert book.sheet().rows == ROWS


def test_xls_written_by_xlwt(tmp_path: Path) -> None:
    book = read_workbook(write_xls(tmp_path / "cu.xls", ROWS, MERGES))
    assert book.kind is FileKind.XLS
    assert book.sheet().rows == ROWS
    assert book.sheet().merged == (CellRange(0, 0, 0, 3),)


def test_ods_written_by_odfpy(tmp_path: Path) -> None:
    book = read_workbook(write_ods(tmp_path / "ds.ods", ROWS, MERGES))
    assert book.kind is FileKind.ODS
    assert book.sheet().rows == ROWS


def test_extension_does_not_matter(tmp_path: Path) -> None:
    xlsx_named_xls = write_xlsx(tmp_path / "thuc_ra_la_xlsx.xls", ROWS)
    assert read_workbook(xlsx_named_xls).kind is FileKind.XLSX
    ods_named_xlsx = write_ods(tmp_path / "thuc_ra_la_ods.xlsx", ROWS)
    assert read_workbook(ods_named_xlsx).sheet().rows == ROWS


def test_hidden_sheets_sheet_order_and_lazy_preview(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Ẩn"
    wb.active.sheet_state = "hidden"
    wb.active["A1"] = "bí mật"
    visible = wb.create_sheet("Danh sách")
    for i in range(1, 201):
        visible.append([i, f"Người {i}"])
    wb.save(tmp_path / "an.xlsx")
    book = read_workbook(tmp_path / "an.xlsx")
    assert book.sheet_names == ("Ẩn", "Danh sách")
    assert book.hidden_sheets == frozenset({"Ẩn"})
    assert book.visible_sheet_names == ("Danh sách",)
    preview = book.preview("Danh sách", 5)
    assert preview.rows == [[i, f"Người {i}"] for i in range(1, 6)]
    full = book.sheet()  # default: first visible sheet
    assert full.name == "Danh sách" and len(full.rows) == 200
    assert full.rows[-1] == [200, "Người 200"]
    assert [s.name for s in book.sheets] == ["Ẩn", "Danh sách"]


def test_unknown_sheet_name_is_a_vietnamese_error(tmp_path: Path) -> None:
    from desktop.io.errors import UnreadableFile

    book = read_workbook(write_xlsx(tmp_path / "ds.xlsx", ROWS))
    with pytest.raises(UnreadableFile, match="“ds.xlsx” không có trang tính “Trang 9”"):
        book.sheet("Trang 9")


XML2003 = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="DS">
  <Table>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">DANH SÁCH</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">Họ và tên</Data></Cell>
    <Cell><Data ss:Type="String">Ngày sinh</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="String">Số CCCD</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">Lê Thị Hoa</Data></Cell>
    <Cell><Data ss:Type="DateTime">1990-05-01T00:00:00.000</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="Number">66190012345</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
</Workbook>
"""


def test_excel_2003_xml_spreadsheet_named_xls(tmp_path: Path) -> None:
    path = tmp_path / "cong_thong_tin.xls"
    path.write_text(XML2003, encoding="utf-8")
    book = read_workbook(path)
    assert book.kind is FileKind.XML2003
    sheet = book.sheet()
    assert sheet.name == "DS"
    assert sheet.rows == [
        ["DANH SÁCH", None, None, None],
        [None, None, None, None],
        ["Họ và tên", "Ngày sinh", None, "Số CCCD"],
        ["Lê Thị Hoa", dt.date(1990, 5, 1), None, 66190012345],
    ]
    assert sheet.merged == (CellRange(0, 0, 0, 2),)
