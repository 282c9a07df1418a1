"""Values as a spreadsheet cell or a form field hands them over.

Importers pass cells through untouched (``str``, ``int``, ``float``, ``Decimal``,
``date`` ...), so parsers share these helpers to tell a number that lost its
leading zeros from text someone typed.
"""

from __future__ import annotations

import math
import numbers
from decimal import Decimal, InvalidOperation

from desktop.domain.text import normalize_spaces


def is_blank(value: object) -> bool:
    """True for ``None``, empty or white-space text and NaN (an empty cell)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not normalize_spaces(value)
    if isinstance(value, float):
        return math.isnan(value)
    return False


def is_number(value: object) -> bool:
    """True for numeric cell values; ``bool`` is not a number here."""
    if isinstance(value, bool):
        return False
    return isinstance(value, numbers.Real | Decimal)


def integral_number(value: object) -> int | None:
    """The whole number a numeric cell holds (``66.0`` -> 66), else ``None``.

    Returns ``None`` for non-numbers, fractions, NaN and infinities, so callers
    decide what message to show.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    try:
        if isinstance(value, Decimal):
            exact = value
        elif isinstance(value, numbers.Real):
            exact = Decimal(float(value))
        else:
            return None
    except (InvalidOperation, ValueError, TypeError, OverflowError):
        return None
    if not exact.is_finite() or exact != exact.to_integral_value():
        return None
    return int(exact)


def cell_text(value: object) -> str:
    """Text of a cell, NFC and single-spaced; a leading apostrophe (Excel's text marker) dropped."""
    text = normalize_spaces(value if isinstance(value, str) else str(value))
    return text[1:].lstrip() if text.startswith(("'", "’")) else text
