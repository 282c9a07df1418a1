"""Turn one body line into worksheet cell XML, fast.

This is the inner loop of a 100,000-row export, so each column gets a
precomputed (letter, kind, style) plan and cells are built with f-strings.
Numbers and dates stay real numbers so that sums and filters work in Excel.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.reports.definition import CellValue
from desktop.reports.xlsx_package import blank_cell, excel_serial, text_cell, xml_text

TEXT, NUMBER, DATE, PERCENT, TICK = range(5)
KIND_CODES = {
    "text": TEXT,
    "int": NUMBER,
    "money": NUMBER,
    "date": DATE,
    "percent": PERCENT,
    "tick": TICK,
}


@dataclass(frozen=True, slots=True)
class CellPlan:
    """How one column is written: its letter, value kind and style index."""

    letter: str
    kind: int
    style: int


class RowEncoder:
    """Builds the ``<c>`` elements of data rows from a per-column plan."""

    def __init__(self, plan: Sequence[CellPlan]) -> None:
        self._plan = plan
        # (kind, '<c r="B', '" s="7"') so a cell is a few string joins.
        self._parts = [
            (column.kind, f'<c r="{column.letter}', f'" s="{column.style}"') for column in plan
        ]

    def cells(self, row: int, values: Sequence[CellValue]) -> str:
        """The cells of one data row."""
        number = str(row)
        out: list[str] = []
        append = out.append
        for (kind, head, style), value in zip(self._parts, values, strict=True):
            if value is None or value == "":
                append(f"{head}{number}{style}/>")
            elif kind == TEXT and type(value) is str and value[0] > " " and value[-1] > " ":
                append(f'{head}{number}{style} t="inlineStr"><is><t>{xml_text(value)}</t></is></c>')
            elif kind == NUMBER and type(value) is int:
                append(f"{head}{number}{style}><v>{value}</v></c>")
            else:
                column = self._plan[len(out)]
                append(value_cell(f"{column.letter}{number}", kind, column.style, value))
        return "".join(out)


def value_cell(ref: str, kind: int, style: int, value: CellValue) -> str:
    """Any value in a column of the given kind (the slow, general path)."""
    if value is None or value == "" or (kind == TICK and not value):
        return blank_cell(ref, style)
    if kind == TICK:
        return text_cell(ref, style, "x")
    if kind == DATE and isinstance(value, dt.date):
        return f'<c r="{ref}" s="{style}"><v>{excel_serial(value)!r}</v></c>'
    if kind in (NUMBER, PERCENT):
        number = _number(value)
        if number is not None:
            if kind == PERCENT:
                number = number / 100
            return f'<c r="{ref}" s="{style}"><v>{number!r}</v></c>'
    text = value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)
    return text_cell(ref, style, text)


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
