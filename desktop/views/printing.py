"""Print a PDF: each page rendered by PDFium at the printer's resolution and drawn onto a printed page.

Use: ``printer = make_printer(orientation, title)``, let the person choose with
``dialogs.ask_printer(parent, printer, page_count)``, then run
``print_pdf(printer, path, progress, cancel)`` off the UI thread (Qt paints on a
QPrinter from any thread). A page is rendered in strips, so a page at 600 dpi
needs tens of megabytes, not hundreds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.reports import ReportCancelled
from desktop.services.errors import ServiceError
from desktop.views.pdf_document import PdfDocument, page_pixels

MAX_DPI = 600
"""Printed forms gain nothing above 600 dpi; some photo printers report 2400 or more."""
STRIP_PIXELS = 8_000_000
"""Pixels rendered at a time (32 MB): about a sixth of an A4 page at 600 dpi."""

Progress = Callable[[int, int | None], None]
Cancel = Callable[[], bool]


def make_printer(orientation: str, title: str) -> QPrinter:
    """An A4 printer at its own resolution in the document's orientation, drawing to the paper's edges
    (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if orientation == "landscape" else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def chosen_pages(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the print dialog asked for (every page unless a range was chosen)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = page_count if printer.toPage() <= 0 else min(printer.toPage(), page_count)
        return range(printer.fromPage() - 1, last)
    return range(page_count)


def print_pdf(printer: QPrinter, pdf: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Print the chosen pages of ``pdf`` (and copies the driver cannot make itself); returns the pages sent.

    Cancelling aborts the print job and raises ReportCancelled.
    """
    with PdfDocument(pdf) as document:
        pages = chosen_pages(printer, document.page_count)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        dpi = min(printer.resolution(), MAX_DPI)
        total = len(pages) * copies
        painter = QPainter()
        if not painter.begin(printer):
            raise ServiceError("Không mở được máy in. Hãy kiểm tra máy in đã bật và đã nối với máy tính.")
        try:
            for done in range(total):
                if cancel is not None and cancel():
                    printer.abort()
                    raise ReportCancelled()
                if done:
                    printer.newPage()
                _paint_page(painter, document, pages[done % len(pages)], dpi)
                if progress is not None:
                    progress(done + 1, total)
        finally:
            painter.end()
    return total


def _paint_page(painter: QPainter, document: PdfDocument, index: int, dpi: float) -> None:
    """One PDF page, fitted to the paper and centred, drawn strip by strip."""
    paper = QRectF(painter.viewport())
    size = document.sizes[index]
    fitted = size.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = paper.x() + (paper.width() - fitted.width()) / 2
    top = paper.y() + (paper.height() - fitted.height()) / 2
    width, height = page_pixels(size.width(), dpi), page_pixels(size.height(), dpi)
    device_per_pixel = fitted.height() / height
    rows = max(1, STRIP_PIXELS // width)
    for first in range(0, height, rows):
        end = min(height, first + rows + 1)  # one row of overlap: no hairline between strips once scaled
        strip = document.render(index, dpi, (first, end))
        painter.drawImage(QRectF(left, top + first * device_per_pixel, fitted.width(),
                                 (end - first) * device_per_pixel), strip)
