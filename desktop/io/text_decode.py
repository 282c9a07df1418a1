"""Turning the bytes of a text file (CSV, TSV, HTML) into Unicode.

Offices save CSV from Excel as UTF-8 (with or without BOM), as "Unicode text"
(UTF-16 with BOM, tab separated) or in the Vietnamese ANSI code page 1258,
whose tone marks are combining characters and must be composed afterwards.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODING = "cp1258"


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark, if the data starts with one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte for Latin text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd > 0.3 * len(odd) and zeros_even < 0.05 * len(even):
        return "utf-16-le"
    if zeros_even > 0.3 * len(even) and zeros_odd < 0.05 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """BOM first, then BOM-less UTF-16, then strict UTF-8, else Windows-1258."""
    announced = bom_encoding(data)
    if announced:
        return announced
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A sample cut in the middle of a multi-byte character is still UTF-8.
        if exc.start < len(data) - 3 or exc.reason != "unexpected end of data":
            return FALLBACK_ENCODING
    return "utf-8"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text (NFC, no BOM) and the encoding used; never raises on bad bytes."""
    encoding = encoding or detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text), encoding
