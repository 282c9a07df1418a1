"""The PDF's text blocks around the table: letterhead and title, closing lines.

Decree 30/2020 layout: an official form's code and legal basis top right
(right-aligned, above everything else, as on the QĐ 490 blanks); issuing
body top left (parent body in capitals, unit in bold capitals with a short
rule beneath), national name and motto top right (motto underlined over its
full length), centred title; after the
table the footer lines, notes, the italic place-and-date line and the
signature blocks side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.reports.definition import OfficeLetterhead, ReportDefinition, SignatureBlock
from desktop.reports.official import MOTTO, NATIONAL_NAME, issuing_body_lines, place_and_date
from desktop.reports.results import ReportTotals
from desktop.reports.text_metrics import balanced_wrap, fit_size, font_name, text_width, wrap

LETTERHEAD_SIZE = 12.0
MOTTO_SIZE = 13.0
TITLE_SIZE = 14.0
SUBTITLE_SIZE = 12.0
INFO_SIZE = 11.0
FORM_CODE_SIZE = 10.0
FORM_BASIS_SIZE = 8.0
_FORM_GAP = 6.0
"""Space between the form code block and the letterhead below it, in points."""
_LETTERHEAD_GAP = 12.0
SIGNATURE_SPACE = 62.0
"""Room to sign and stamp, in points (about 22 mm)."""


@dataclass(frozen=True)
class _Line:
    """One line of text: font, size, alignment anchor x and baseline drop."""

    font: str
    size: float
    x: float
    drop: float
    text: str
    align: str = "center"


@dataclass
class Block:
    """A laid-out block: its height and its lines (and rules) below a top edge."""

    height: float
    lines: list[_Line]
    rules: list[tuple[float, float, float]]
    """(x1, x2, drop): horizontal rules."""

    def draw(self, canvas: Any, top: float) -> None:
        """Draw with the block's top edge at ``top``."""
        for line in self.lines:
            canvas.setFont(line.font, line.size)
            y = top - line.drop
            if line.align == "left":
                canvas.drawString(line.x, y, line.text)
            elif line.align == "right":
                canvas.drawRightString(line.x, y, line.text)
            else:
                canvas.drawCentredString(line.x, y, line.text)
        if self.rules:
            canvas.setLineWidth(0.6)
            canvas.lines([(x1, top - drop, x2, top - drop) for x1, x2, drop in self.rules])


