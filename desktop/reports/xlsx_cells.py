"""Write the values of one body line into worksheet cells, fast.

This is the inner loop of a 100,000-row export, so each column gets a
precomputed (column, kind, format) plan and values go straight to
XlsxWriter's typed write methods, never through ``write()``'s dispatch.
Numbers and dates stay real numbers so that sums and filters work in Excel.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from desktop.reports.definition import CellValue

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

    def __init__(self, sheet: Worksheet, plan: Sequence[CellPlan]) -> None:
        self._plan = [(cell.column, cell.kind, cell.format) for cell in plan]
        self._string = sheet.write_string
        self._number = sheet.write_number
        self._date = sheet.write_datetime
        self._blank = sheet.write_blank

    def write(self, row: int, values: Sequence[CellValue]) -> None:
        """One row's cells (0-based ``row``), one value per planned column."""
        string, number, blank = self._string, self._number, self._blank
        for (column, kind, cell_format), value in zip(self._plan, values, strict=True):
            if value is None or value == "":
                blank(row, column, None, cell_format)
            elif kind == TEXT and type(value) is str and value.isprintable():
                string(row, column, value, cell_format)
            elif kind == NUMBER and type(value) is int:
                number(row, column, value, cell_format)
            elif kind == DATE and type(value) is dt.date:
                self._date(row, column, value, cell_format)
            else:
                self._general(row, column, kind, cell_format, value)

    def _general(
        self, row: int, column: int, kind: int, cell_format: Format, value: CellValue
    ) -> None:
        """Any value in a column of the given kind (the slow path)."""
        if kind == TICK:
            if value:
                self._string(row, column, "x", cell_format)
            else:
                self._blank(row, column, None, cell_format)
            return
        if kind == DATE and isinstance(value, dt.date):
            self._date(row, column, value, cell_format)
            return
        if kind in (NUMBER, PERCENT):
            number = _number(value)
            if number is not None:
                self._number(row, column, number / 100 if kind == PERCENT else number, cell_format)
                return
        text = value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)
        self._string(row, column, clean_text(text), cell_format)


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
