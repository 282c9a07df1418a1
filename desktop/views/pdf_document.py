"""A PDF's pages drawn by PDFium (pypdfium2) straight into QImages: previews and printing.

pypdfium2's wheels carry PDFium for Windows, Linux and macOS, so the
application calls no external program to see or print a report. PDFium is not
thread-safe, not even across documents: every call goes through one
process-wide lock, so the preview's background renders and a print run can
work at the same time. The file is read into memory when opened (it may be
deleted afterwards, and PDFium never sees a path in the user's code page).
"""

from __future__ import annotations

import ctypes
import math
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pypdfium2
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from desktop.services.errors import ServiceError

POINTS_PER_INCH = 72.0
_PDFIUM = threading.Lock()


class PdfDocument:
    """An open PDF: its page count, page sizes (points) and pages rendered at any resolution.

    Safe to use from any thread. Close it (or use it as a context manager):
    PDFium's own finalizers would otherwise run in whichever thread collects it.
    """

    def __init__(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ServiceError(f"Không đọc được tệp PDF {path.name}: {error.strerror}") from error
        with _PDFIUM:
            try:
                self._pdf: pypdfium2.PdfDocument | None = pypdfium2.PdfDocument(data)
            except pypdfium2.PdfiumError as error:
                raise ServiceError(f"Không mở được tệp PDF {path.name}: {error}") from error
            self.sizes = tuple(QSizeF(*self._pdf.get_page_size(index)) for index in range(len(self._pdf)))

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float, rows: tuple[int, int] | None = None) -> QImage:
        """Page ``index`` (0-based) at ``dpi``, white background; a null image once the document is closed.

        ``rows`` = (first, end) renders only those pixel rows of the whole page at
        that resolution, so a page at printer resolution needs a strip's memory,
        not the whole page's.
        """
        scale = dpi / POINTS_PER_INCH
        with _PDFIUM:
            if self._pdf is None:
                return QImage()
            page = self._pdf[index]
            try:
                crop = (0.0, 0.0, 0.0, 0.0)
                if rows is not None:
                    full_height = page_pixels(self.sizes[index].height(), dpi)
                    first, end = rows
                    # PDFium's crop is in points and rounded up to pixels: aim just under each row edge.
                    crop = (0.0, (full_height - end - 0.01) / scale, 0.0, (first - 0.01) / scale)
                target: list[QImage] = []
                bitmap = page.render(scale=scale, crop=crop, prefer_bgrx=True, bitmap_maker=_into(target))
                bitmap.close()
            finally:
                page.close()
        return target[0]

    def close(self) -> None:
        with _PDFIUM:
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def page_pixels(points: float, dpi: float) -> int:
    """How many pixels ``points`` make at ``dpi``, rounded up as pypdfium2 does."""
    return math.ceil(points * (dpi / POINTS_PER_INCH))


def _into(target: list[QImage]) -> Callable[[int, int, int, bool], pypdfium2.PdfBitmap]:
    """A bitmap maker for PDFium whose pixels are a new QImage's own memory (no copy)."""

    def make(width: int, height: int, format: int, rev_byteorder: bool) -> pypdfium2.PdfBitmap:  # noqa: A002
        if format != pdfium_c.FPDFBitmap_BGRx or rev_byteorder:
            raise ValueError(f"unexpected PDFium bitmap format {format}")
        image = QImage(width, height, QImage.Format.Format_RGB32)  # B, G, R, 0xff in memory: PDFium's BGRx
        pixels = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
        target.append(image)
        return pypdfium2.PdfBitmap.new_native(width, height, format, rev_byteorder, buffer=pixels,
                                              stride=image.bytesPerLine())

    return make
