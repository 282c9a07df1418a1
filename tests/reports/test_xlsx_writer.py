"""The Excel output: official heading, header, numbers, totals and print setup."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from bench.sample_report import d03_columns, d03_definition, d03_row, d03_rows, letterhead
from desktop.reports import (
    Column,
    ReportData,
    ReportDefinition,
    ReportResult,
    Section,
    SignatureBlock,
    write_xlsx,
    xlsx_writer,
)
from desktop.reports.definition import CellValue
from desktop.reports.xlsx_styles import DATE_FORMAT, NUMBER_FORMAT, PERCENT_FORMAT
from tests.reports.conftest import DECREASE_ROWS, INCREASE_ROWS

MM_PER_INCH = 25.4


def _sheet(path: Path) -> Worksheet:
    return load_workbook(path).active


def _row_of(sheet: Worksheet, first_cell: str) -> int:
    for row in sheet.iter_rows():
        if row[0].value == first_cell:
            return int(row[0].row)
    raise AssertionError(f"no row starting with {first_cell!r}")


def _column(key: str) -> int:
    """1-based column number of a D03 column key."""
    return next(index for index, column in enumerate(d03_columns(), start=1) if column.key == key)


def _texts(sheet: Worksheet) -> list[str]:
    return [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]


def test_official_heading_title_and_parameters(sample_xlsx: tuple[Path, ReportResult]) -> None:
    sheet = _sheet(sample_xlsx[0])
    assert sheet["A1"].value == "BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK"
    assert not sheet["A1"].font.b
    assert sheet["A2"].value == "BẢO HIỂM XÃ HỘI CƠ SỞ CƯ M'GAR"
    assert sheet["A2"].font.b
    right = [cell for cell in sheet[1] if cell.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    motto = [cell for cell in sheet[2] if cell.value == "Độc lập - Tự do - Hạnh phúc"]
    assert right and right[0].font.b
    assert motto and motto[0].font.b and motto[0].font.u == "single"
    assert right[0].column > 1
    assert sheet["A4"].value == "DANH SÁCH NGƯỜI CHỈ THAM GIA BHYT"
    assert sheet["A4"].font.b and sheet["A4"].alignment.horizontal == "center"
    assert sheet["A5"].value == "Tháng 11 năm 2026 - Đơn vị: Bưu điện Cư M'gar"
    texts = _texts(sheet)
    assert "Lương cơ sở: 2.340.000 đ - Nguồn đóng: Người tham gia tự đóng" in texts


def test_two_row_header_and_code_row(sample_xlsx: tuple[Path, ReportResult]) -> None:
    sheet = _sheet(sample_xlsx[0])
    top = _row_of(sheet, "STT")
    header = {cell.value: cell for cell in sheet[top] if cell.value}
    second = {cell.value: cell for cell in sheet[top + 1] if cell.value}
    assert {"STT", "Họ và tên", "Mã số BHXH", "Hỗ trợ thêm", "Thời gian tham gia"} <= set(header)
    assert {"NSĐP", "Khác", "Từ tháng", "Số tháng"} <= set(second)
    assert header["Hỗ trợ thêm"].font.b
    stt_upper, stt_lower = sheet[f"A{top}"], sheet[f"A{top + 1}"]
    # STT spans both header rows: drawn as one box (no line between the two cells)
    assert stt_upper.border.top.style and stt_upper.border.left.style and stt_upper.border.right.style
    assert stt_upper.border.bottom.style is None and stt_lower.border.top.style is None
    assert stt_lower.value is None and stt_lower.border.bottom.style and stt_lower.border.left.style
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    group = header["Thời gian tham gia"].column_letter
    assert any(item.startswith(f"{group}{top}:") for item in merged)
    codes = [cell.value for cell in sheet[top + 2]]
    assert codes[:4] == ["A", "B", "1", "2"]
    assert codes[-1] == "15"


def test_names_ids_numbers_and_dates(sample_xlsx: tuple[Path, ReportResult]) -> None:
    sheet = _sheet(sample_xlsx[0])
    texts = _texts(sheet)
    for name in ("Nguyễn Thị Hiền", "H'Nhi Êban", "Y Bhim Mlô", "Đỗ Văn Đức"):
        assert name in texts
    first = _row_of(sheet, "I. Tăng") + 1
    row = d03_row(0)
    assert sheet.cell(first, _column("stt")).value == 1
    si_code = sheet.cell(first, _column("si_code"))
    assert si_code.value == row["si_code"] and si_code.data_type == "s"  # leading zeros kept
    amount = sheet.cell(first, _column("amount"))
    assert amount.value == row["amount"] and amount.number_format == NUMBER_FORMAT
    birth = sheet.cell(first, _column("birth"))
    assert birth.is_date and birth.value.date() == row["birth"]
    assert birth.number_format == DATE_FORMAT


def test_totals_equal_the_rows_per_section_and_overall(
    sample_xlsx: tuple[Path, ReportResult],
) -> None:
    path, result = sample_xlsx
    sheet = _sheet(path)
    amount = _column("amount")
    local = _column("local_support")
    increase_rows = [d03_row(index) for index in range(INCREASE_ROWS)]
    decrease_rows = [
        d03_row(index) for index in range(INCREASE_ROWS, INCREASE_ROWS + DECREASE_ROWS)
    ]

    def total(rows: list[dict[str, Any]], key: str) -> int:
        return sum(row[key] or 0 for row in rows)

    increase = _row_of(sheet, "Cộng tăng")
    decrease = _row_of(sheet, "Cộng giảm")
    grand = _row_of(sheet, "Tổng cộng")
    assert sheet.cell(increase, amount).value == total(increase_rows, "amount")
    assert sheet.cell(increase, local).value == total(increase_rows, "local_support")
    assert sheet.cell(decrease, amount).value == total(decrease_rows, "amount")
    assert sheet.cell(grand, amount).value == total(increase_rows + decrease_rows, "amount")
    assert sheet.cell(grand, amount).font.b
    # The written rows themselves add up to the subtotal.
    first = _row_of(sheet, "I. Tăng") + 1
    written = [sheet.cell(row, amount).value for row in range(first, increase)]
    assert len(written) == INCREASE_ROWS and sum(written) == sheet.cell(increase, amount).value
    assert result.row_count == INCREASE_ROWS + DECREASE_ROWS
    assert result.totals.sums["amount"] == total(increase_rows + decrease_rows, "amount")
    assert [section.row_count for section in result.totals.sections] == [
        INCREASE_ROWS,
        DECREASE_ROWS,
    ]


def test_frozen_header_print_titles_and_a4_setup(sample_xlsx: tuple[Path, ReportResult]) -> None:
    sheet = _sheet(sample_xlsx[0])
    top = _row_of(sheet, "STT")
    code_row = top + 2
    assert sheet.freeze_panes == f"A{code_row + 1}"
    assert sheet.print_title_rows == f"${top}:${code_row}"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # An absent fitToWidth is the schema default, 1 page wide (XlsxWriter omits it).
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    margins = sheet.page_margins
    assert margins.top * MM_PER_INCH == pytest.approx(20, abs=0.01)
    assert margins.bottom * MM_PER_INCH == pytest.approx(20, abs=0.01)
    assert margins.left * MM_PER_INCH == pytest.approx(30, abs=0.01)
    assert margins.right * MM_PER_INCH == pytest.approx(15, abs=0.01)
    assert "Trang &P/&N" in sheet.oddFooter.center.text
    assert sheet.title == "D03-TS"


def test_closing_lines_and_signatures(sample_xlsx: tuple[Path, ReportResult]) -> None:
    sheet = _sheet(sample_xlsx[0])
    texts = _texts(sheet)
    assert f"Tổng số thẻ BHYT đề nghị cấp: {INCREASE_ROWS}" in texts
    assert any(text.startswith("- Ghi chú:") for text in texts)
    place = _row_of_value(sheet, "Cư M'gar, ngày 22 tháng 11 năm 2026")
    assert place.font.i
    for text in ("Người lập biểu", "Thủ trưởng đơn vị", "Nguyễn Thị Thu Hà", "Y Wang Niê"):
        assert text in texts
    assert _row_of_value(sheet, "Người lập biểu").row > place.row


def _row_of_value(sheet: Worksheet, value: str) -> Any:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(value)


def test_portrait_single_header_row_percent_and_tick(tmp_path: Path) -> None:
    definition = ReportDefinition(
        title="TỶ LỆ BAO PHỦ BHYT THEO XÃ",
        columns=(
            Column("commune", "Xã", width_mm=60),
            Column("rate", "Tỷ lệ", width_mm=30, kind="percent"),
            Column("reached", "Đạt", width_mm=20, kind="tick"),
            Column("people", "Số người", width_mm=30, kind="int", total=True),
        ),
        signatures=(SignatureBlock("Người lập biểu", "Nguyễn Thị Thu Hà"),),
    )
    rows = [("Ea Kiết", 89.9, True, 1200), ("Cuôr Đăng", 96.5, False, 3400)]
    path = tmp_path / "rate.xlsx"
    write_xlsx(definition, ReportData.single(rows), letterhead(), path)
    sheet = _sheet(path)
    assert sheet.page_setup.orientation == "portrait"
    top = _row_of(sheet, "Xã")
    assert sheet.freeze_panes == f"A{top + 1}"  # no group row, no code row
    rate = sheet.cell(top + 1, 2)
    assert rate.value == pytest.approx(0.899) and rate.number_format == PERCENT_FORMAT
    assert sheet.cell(top + 1, 3).value == "x"
    assert sheet.cell(top + 2, 3).value is None
    assert sheet.cell(_row_of(sheet, "Tổng cộng"), 4).value == 4600


def test_many_rows_stream_from_a_generator(tmp_path: Path) -> None:
    count = 3_000
    path = tmp_path / "many.xlsx"
    rows = (d03_row(index) for index in range(count))
    result = write_xlsx(
        d03_definition(), ReportData([Section(rows, "I. Tăng", "Cộng tăng")]), letterhead(), path
    )
    assert result.row_count == count
    sheet = load_workbook(path, read_only=True).active
    values = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert values.count(None) < 20
    assert count in values  # the STT of the last row


def test_xml_special_characters_and_spaces_survive(tmp_path: Path) -> None:
    definition = ReportDefinition(
        title="A & B <C>", columns=(Column("text", "Nội dung", width_mm=80),)
    )
    rows = [("Công ty A & B <TNHH>",), ("  thụt lề",), ("tab\x07 bị bỏ",)]
    path = tmp_path / "special.xlsx"
    write_xlsx(definition, ReportData.single(rows), letterhead(), path)
    texts = _texts(_sheet(path))
    assert "A & B <C>" in texts
    assert "Công ty A & B <TNHH>" in texts
    assert "  thụt lề" in texts
    assert "tab bị bỏ" in texts


def test_package_is_a_valid_zip_of_well_formed_parts(
    sample_xlsx: tuple[Path, ReportResult],
) -> None:
    with zipfile.ZipFile(sample_xlsx[0]) as package:
        assert package.testzip() is None
        names = set(package.namelist())
        for name in names:
            ElementTree.fromstring(package.read(name))
    parts = {"[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"}
    assert parts <= names


def test_calamine_reads_it_back(sample_xlsx: tuple[Path, ReportResult]) -> None:
    """The importers' reader sees text IDs, real dates and the used range."""
    rows = CalamineWorkbook.from_path(str(sample_xlsx[0])).get_sheet_by_index(0).to_python()
    first = next(index for index, row in enumerate(rows) if row[0] == "I. Tăng") + 1
    expected = d03_row(0)
    assert rows[first][1] == expected["name"]
    assert rows[first][_column("si_code") - 1] == expected["si_code"]
    assert rows[first][_column("birth") - 1] == expected["birth"]


