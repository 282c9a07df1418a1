"""The PDF table: column geometry, laid-out rows and a per-page painter.

Rows are drawn straight onto the canvas instead of through platypus
``Table``, which measures and splits the whole table repeatedly: here
column positions are fixed once, line heights are fixed, and text is
measured only when it might not fit. A row is laid out first (so its
height is known for page breaks) and painted later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.reports.body import LineKind
from desktop.reports.cell_text import FORMATTERS, Formatter
from desktop.reports.definition import Align, CellValue, ReportDefinition, heading_text
from desktop.reports.text_metrics import (
    Measure,
    font_name,
    measure_for,
    register_fonts,
    widest_glyph,
    wrap,
)

PAD_X = 2.0
PAD_Y = 2.0
LINE_SPACING = 1.2
MAX_CELL_LINES = 8
"""Longer cell text is cut with an ellipsis so one note cannot fill a page."""
MIN_FIT_RATIO = 0.6
"""Codes and numbers shrink to fit down to this share of the table size."""


@dataclass(slots=True)
class LaidOutRow:
    """A row ready to paint: its height, its text runs and its vertical rules."""

    kind: LineKind
    height: float
    texts: list[tuple[str, float, float, float, str]]
    """(font, size, x, drop below the row top to the baseline, text)."""
    edges: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _ColumnPlan:
    left: float
    width: float
    inner: float
    align: Align
    wraps: bool
    formatter: Formatter


@dataclass
class TableGeometry:
    """Where the columns are on the page, in points."""

    left: float
    widths: list[float]
    font_size: float
    edges: tuple[float, ...] = field(init=False)

    def __post_init__(self) -> None:
        edges = [self.left]
        for width in self.widths:
            edges.append(edges[-1] + width)
        self.edges = tuple(edges)

    @property
    def right(self) -> float:
        return self.edges[-1]

    @property
    def line_height(self) -> float:
        return self.font_size * LINE_SPACING

    def baseline_drop(self, size: float) -> float:
        """From the top of a line box to the baseline of text of ``size`` centred in it."""
        return self.line_height / 2 + 0.33 * size


class RowLayout:
    """Lays out section, data and total rows for one report."""

    def __init__(self, definition: ReportDefinition, geometry: TableGeometry) -> None:
        register_fonts()
        self._geometry = geometry
        self._size = geometry.font_size
        self._regular = font_name()
        self._bold = font_name(bold=True)
        self._measure = measure_for(self._regular)
        self._measure_bold = measure_for(self._bold)
        self._widest = widest_glyph(self._bold) * self._size  # bounds both styles
        self._columns = [
            _ColumnPlan(
                left=geometry.edges[index],
                width=geometry.widths[index],
                inner=geometry.widths[index] - 2 * PAD_X,
                align=column.alignment,
                wraps=column.wraps,
                formatter=FORMATTERS[column.kind],
            )
            for index, column in enumerate(definition.columns)
        ]
        self._label_end = definition.label_last_column
        self._full_edges = (geometry.left, geometry.right)
        self._total_edges = (geometry.left, *geometry.edges[self._label_end + 1 :])
        self._min_height = geometry.line_height + 2 * PAD_Y

    def data_row(self, values: Sequence[CellValue]) -> LaidOutRow:
        """A participant row: wrapped text, numbers shrunk to fit."""
        return self._cells(
            LineKind.ROW, values, self._regular, self._measure, self._geometry.edges, 0
        )

    def section_row(self, label: str, numeral: str = "") -> LaidOutRow:
        """A section title, bold across the table; its numeral ("I", "I.1") in the first column."""
        geometry = self._geometry
        if not numeral or len(self._columns) == 1:
            label = heading_text(numeral, label)
            numeral = ""
        left = geometry.edges[1] if numeral else geometry.left
        lines = wrap(label, self._bold, self._size, geometry.right - left - 2 * PAD_X, MAX_CELL_LINES)
        count = len(lines)
        runs = [
            (self._bold, self._size, left + PAD_X, index, count, line)
            for index, line in enumerate(lines)
        ]
        if not numeral:
            return self._finish(LineKind.SECTION, runs, count, self._full_edges)
        first = self._columns[0]
        width = self._measure_bold(numeral, self._size)
        runs.append((self._bold, self._size, first.left + (first.width - width) / 2, 0, 1, numeral))
        return self._finish(LineKind.SECTION, runs, count, (geometry.left, left, geometry.right))

    def total_row(self, kind: LineKind, values: Sequence[CellValue], label: str) -> LaidOutRow:
        """A subtotal or the grand total: bold label over the leading columns, bold sums."""
        row = self._cells(
            kind, values, self._bold, self._measure_bold, self._total_edges, self._label_end + 1
        )
        left = self._geometry.left
        width = self._geometry.edges[self._label_end + 1] - left - 2 * PAD_X
        lines = wrap(label, self._bold, self._size, width, MAX_CELL_LINES)
        height = max(row.height, len(lines) * self._geometry.line_height + 2 * PAD_Y)
        top = (height - len(lines) * self._geometry.line_height) / 2
        drop = self._geometry.baseline_drop(self._size)
        shift = (height - row.height) / 2
        texts = [(font, size, x, dy + shift, text) for font, size, x, dy, text in row.texts]
        for index, line in enumerate(lines):
            x = left + PAD_X + (width - self._measure_bold(line, self._size)) / 2
            texts.append(
                (self._bold, self._size, x, top + index * self._geometry.line_height + drop, line)
            )
        return LaidOutRow(kind, height, texts, row.edges)

    def _cells(
        self,
        kind: LineKind,
        values: Sequence[CellValue],
        font: str,
        measure: Measure,
        edges: tuple[float, ...],
        first: int,
    ) -> LaidOutRow:
        size = self._size
        runs: list[tuple[str, float, float, int, int, str]] = []
        most = 1
        for column, value in zip(self._columns[first:], values[first:], strict=True):
            if value is None:
                continue
            text = column.formatter(value)
            if not text:
                continue
            if column.wraps:
                lines = self._wrapped(text, column.inner, font, measure)
                count = len(lines)
                for index, line in enumerate(lines):
                    runs.append(
                        (font, size, self._x(column, line, size, measure), index, count, line)
                    )
                if count > most:
                    most = count
            else:
                natural = measure(text, size)
                fitted = size
                if natural > column.inner:
                    fitted = max(size * MIN_FIT_RATIO, size * column.inner / natural)
                runs.append(
                    (font, fitted, self._x_known(column, natural * fitted / size), 0, 1, text)
                )
        return self._finish(kind, runs, most, edges)

    def _finish(
        self,
        kind: LineKind,
        runs: list[tuple[str, float, float, int, int, str]],
        most: int,
        edges: tuple[float, ...],
    ) -> LaidOutRow:
        line_height = self._geometry.line_height
        height = max(self._min_height, most * line_height + 2 * PAD_Y)
        drop = self._geometry.baseline_drop(self._size)
        texts = [
            (font, size, x, (height - count * line_height) / 2 + index * line_height + drop, text)
            for font, size, x, index, count, text in runs
        ]
        return LaidOutRow(kind, height, texts, edges)

    def _wrapped(self, text: str, inner: float, font: str, measure: Measure) -> list[str]:
        if "\n" not in text and (
            len(text) * self._widest <= inner or measure(text, self._size) <= inner
        ):
            return [text]
        return wrap(text, font, self._size, inner, MAX_CELL_LINES)

    def _x(self, column: _ColumnPlan, line: str, size: float, measure: Measure) -> float:
        if column.align == "left":
            return column.left + PAD_X
        return self._x_known(column, measure(line, size))

    @staticmethod
    def _x_known(column: _ColumnPlan, width: float) -> float:
        if column.align == "left":
            return column.left + PAD_X
        if column.align == "right":
            return column.left + column.width - PAD_X - width
        return column.left + (column.width - width) / 2


@dataclass
class HeaderBlock:
    """The table header (group row, header row, code row), drawn on every page."""

    height: float
    texts: list[tuple[str, float, float, float, str]]
    segments: list[tuple[float, float, float, float]]
    """(x1, drop1, x2, drop2): rules, as distances below the header top."""


def header_block(definition: ReportDefinition, geometry: TableGeometry) -> HeaderBlock:
    """Lay out the header once; every page repeats it."""
    size = geometry.font_size
    bold = font_name(bold=True)
    measure = measure_for(bold)
    line_height = geometry.line_height
    edges = geometry.edges
    columns = definition.columns
    texts: list[tuple[str, float, float, float, str]] = []
    segments: list[tuple[float, float, float, float]] = []

    def lines_in(text: str, left: float, right: float) -> list[str]:
        return wrap(text, bold, size, right - left - 2 * PAD_X) if text else []

    def place(lines: list[str], left: float, right: float, top: float, bottom: float) -> None:
        block_top = top + (bottom - top - len(lines) * line_height) / 2
        for index, line in enumerate(lines):
            x = left + (right - left - measure(line, size)) / 2
            texts.append(
                (
                    bold,
                    size,
                    x,
                    block_top + index * line_height + geometry.baseline_drop(size),
                    line,
                )
            )

    def rows_for(lines: list[str]) -> float:
        return max(1, len(lines)) * line_height + 2 * PAD_Y

    runs = definition.group_runs()
    group_height = 0.0
    if definition.has_groups:
        group_height = max(
            rows_for(lines_in(group, edges[start], edges[end + 1]))
            for start, end, group in runs
            if group
        )
    header_lines = [
        lines_in(column.header, edges[i], edges[i + 1]) for i, column in enumerate(columns)
    ]
    grouped = [rows_for(header_lines[i]) for i, column in enumerate(columns) if column.group]
    plain = [rows_for(header_lines[i]) for i, column in enumerate(columns) if not column.group]
    header_height = max(grouped, default=rows_for([]))
    if definition.has_groups:
        header_height = max(header_height, max(plain, default=0.0) - group_height)
    else:
        header_height = max(plain)
    titles_bottom = group_height + header_height

    for start, end, group in runs:
        if group:
            place(
                lines_in(group, edges[start], edges[end + 1]),
                edges[start],
                edges[end + 1],
                0,
                group_height,
            )
            segments.append((edges[start], group_height, edges[end + 1], group_height))
        for index in range(start, end + 1):
            top = group_height if group else 0.0
            place(header_lines[index], edges[index], edges[index + 1], top, titles_bottom)
    inner = {index for start, end, group in runs if group for index in range(start + 1, end + 1)}
    for index, x in enumerate(edges):
        segments.append((x, group_height if index in inner else 0.0, x, titles_bottom))
    segments.append((edges[0], 0.0, edges[-1], 0.0))
    segments.append((edges[0], titles_bottom, edges[-1], titles_bottom))
    height = titles_bottom
    if definition.has_codes:
        code_height = line_height + 2 * PAD_Y
        for index, column in enumerate(columns):
            if column.code:
                place(
                    [column.code],
                    edges[index],
                    edges[index + 1],
                    titles_bottom,
                    titles_bottom + code_height,
                )
        height = titles_bottom + code_height
        segments.extend((x, titles_bottom, x, height) for x in edges)
        segments.append((edges[0], height, edges[-1], height))
    return HeaderBlock(height, texts, segments)


class PagePainter:
    """Collects one page's text and rules and emits them in two operations.

    All text goes into one PDF text object and all rules into one path, and
    vertical rules of consecutive rows are merged into single lines.
    """

    def __init__(self, canvas: Any, line_width: float = 0.5) -> None:
        self._canvas = canvas
        self._line_width = line_width
        self._reset()

    def _reset(self) -> None:
        self._text = self._canvas.beginText()
        self._line_x = 0.0
        self._line_y = 0.0
        self._font: tuple[str, float] | None = None
        self._segments: list[tuple[float, float, float, float]] = []
        self._run_edges: tuple[float, ...] = ()
        self._run_top = 0.0
        self._run_bottom = 0.0

    def text(self, font: str, size: float, x: float, y: float, text: str) -> None:
        """Queue one run of text with its baseline at ``y``."""
        if self._font != (font, size):
            self._text.setFont(font, size)
            self._font = (font, size)
        # A relative move ("Td", two numbers) is cheaper to write than an
        # absolute one ("Tm", six numbers) and number formatting dominates.
        self._text.moveCursor(x - self._line_x, self._line_y - y)
        self._line_x, self._line_y = x, y
        self._text.textOut(text)

    def segment(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """Queue a straight rule."""
        self._segments.append((x1, y1, x2, y2))

    def header(self, block: HeaderBlock, top: float) -> None:
        """Queue the table header with its top edge at ``top``."""
        for font, size, x, drop, content in block.texts:
            self.text(font, size, x, top - drop, content)
        for x1, drop1, x2, drop2 in block.segments:
            self._segments.append((x1, top - drop1, x2, top - drop2))

    def row(self, row: LaidOutRow, top: float) -> None:
        """Queue a laid-out row whose top edge is at ``top``."""
        text = self.text
        for font, size, x, drop, content in row.texts:
            text(font, size, x, top - drop, content)
        bottom = top - row.height
        if row.edges != self._run_edges or abs(top - self._run_bottom) > 0.01:
            self._close_run()
            self._run_edges = row.edges
            self._run_top = top
        self._run_bottom = bottom
        self._segments.append((row.edges[0], bottom, row.edges[-1], bottom))

    def flush(self) -> None:
        """Emit everything queued for the page."""
        self._close_run()
        self._canvas.drawText(self._text)
        if self._segments:
            self._canvas.setLineWidth(self._line_width)
            self._canvas.lines(self._segments)
        self._reset()

    def _close_run(self) -> None:
        for x in self._run_edges:
            self._segments.append((x, self._run_top, x, self._run_bottom))
        self._run_edges = ()
