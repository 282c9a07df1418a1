"""How numbers and dates are shown to a Vietnamese office worker."""

from __future__ import annotations

import datetime as dt


def format_int(value: int) -> str:
    """Whole number with dots as thousands separators: 1234567 -> "1.234.567"."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_decimal(value: float, decimals: int = 0) -> str:
    """Number with dot thousands and a decimal comma: 1234.5 -> "1.234,5"."""
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def format_money(value: int) -> str:
    """Amount in whole đồng: 105300 -> "105.300 đ"."""
    return f"{format_int(value)} đ"


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_percent(value: float, decimals: int = 1) -> str:
    """Percentage with a decimal comma: 89.94 -> "89,9%"."""
    return f"{value:.{decimals}f}".replace(".", ",") + "%"


def place_date_line(place: str, day: dt.date) -> str:
    """The italic line above signatures: "Cư M'gar, ngày 22 tháng 11 năm 2026"."""
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
