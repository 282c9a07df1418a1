"""The cell styles of a generated workbook and their ``styles.xml``.

Styles are registered up front and referred to by index while rows stream,
so writing a cell costs one integer, not a style lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import quoteattr

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

_BUILTIN_FORMATS = {"General": 0}
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True, slots=True)
class CellStyle:
    """Everything a cell's look depends on."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float = 11.0
    border: bool = False
    horizontal: Horizontal = "general"
    vertical: Literal["top", "center", "bottom"] = "center"
    wrap: bool = False
    shrink: bool = False
    number_format: str = "General"


class StyleSheet:
    """Registry of cell styles; index 0 is the workbook default."""

    def __init__(self) -> None:
        self._styles: list[CellStyle] = []
        self._index: dict[CellStyle, int] = {}
        self.add(CellStyle())

    def add(self, style: CellStyle) -> int:
        """Index of ``style`` in ``cellXfs`` (registered on first use)."""
        found = self._index.get(style)
        if found is None:
            found = len(self._styles)
            self._styles.append(style)
            self._index[style] = found
        return found

    def xml(self) -> str:
        """The ``xl/styles.xml`` part."""
        fonts: dict[tuple[bool, bool, bool, float], int] = {}
        formats: dict[str, int] = {}
        xfs: list[str] = []
        for style in self._styles:
            font_key = (style.bold, style.italic, style.underline, style.size)
            font_id = fonts.setdefault(font_key, len(fonts))
            format_id = _BUILTIN_FORMATS.get(style.number_format)
            if format_id is None:
                format_id = formats.setdefault(style.number_format, 164 + len(formats))
            xfs.append(_xf(style, font_id, format_id))
        num_fmts = "".join(
            f'<numFmt numFmtId="{number}" formatCode={quoteattr(code)}/>'
            for code, number in formats.items()
        )
        num_fmts_xml = f'<numFmts count="{len(formats)}">{num_fmts}</numFmts>' if formats else ""
        font_xml = "".join(_font(*key) for key in fonts)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{_MAIN_NS}">{num_fmts_xml}'
            f'<fonts count="{len(fonts)}">{font_xml}</fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>'
            '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom>'
            "<diagonal/></border></borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


def _font(bold: bool, italic: bool, underline: bool, size: float) -> str:
    return (
        "<font>"
        + ("<b/>" if bold else "")
        + ("<i/>" if italic else "")
        + ("<u/>" if underline else "")
        + f'<sz val="{size:g}"/><name val="{FONT_NAME}"/><family val="1"/><charset val="163"/>'
        + "</font>"
    )


def _xf(style: CellStyle, font_id: int, format_id: int) -> str:
    alignment = f'<alignment vertical="{style.vertical}"'
    if style.horizontal != "general":
        alignment += f' horizontal="{style.horizontal}"'
    if style.wrap:
        alignment += ' wrapText="1"'
    elif style.shrink:
        alignment += ' shrinkToFit="1"'
    alignment += "/>"
    return (
        f'<xf numFmtId="{format_id}" fontId="{font_id}" fillId="0" borderId="{int(style.border)}" xfId="0"'
        ' applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">'
        f"{alignment}</xf>"
    )
