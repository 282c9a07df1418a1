"""Paper, margins and column widths shared by the PDF and the Excel output.

Column widths in a definition are proportions in millimetres; both outputs
stretch or shrink them to the printable width of A4 so that the printed
Excel sheet and the PDF look alike.
"""

from __future__ import annotations

from desktop.reports.definition import Orientation, ReportDefinition
from desktop.reports.official import MARGINS_MM

A4_MM = (210.0, 297.0)


def page_size_mm(orientation: Orientation) -> tuple[float, float]:
    """(width, height) of the A4 sheet in that orientation."""
    short, long = A4_MM
    return (long, short) if orientation == "landscape" else (short, long)


def content_width_mm(orientation: Orientation) -> float:
    """Width between the left (30 mm) and right (15 mm) margins."""
    return page_size_mm(orientation)[0] - MARGINS_MM["left"] - MARGINS_MM["right"]


def column_widths_mm(definition: ReportDefinition) -> list[float]:
    """Column widths scaled so the table spans exactly the printable width."""
    declared = [column.width_mm for column in definition.columns]
    scale = content_width_mm(definition.orientation) / sum(declared)
    return [width * scale for width in declared]