class _Stack:
    """Helper to stack lines downwards while building a block."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.rules: list[tuple[float, float, float]] = []
        self.y = 0.0

    def add(self, font: str, size: float, x: float, text: str, align: str = "center") -> float:
        """Add a line below the previous one; returns its baseline drop."""
        line_height = size * 1.25
        drop = self.y + line_height * 0.8
        self.lines.append(_Line(font, size, x, drop, text, align))
        self.y += line_height
        return drop

    def block(self) -> Block:
        return Block(self.y, self.lines, self.rules)


def heading_block(
    definition: ReportDefinition, letterhead: OfficeLetterhead, left: float, right: float
) -> Block:
    """Letterhead, title, parameters line and information lines (page 1 only)."""
    regular, bold, italic = font_name(), font_name(bold=True), font_name(italic=True)
    width = right - left
    parent, unit = issuing_body_lines(letterhead)
    size = _letterhead_size(parent, unit, width)
    motto_size = size + MOTTO_SIZE - LETTERHEAD_SIZE
    national_size = fit_size(NATIONAL_NAME, bold, size, width * 0.6)
    right_width = min(
        width * 0.6,
        max(text_width(NATIONAL_NAME, bold, national_size), text_width(MOTTO, bold, motto_size))
        + _LETTERHEAD_GAP,
    )
    left_width = width - right_width
    left_center = left + left_width / 2
    right_center = left + left_width + right_width / 2
    form = _form_stack(definition, right, max(right_width, width * 0.45))

    issuer = _Stack()
    issuer.y = form.y
    for line in balanced_wrap(parent, regular, size, left_width - 4):
        issuer.add(regular, size, left_center, line)
    unit_lines = balanced_wrap(unit, bold, size, left_width - 4)
    drop = 0.0
    for line in unit_lines:
        drop = issuer.add(bold, size, left_center, line)
    rule = max(text_width(line, bold, size) for line in unit_lines) * 0.4
    issuer.rules.append((left_center - rule / 2, left_center + rule / 2, drop + 6))

    nation = _Stack()
    nation.y = form.y
    nation.add(bold, national_size, right_center, NATIONAL_NAME)
    motto_drop = nation.add(bold, motto_size, right_center, MOTTO)
    motto_width = text_width(MOTTO, bold, motto_size)
    nation.rules.append(
        (right_center - motto_width / 2, right_center + motto_width / 2, motto_drop + 2.5)
    )

    stack = _Stack()
    stack.lines = form.lines + issuer.lines + nation.lines
    stack.rules = issuer.rules + nation.rules
    stack.y = max(issuer.y, nation.y) + 22
    center = left + width / 2
    for line in balanced_wrap(definition.title, bold, TITLE_SIZE, width):
        stack.add(bold, TITLE_SIZE, center, line)
    if definition.subtitle:
        for line in wrap(definition.subtitle, italic, SUBTITLE_SIZE, width):
            stack.add(italic, SUBTITLE_SIZE, center, line)
    if definition.info_lines:
        stack.y += 4
    for info in definition.info_lines:
        for line in wrap(info, regular, INFO_SIZE, width):
            stack.add(regular, INFO_SIZE, left, line, align="left")
    stack.y += 8
    return stack.block()


def _form_stack(definition: ReportDefinition, right: float, width: float) -> _Stack:
    """Form code (bold) and legal basis (small italics), flush with the right margin.

    The basis wraps within ``width`` so it never reaches the issuing body; the
    stack's height pushes the letterhead down so nothing overlaps the motto.
    """
    stack = _Stack()
    if not definition.form_code:
        return stack
    bold, italic = font_name(bold=True), font_name(italic=True)
    for line in wrap(definition.form_code, bold, FORM_CODE_SIZE, width):
        stack.add(bold, FORM_CODE_SIZE, right, line, align="right")
    if definition.form_basis:
        for line in balanced_wrap(definition.form_basis, italic, FORM_BASIS_SIZE, width):
            stack.add(italic, FORM_BASIS_SIZE, right, line, align="right")
    stack.y += _FORM_GAP
    return stack


def _letterhead_size(parent: str, unit: str, width: float) -> float:
    """12 pt when the issuing body and the national name fit side by side, else 11 pt.

    On portrait A4 "BẢO HIỂM XÃ HỘI CƠ SỞ CƯ M'GAR" and the national name do
    not both fit at 12 pt; 11 pt keeps each on one line. Longer names wrap.
    """
    bold = font_name(bold=True)
    for size in (LETTERHEAD_SIZE, LETTERHEAD_SIZE - 1):
        issuer = max(text_width(parent, font_name(), size), text_width(unit, bold, size))
        if issuer + text_width(NATIONAL_NAME, bold, size) + 2 * _LETTERHEAD_GAP <= width:
            return size
    return LETTERHEAD_SIZE


def closing_blocks(
    definition: ReportDefinition,
    letterhead: OfficeLetterhead,
    totals: ReportTotals,
    left: float,
    right: float,
) -> list[Block]:
    """Footer lines, notes and the signatures; a page may break between blocks."""
    regular, italic = font_name(), font_name(italic=True)
    width = right - left
    blocks: list[Block] = []
    texts: list[tuple[str, str]] = [
        (regular, line if isinstance(line, str) else line(totals))
        for line in definition.footer_lines
    ]
    texts += [(italic, note) for note in definition.notes]
    for index, (font, text) in enumerate(texts):
        stack = _Stack()
        if index == 0:
            stack.y = 6
        for line in wrap(text, font, INFO_SIZE, width):
            stack.add(font, INFO_SIZE, left, line, align="left")
        blocks.append(stack.block())
    signatures = definition.signature_blocks(letterhead)
    if signatures:
        blocks.append(_signature_block(signatures, place_and_date(letterhead), left, right))
    return blocks


def _signature_block(
    signatures: tuple[SignatureBlock, ...], place_line: str, left: float, right: float
) -> Block:
    bold, italic = font_name(bold=True), font_name(italic=True)
    slot = (right - left) / len(signatures)
    centers = [left + slot * (index + 0.5) for index in range(len(signatures))]
    stack = _Stack()
    stack.y = 14
    stack.add(italic, LETTERHEAD_SIZE, centers[-1], place_line)
    columns: list[_Stack] = []
    for block, center in zip(signatures, centers, strict=True):
        column = _Stack()
        column.y = stack.y
        _add_wrapped(column, bold, LETTERHEAD_SIZE, center, block.title, slot - 12)
        if block.hint:
            _add_wrapped(column, italic, INFO_SIZE, center, block.hint, slot - 12)
        columns.append(column)
    names_top = max(column.y for column in columns) + SIGNATURE_SPACE
    for block, column, center in zip(signatures, columns, centers, strict=True):
        column.y = names_top
        if block.name:
            _add_wrapped(column, bold, LETTERHEAD_SIZE, center, block.name, slot - 12)
    for column in columns:
        stack.lines += column.lines
    stack.y = max(column.y for column in columns)
    return stack.block()


def _add_wrapped(
    stack: _Stack, font: str, size: float, center: float, text: str, width: float
) -> None:
    for line in wrap(text, font, size, width):
        stack.add(font, size, center, line)