def test_mixed_number_types_are_summed_exactly(tmp_path: Path) -> None:
    from decimal import Decimal

    definition = ReportDefinition(
        title="Thu",
        columns=(
            Column("name", "Họ và tên", width_mm=60),
            Column("amount", "Số tiền", width_mm=30, kind="money", total=True),
        ),
    )
    rows: list[dict[str, CellValue]] = [
        {"name": "Nguyễn Thị Hiền", "amount": Decimal("105300")},
        {"name": "Y Bhim Mlô", "amount": 73710.0},
    ]
    result = write_xlsx(definition, ReportData.single(rows), letterhead(), tmp_path / "mixed.xlsx")
    assert result.totals.sums["amount"] == Decimal("179010")


def test_dates_given_as_partial_text_stay_text(tmp_path: Path) -> None:
    definition = ReportDefinition(
        title="DANH SÁCH",
        columns=(Column("birth", "Ngày sinh", width_mm=30, kind="date"),),
    )
    path = tmp_path / "dates.xlsx"
    write_xlsx(
        definition, ReportData.single([(dt.date(1975, 4, 30),), ("1962",)]), letterhead(), path
    )
    sheet = _sheet(path)
    top = _row_of(sheet, "Ngày sinh")
    assert sheet.cell(top + 1, 1).is_date
    assert sheet.cell(top + 2, 1).value == "1962"


def test_more_rows_than_excel_holds_is_refused_without_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 60)
    out = tmp_path / "out"
    out.mkdir()
    rows = (d03_row(index) for index in range(100))
    with pytest.raises(ValueError, match="giới hạn của Excel"):
        write_xlsx(d03_definition(), ReportData.single(rows), letterhead(), out / "big.xlsx")
    assert list(out.iterdir()) == []


@pytest.mark.slow
def test_memory_grows_only_by_row_heights(tmp_path: Path) -> None:
    """Cells stream to disk; XlsxWriter keeps only each row's height (about 300 bytes a row)."""
    definition, office = d03_definition(), letterhead()
    write_xlsx(definition, ReportData.single(d03_rows(10)), office, tmp_path / "warm.xlsx")
    peaks: list[int] = []
    for count in (1_000, 4_000):
        tracemalloc.start()
        try:
            write_xlsx(definition, ReportData.single(d03_rows(count)), office, tmp_path / "r.xlsx")
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] - peaks[0] < 3_000 * 500, peaks
