"""Print a report: its PDF pages, drawn as pictures onto the printer's pages, through Qt's print preview.

QtPdf is not in PySide6-Essentials; pages are rasterised by Poppler (see
``services.reports.pages``) and each one fills a printed A4 page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget


def make_printer(orientation: str) -> QPrinter:
    """An A4 printer in the report's orientation, drawing to the paper's edges (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if orientation == "landscape" else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    return printer


def paint_pages(printer: QPrinter, images: list[Path]) -> None:
    """Each picture onto one page, scaled to the page and centred; loaded one at a time."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for index, path in enumerate(images):
            if index:
                printer.newPage()
            image = QImage(str(path))
            if image.isNull():
                continue
            area = QRectF(painter.viewport())
            size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x() + (area.width() - size.width()) / 2,
                            area.y() + (area.height() - size.height()) / 2, size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()


def open_print_preview(parent: QWidget | None, images: list[Path], orientation: str, title: str) -> bool:
    """Show Qt's print preview of the pages; True when the user printed."""
    printer = make_printer(orientation)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pages(target, images))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
