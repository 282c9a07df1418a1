"""Write the values of one body line into worksheet cells, fast.

This is the inner loop of a 100,000-row export. Each value is first made
into what the cell holds (text, a number, a date or nothing) by its
column's kind; numbers and dates stay real numbers so that sums and filters
work in Excel. A row whose cells are all plain goes to the sheet as one
piece of XML (see ``xlsx_row_xml``); any other row is written with
XlsxWriter's own methods.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from xlsxwriter.format import Format

from desktop.reports.definition import CellValue
from desktop.reports.xlsx_row_xml import RowXmlWorksheet, cell_opening, text_content

TEXT, NUMBER, DATE, PERCENT, TICK = range(5)
KIND_CODES = {
    "text": TEXT,
    "int": NUMBER,
    "money": NUMBER,
    "date": DATE,
    "percent": PERCENT,
    "tick": TICK,
}
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CellContent = str | int | float | dt.date | None
"""What a cell holds once its column's kind has been applied."""


def clean_text(text: str) -> str:
    """``text`` without the control characters XML cannot carry.

    XlsxWriter would keep them as ``_x0007_`` escapes, which reach the
    reader as invisible junk; tabs and line breaks stay.
    """
    return text if text.isprintable() else _INVALID_XML.sub("", text)


@dataclass(frozen=True, slots=True)
class CellPlan:
    """How one column is written: its index, value kind and format."""

    column: int
    kind: int
    format: Format


class RowWriter:
    """Writes the cells of data or totals rows from a per-column plan."""

    def __init__(self, sheet: RowXmlWorksheet, plan: Sequence[CellPlan]) -> None:
        self._sheet = sheet
        self._plan = [(cell.column, cell.kind, cell.format) for cell in plan]
        self._xml_plan = [(*cell_opening(cell.column, cell.format), cell.kind) for cell in plan]
        columns = [cell.column for cell in plan] or [0]
        self._first, self._last = min(columns), max(columns)
        self._to_serial = sheet._convert_date_time

    def write(self, row: int, values: Sequence[CellValue], height: float | None = None) -> None:
        """One row's cells (0-based ``row``), one value per planned column.

        ``height`` is the row's height in points, None for the default.
        """
        number = row + 1
        cells: list[str] = []
        add = cells.append
        for (before, after, kind), value in zip(self._xml_plan, values, strict=True):
            if value is None or value == "":
                add(f"{before}{number}{after}/>")
                continue
            if kind == TEXT and type(value) is str:
                content: CellContent = value
            elif kind == NUMBER and type(value) is int:
                add(f"{before}{number}{after}><v>{value:.16G}</v></c>")
                continue
            else:
                content = cell_content(kind, value)
            if content is None:
                add(f"{before}{number}{after}/>")
            elif type(content) is str:
                text = text_content(content)
                if text is None:
                    self.write_with_library(row, values, height)
                    return
                add(f'{before}{number}{after} t="inlineStr"><is>{text}</is></c>')
            else:
                serial = self._to_serial(content) if isinstance(content, dt.date) else content
                add(f"{before}{number}{after}><v>{serial:.16G}</v></c>")
        self._sheet.write_row_xml(row, self._first, self._last, "".join(cells), height)

    def write_with_library(
        self, row: int, values: Sequence[CellValue], height: float | None = None
    ) -> None:
        """The row through XlsxWriter's methods: for text it must escape, or cells
        joining a row already started (a totals line after its merged label)."""
        sheet = self._sheet
        if height is not None:
            sheet.set_row(row, height)
        for (column, kind, cell_format), value in zip(self._plan, values, strict=True):
            content = cell_content(kind, value)
            if type(content) is str:
                content = clean_text(content) or None
            if content is None:
                sheet.write_blank(row, column, None, cell_format)
            elif type(content) is str:
                sheet.write_string(row, column, content, cell_format)
            elif isinstance(content, dt.date):
                sheet.write_datetime(row, column, content, cell_format)
            else:
                sheet.write_number(row, column, content, cell_format)


def cell_content(kind: int, value: CellValue) -> CellContent:
    """What a cell of a column of ``kind`` holds for ``value``."""
    if value is None or value == "":
        return None
    if kind == TICK:
        return "x" if value else None
    if kind == DATE and isinstance(value, dt.date):
        return value
    if kind in (NUMBER, PERCENT):
        number = _number(value)
        if number is not None:
            return number / 100 if kind == PERCENT else number
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _number(value: CellValue) -> int | float | None:
    """A finite number, or None when the value is not one (it is written as text)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
