"""PDFs whose pages can be told apart by their pixels, and a way to compare two renders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

BAR_HEIGHT = 60.0
"""Each page has a black bar at its top left, 20 points wide per page number."""


def numbered_pdf(path: Path, pages: int, *, wide: bool = False) -> Path:
    """``pages`` A4 pages (landscape when ``wide``): a black bar 20 pt wide per page number, and the number."""
    size = landscape(A4) if wide else A4
    canvas = Canvas(str(path), pagesize=size)
    for number in range(1, pages + 1):
        canvas.rect(40, size[1] - 40 - BAR_HEIGHT, 20 * number % (size[0] - 80) or 20, BAR_HEIGHT, fill=1)
        canvas.setFont("Helvetica", 48)
        canvas.drawString(40, size[1] / 2, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return path


def bar_width(image: QImage, dpi: float) -> float:
    """The width in points of the black bar on a rendered page (measured along its middle)."""
    row = round((40 + BAR_HEIGHT / 2) * dpi / 72)
    dark = [x for x in range(image.width()) if image.pixelColor(x, row).lightness() < 128]
    return (max(dark) - min(dark) + 1) * 72 / dpi if dark else 0.0


def ink_difference(one: QImage, other: QImage, cell: int = 12) -> float:
    """The largest difference in ink between matching ``cell``-pixel squares of two renders, 0 to 1.

    Tolerates resampling (a page printed through a raster and rendered again),
    not a different page: measured 0.10 for the same report page, 0.30 for the next page.
    """
    if one.size() != other.size():
        return 1.0
    width, height = one.width() // cell, one.height() // cell

    def shrunk(image: QImage) -> QImage:
        return image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation).convertToFormat(QImage.Format.Format_Grayscale8)

    first, second = shrunk(one), shrunk(other)
    a, b = first.constBits(), second.constBits()
    return max(abs(a[y * first.bytesPerLine() + x] - b[y * second.bytesPerLine() + x])
               for y in range(height) for x in range(width)) / 255
