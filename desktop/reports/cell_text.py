"""A cell value as printed text, the way a Vietnamese office reads it.

Used by the PDF renderer (the Excel writer keeps numbers and dates as real
values and lets number formats do the showing).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.reports.definition import CellValue, ColumnKind

Formatter = Callable[[CellValue], str]
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")
"""Control characters (all but the line feed, which starts a new line)."""


def whole_number(value: int | float | Decimal) -> int:
    """Whole đồng, halves rounded away from zero (0.5 -> 1, -0.5 -> -1)."""
    if isinstance(value, int):
        return value
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def text_of(value: CellValue) -> str:
    """Any value as printable NFC text (decomposed accents would print as loose marks)."""
    if value is None:
        return ""
    if isinstance(value, str):
        if _CONTROL.search(value):
            value = _CONTROL.sub("", value.replace("\t", " ").replace("\r\n", "\n"))
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _integer_text(value: CellValue) -> str:
    if type(value) is int:
        return format_int(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return format_int(whole_number(value))
    return text_of(value)


def _date_text(value: CellValue) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return text_of(value)


def _percent_text(value: CellValue) -> str:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return format_percent(float(value))
    return text_of(value)


def _tick_text(value: CellValue) -> str:
    return "x" if value else ""


FORMATTERS: dict[ColumnKind, Formatter] = {
    "text": text_of,
    "int": _integer_text,
    "money": _integer_text,
    "date": _date_text,
    "percent": _percent_text,
    "tick": _tick_text,
}
