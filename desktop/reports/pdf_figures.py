"""Charts as blocks of the PDF page flow: a row's height is known before it is drawn.

The page flow treats a row of figures like the closing text blocks: a row
that does not fit the rest of the page is drawn a little shorter when that
is enough, else starts the next one. A figure taller
than a whole page is laid out at the page's height. Two half-width figures
share a row, as on the Tổng quan page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from desktop.reports.chart_drawing import figure_drawing, title_lines
from desktop.reports.charts import Figure, figure_rows

FIGURE_GAP = 10.0
"""Space above a chart row, in points, separating it from the table or the previous row."""
MIN_SHRINK = 0.75
"""A chart row may be drawn this much shorter to finish a page instead of leaving it blank."""
SIDE_GAP = 16.0
"""Space between two charts of one row, in points."""


class FigureBlock:
    """One row of figures laid out for a page ``width`` points wide, at most ``max_height`` high."""

    def __init__(self, figures: Sequence[Figure], left: float, width: float, max_height: float) -> None:
        self.figures = tuple(figures)
        self._left = left
        self._each = width if len(figures) == 1 and figures[0].span == "full" else (width - SIDE_GAP) / 2
        self.natural = min(max(f.drawing_height_mm() for f in figures) * mm, max_height - FIGURE_GAP)
        self._lay_out(self.natural)

    def _lay_out(self, height: float) -> None:
        lines = max(len(title_lines(figure.title, self._each)) for figure in self.figures)
        self._drawings: list[tuple[float, Drawing]] = [
            (self._left + index * (self._each + SIDE_GAP), figure_drawing(figure, self._each, height, lines))
            for index, figure in enumerate(self.figures)
        ]
        self.height = height + FIGURE_GAP

    def shrink_to(self, room: float) -> bool:
        """Lay out again to fit ``room`` if that keeps at least ``MIN_SHRINK`` of the height."""
        height = room - FIGURE_GAP
        if height < self.natural * MIN_SHRINK:
            return False
        self._lay_out(min(height, self.natural))
        return True

    def draw(self, canvas: Any, top: float) -> None:
        """Draw with the block's top edge (the gap above the charts) at ``top``."""
        for x, drawing in self._drawings:
            renderPDF.draw(drawing, canvas, x, top - self.height)


def figure_blocks(figures: Sequence[Figure], left: float, width: float, max_height: float) -> list[FigureBlock]:
    """The figures' rows, in order."""
    return [FigureBlock(row, left, width, max_height) for row in figure_rows(figures)]
