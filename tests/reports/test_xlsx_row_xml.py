"""Data rows written as XML are exactly what XlsxWriter writes for the same cells.

The reference workbook gets every row through XlsxWriter's public methods
(``set_row`` and ``write``); the other gets them through ``RowWriter``,
whose plain rows bypass XlsxWriter's cell code. Their sheet XML must match
byte for byte, including the rows XlsxWriter writes in between (merged
section lines, totals after a merged label).
"""

from __future__ import annotations

import datetime as dt
import math
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsxwriter.worksheet import Worksheet

from desktop.reports.definition import CellValue
from desktop.reports.xlsx_cells import (
    DATE,
    NUMBER,
    PERCENT,
    TEXT,
    TICK,
    CellPlan,
    RowWriter,
    cell_content,
    clean_text,
)
from desktop.reports.xlsx_row_xml import RowXmlWorksheet, text_content

KINDS = (TEXT, NUMBER, DATE, PERCENT, TICK, TEXT, NUMBER)
OPTIONS = {
    "constant_memory": True,
    "strings_to_urls": False,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "remove_timezone": True,
}
Line = tuple[str, list[CellValue], float | None]
"""("row" | "section" | "totals", values, height)."""

texts = st.one_of(
    st.sampled_from(
        [
            "Nguyễn Thị Hiền",
            "H'Nhi Êban",
            " lề trái",
            "lề phải ",
            "A & B <c> d>e",
            'có "ngoặc kép"',
            "_x0041_ mã thoát",
            "dòng\nhai",
            "tab\tở giữa",
            "chuông\x07",
            "về đầu\r",
            "<r>giàu</r>",
            "\u00a0khoảng trắng cứng",
            "😀 ngoài BMP",
            "x" * 20_000,
        ]
    ),
    st.text(max_size=12),
)
values: st.SearchStrategy[CellValue] = st.one_of(
    st.none(),
    st.just(""),
    texts,
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, places=2, min_value=-(10**9), max_value=10**9),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
)
heights = st.one_of(st.none(), st.just(15.0), st.floats(min_value=1, max_value=400))
lines = st.lists(
    st.tuples(
        st.sampled_from(["row", "row", "row", "section", "totals"]),
        st.lists(values, min_size=len(KINDS), max_size=len(KINDS)),
        heights,
    ),
    min_size=1,
    max_size=12,
)


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _build(path: Path, fast: bool, rows: list[Line]) -> str:
    """The sheet XML of a book with ``rows`` between a title and a signature line."""
    workbook = xlsxwriter.Workbook(str(path), OPTIONS)
    sheet_class = RowXmlWorksheet if fast else Worksheet
    sheet = workbook.add_worksheet("Dữ liệu", worksheet_class=sheet_class)
    formats = [workbook.add_format({"num_format": index, "border": 1}) for index in range(7)]
    label = workbook.add_format({"bold": True})
    for cell_format in (*formats, label):
        cell_format._get_xf_index()  # number the formats in the same order in both books
    plan = [CellPlan(index, kind, formats[index]) for index, kind in enumerate(KINDS)]
    writer = RowWriter(sheet, plan)
    totals = RowWriter(sheet, plan[2:])
    sheet.write_string(0, 0, "Tiêu đề", label)
    for offset, (kind, line_values, height) in enumerate(rows, start=2):
        if kind == "section":
            sheet.merge_range(offset, 0, offset, len(KINDS) - 1, "I. Tăng", label)
        elif kind == "totals":
            sheet.merge_range(offset, 0, offset, 1, "Cộng", label)
            totals.write_with_library(offset, line_values[2:], height)
        elif fast:
            writer.write(offset, line_values, height)
        else:
            _library(sheet, plan, offset, line_values, height)
    sheet.write_string(len(rows) + 3, 0, "Người lập biểu", label)
    workbook.close()
    return _sheet_xml(path)


def _library(
    sheet: Worksheet,
    plan: list[CellPlan],
    row: int,
    line_values: list[CellValue],
    height: float | None,
) -> None:
    """The reference: XlsxWriter's own public methods, nothing of ours but the cell content."""
    if height is not None:
        sheet.set_row(row, height)
    for cell, value in zip(plan, line_values, strict=True):
        content = cell_content(cell.kind, value)
        if isinstance(content, str):
            content = clean_text(content)
        sheet.write(row, cell.column, content, cell.format)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=lines)
def test_rows_as_xml_match_xlsxwriter_byte_for_byte(tmp_path: Path, rows: list[Line]) -> None:
    fast = _build(tmp_path / "fast.xlsx", True, rows)
    reference = _build(tmp_path / "reference.xlsx", False, rows)
    assert fast == reference


def test_the_comparison_sees_a_difference(tmp_path: Path) -> None:
    """Guard for the test above: a changed cell does make the XML differ."""
    rows: list[Line] = [("row", ["Hà", 1, dt.date(2026, 1, 2), 5, True, "a", 2], 30.0)]
    changed: list[Line] = [("row", ["Hà", 2, dt.date(2026, 1, 2), 5, True, "a", 2], 30.0)]
    fast = _build(tmp_path / "fast.xlsx", True, rows)
    reference = _build(tmp_path / "reference.xlsx", False, changed)
    assert fast != reference
    assert 'ht="30" customHeight="1"' in fast


def test_plain_rows_take_the_fast_path(tmp_path: Path) -> None:
    """Ordinary names, codes, amounts and dates never fall back to XlsxWriter's cells."""
    workbook = xlsxwriter.Workbook(str(tmp_path / "plain.xlsx"), OPTIONS)
    sheet = workbook.add_worksheet(worksheet_class=RowXmlWorksheet)
    plan = [CellPlan(index, kind, workbook.add_format()) for index, kind in enumerate(KINDS)]
    writer = RowWriter(sheet, plan)
    writer.write(0, ["Y Bhim Mlô", 1_263_600, dt.date(1950, 1, 1), 12.5, True, "", None])
    assert not sheet.table.get(0), "no cell went through XlsxWriter's table"
    assert sheet.previous_row == 1
    workbook.close()


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Nguyễn Thị Hiền", True),
        (" lề", True),
        ("A & B", False),
        ("_x0041_", False),
        ("dòng\nhai", False),
        ("\u00a0cứng", False),
        ("x" * 20_000, False),
    ],
)
def test_text_is_plain_only_when_xlsxwriter_would_not_change_it(text: str, plain: bool) -> None:
    assert (text_content(text) is not None) is plain


def test_a_row_started_by_xlsxwriter_cannot_be_written_as_xml(tmp_path: Path) -> None:
    workbook = xlsxwriter.Workbook(str(tmp_path / "mixed.xlsx"), OPTIONS)
    sheet = workbook.add_worksheet(worksheet_class=RowXmlWorksheet)
    sheet.write_string(3, 0, "nhãn")
    with pytest.raises(ValueError, match="row 3 already has cells"):
        sheet.write_row_xml(3, 1, 2, "", None)
    sheet.write_row_xml(4, 0, 1, "", None)
    with pytest.raises(ValueError, match="already written"):
        sheet.write_row_xml(4, 0, 1, "", None)
    workbook.close()


def test_floats_and_decimals_keep_their_value() -> None:
    """Sanity for the cases the byte comparison covers: what the cells hold."""
    assert cell_content(NUMBER, Decimal("1263600.00")) == 1_263_600
    assert cell_content(PERCENT, 87.5) == pytest.approx(0.875)
    assert cell_content(NUMBER, math.inf) == "inf"
    assert cell_content(TICK, False) is None
