"""The cell styles of a generated workbook, as XlsxWriter formats.

Each distinct style becomes one ``Format``, made before the rows stream, so
writing a cell hands over an existing object instead of building a style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

Horizontal = Literal["general", "left", "center", "right"]

NUMBER_FORMAT = "[$-42A]#,##0"
"""Whole numbers with thousands grouping, tagged Vietnamese.

A literal-dot format (``#.##0``) cannot work: in a format code "," and "."
are placeholders whose display comes from the locale, and escaped literal
dots (``#\\.##0``) print stray dots before short numbers. With the
``[$-42A]`` (vi-VN) tag LibreOffice shows "1.234.567" whatever the system
locale; Excel keeps the separators of Windows' regional settings (dots on a
Vietnamese system). The value stays a real number, so SUM still works.
"""
PERCENT_FORMAT = "[$-42A]0.0%"
DATE_FORMAT = "dd/mm/yyyy"
FONT_NAME = "Times New Roman"

_VIETNAMESE_CHARSET = 163
_ROMAN_FAMILY = 1


@dataclass(frozen=True, slots=True)
class CellStyle:
    """Everything a cell's look depends on."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float = 11.0
    border: bool = False
    horizontal: Horizontal = "general"
    wrap: bool = False
    shrink: bool = False
    number_format: str = "General"
    open_edge: str = ""  # "bottom" or "top": that border left out, so two cells read as one

    def properties(self) -> dict[str, object]:
        """XlsxWriter format properties; cells are centred vertically.

        The Vietnamese charset lets older Excel pick glyphs with diacritics.
        """
        properties: dict[str, object] = {
            "font_name": FONT_NAME,
            "font_size": int(self.size) if self.size == int(self.size) else self.size,
            "font_family": _ROMAN_FAMILY,
            "font_charset": _VIETNAMESE_CHARSET,
            "valign": "vcenter",
            "bold": self.bold,
            "italic": self.italic,
            "underline": int(self.underline),
            "border": int(self.border),
            "text_wrap": self.wrap,
            "shrink": self.shrink and not self.wrap,
        }
        if self.open_edge:
            properties[self.open_edge] = 0
        if self.horizontal != "general":
            properties["align"] = self.horizontal
        if self.number_format != "General":
            properties["num_format"] = self.number_format
        return properties


class Formats:
    """One XlsxWriter ``Format`` per distinct style, made on first request."""

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._made: dict[CellStyle, Format] = {}

    def __call__(self, style: CellStyle) -> Format:
        """The format of ``style``, shared by every cell that has it."""
        found = self._made.get(style)
        if found is None:
            found = self._made[style] = self._workbook.add_format(style.properties())
        return found
