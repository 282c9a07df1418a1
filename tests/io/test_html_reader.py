"""HTML pages that web portals hand out named ".xls"."""

from __future__ import annotations

from pathlib import Path

from desktop.io.columns import Field
from desktop.io.readers import read_workbook
from desktop.io.sniff import FileKind
from desktop.io.table import choose_sheet, find_table
from desktop.io.workbook import CellRange
from tests.io.conftest import encode_cp1258

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td { mso-number-format:"\\@"; }</style><script>var t = "<table>";</script></head>
<body>
<table><tr><td>Cổng dịch vụ công</td><td><a href="#">Đăng xuất</a></td></tr></table>
<h3>DANH SÁCH NGƯỜI THAM GIA</h3>
<table border="1">
 <thead>
  <tr><th rowspan="2">STT</th><th rowspan="2">Họ và tên</th><th rowspan="2">Mã số BHXH</th>
      <th colspan="2">Thời hạn thẻ</th><th rowspan="2">Ghi chú</th></tr>
  <tr><th>Từ ngày</th><th>Đến ngày</th></tr>
 </thead>
 <tbody>
  <tr><td>1</td><td>Nguyễn&nbsp;Thị   Hiền</td><td>0123456789</td><td>01/01/2025</td>
      <td>31/12/2025</td><td>Hộ nghèo &amp; cận nghèo</td></tr>
  <tr><td>2</td><td>Y Moan<br>Êban</td><td>6698765432</td><td>01/03/2025</td>
      <td>28/02/2026</td><td></td></tr>
  <tr><td></td><td colspan="2">Tổng cộng: 2 người</td><td></td><td></td><td></td></tr>
 </tbody>
</table>
</body></html>
"""


def test_portal_page_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "danh_sach.xls"
    path.write_text(PAGE, encoding="utf-8")
    book = read_workbook(path)
    assert book.kind is FileKind.HTML
    assert book.sheet_names == ("Bảng 1", "Bảng 2")
    assert choose_sheet(book) == "Bảng 2"
    sheet = book.sheet("Bảng 2")
    assert sheet.rows[:4] == [
        ["STT", "Họ và tên", "Mã số BHXH", "Thời hạn thẻ", None, "Ghi chú"],
        [None, None, None, "Từ ngày", "Đến ngày", None],
        ["1", "Nguyễn Thị Hiền", "0123456789", "01/01/2025", "31/12/2025",
         "Hộ nghèo & cận nghèo"],
        ["2", "Y Moan Êban", "6698765432", "01/03/2025", "28/02/2026", None],
    ]
    assert CellRange(0, 3, 0, 4) in sheet.merged and CellRange(0, 0, 1, 0) in sheet.merged
    table = find_table(sheet)
    assert table.header_row == 1 and table.header_height == 2
    assert table.labels[3:5] == ["Thời hạn thẻ / Từ ngày", "Thời hạn thẻ / Đến ngày"]
    assert table.mapping[3] is Field.VALID_FROM and table.mapping[4] is Field.VALID_TO
    assert [r.values[1] for r in table.rows] == ["Nguyễn Thị Hiền", "Y Moan Êban"]
    assert table.skipped[-1].number == 5


def test_declared_legacy_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1258"></head><body><table>'
            "<tr><td>Họ và tên</td><td>Năm sinh</td></tr>"
            "<tr><td>Lê Văn Tám</td><td>1980</td></tr></table></body></html>")
    path = tmp_path / "ds.xls"
    path.write_bytes(encode_cp1258(page))
    assert read_workbook(path).sheet().rows[1] == ["Lê Văn Tám", "1980"]


def test_utf16_html_from_excel_web_export(tmp_path: Path) -> None:
    page = "<html><body><table><tr><td>Họ tên</td><td>Xã</td></tr></table></body></html>"
    path = tmp_path / "ds.xls"
    path.write_bytes(page.encode("utf-16"))
    book = read_workbook(path)
    assert book.kind is FileKind.HTML
    assert book.sheet().rows == [["Họ tên", "Xã"]]
