"""A PDF's pages on screen, one under the other, each rendered when it scrolls into view.

Opening and rendering run off the UI thread, one page at a time, always the
page the person is looking at next; a page not drawn yet shows as a blank
sheet with its number, so scrolling through thousands of pages never waits.
Only the pages near the view are kept in memory. Reusable wherever the
application shows a PDF: ``PdfPreview`` (with a zoom bar) or ``PdfView``, each
with ``show_pdf(path)`` and ``clear()``.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.background import Background
from desktop.views.pdf_document import POINTS_PER_INCH, PdfDocument

MARGIN = 16
SPACING = 12
KEPT_PAGES = 12
"""Rendered pages kept in memory (about 3 MB each at a typical width)."""
ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)


@dataclass(frozen=True)
class _Rendered:
    document: PdfDocument
    index: int
    dpi: float
    image: QImage | None
    """None: skipped, the page had left the view before its turn came."""


class PdfView(QAbstractScrollArea):
    """The pages of one PDF, fitted to the width (Ctrl+wheel, Ctrl++ and Ctrl+- zoom)."""

    opened = Signal(int)
    """The document is open; its page count."""
    failed = Signal(str)
    """The document could not be opened or a page not drawn; the message to show."""
    page_rendered = Signal(int)
    """A page's picture (0-based index) arrived and is on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)  # PDFium renders one page at a time anyway; other work keeps the shared pool
        self._background = Background(self, pool)
        self._document: PdfDocument | None = None
        self._holder = _DocumentHolder()
        self._opening: Path | None = None
        self._tops: list[float] = []
        self._scale = 1.0
        """Screen pixels per PDF point."""
        self._zoom = 1.0
        self._images: dict[int, tuple[float, QImage]] = {}
        self._rendering = False
        self._wanted: frozenset[int] = frozenset()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width jitter as it comes and goes
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.destroyed.connect(self._holder.close)

    # --- what the callers use --------------------------------------------------
    def show_pdf(self, path: Path) -> None:
        """Open ``path`` in the background and show its first page first."""
        self.clear()
        self._opening = path
        self._background.run(lambda: PdfDocument(path), lambda document: self._opened(path, document),
                             lambda error: self._open_failed(path, error))
        self.viewport().update()

    def clear(self) -> None:
        """Show nothing; the open document is closed."""
        document, self._document, self._opening = self._document, None, None
        self._holder.document = None
        if document is not None:
            self._background.run(document.close, lambda _none: None)
        self._images.clear()
        self._tops = []
        self._wanted = frozenset()
        self._layout()
        self.viewport().update()

    def page_count(self) -> int:
        return self._document.page_count if self._document is not None else 0

    def current_page(self) -> int:
        """The page at the top of the view (0-based); in the gap between two pages, the one below."""
        return max(0, bisect.bisect_right(self._tops, self.verticalScrollBar().value() + MARGIN) - 1)

    def scroll_to_page(self, index: int) -> None:
        """Show page ``index`` (0-based) at the top, below the margin."""
        if 0 <= index < len(self._tops):
            self.verticalScrollBar().setValue(math.ceil(self._tops[index]) - MARGIN)

    def page_width_on_screen(self) -> float:
        """The widest page's width in screen pixels at the current zoom."""
        if self._document is None:
            return 0.0
        return max(size.width() for size in self._document.sizes) * self._scale

    def has_picture(self, index: int) -> bool:
        """Whether page ``index`` is drawn from its picture at the current size (not a blank sheet)."""
        entry = self._images.get(index)
        return entry is not None and entry[0] == self._dpi()

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_zoom(1.0)

    def wait_idle(self) -> None:
        """Let a running open or render finish (tests)."""
        self._background.wait()

    # --- opening -----------------------------------------------------------------
    def _opened(self, path: Path, document: PdfDocument) -> None:
        if path != self._opening:  # another PDF was asked for meanwhile
            self._background.run(document.close, lambda _none: None)
            return
        self._opening = None
        self._document = document
        self._holder.document = document
        self.verticalScrollBar().setValue(0)
        self._layout()
        self.viewport().update()
        self.opened.emit(document.page_count)
        self._render_next()

    def _open_failed(self, path: Path, error: BaseException) -> None:
        if path == self._opening:
            self._opening = None
            self.viewport().update()
            self.failed.emit(str(error))

    # --- geometry ------------------------------------------------------------------
    def _set_zoom(self, zoom: float) -> None:
        low, high = ZOOM_LIMITS
        self._zoom = min(high, max(low, zoom))
        self._relayout_keeping_place()

    def _dpi(self) -> float:
        return self._scale * POINTS_PER_INCH * self.devicePixelRatioF()

    def _layout(self) -> None:
        """Page tops for the current width and zoom; the scroll bars' ranges."""
        document = self._document
        if document is None or not document.sizes:
            self._tops = []
            self.verticalScrollBar().setRange(0, 0)
            self.horizontalScrollBar().setRange(0, 0)
            return
        widest = max(size.width() for size in document.sizes)
        available = max(100, self.viewport().width() - 2 * MARGIN)
        fitted = min(available / widest, self.logicalDpiX() / POINTS_PER_INCH)  # never larger than life by default
        self._scale = fitted * self._zoom
        tops, y = [], float(MARGIN)
        for size in document.sizes:
            tops.append(y)
            y += size.height() * self._scale + SPACING
        self._tops = tops
        total_height = y - SPACING + MARGIN
        viewport = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, int(total_height) - viewport.height()))
        self.verticalScrollBar().setPageStep(viewport.height())
        self.horizontalScrollBar().setRange(0, max(0, int(widest * self._scale) + 2 * MARGIN - viewport.width()))
        self.horizontalScrollBar().setPageStep(viewport.width())

    def _relayout_keeping_place(self) -> None:
        """Lay out again (new width or zoom) with the same part of the same page at the top."""
        page = self.current_page()
        above = self.verticalScrollBar().value() - self._tops[page] if self._tops else 0.0
        inside = above / self._scale if above > 0 else None  # points into the page; else pixels of margin
        self._layout()
        if self._tops:
            self.verticalScrollBar().setValue(math.ceil(self._tops[page] + (above if inside is None
                                                                            else inside * self._scale)))
        self.viewport().update()
        self._render_next()

    def page_rect(self, index: int) -> QRectF:
        """Where page ``index`` is drawn, in the viewport's coordinates."""
        assert self._document is not None
        size = self._document.sizes[index] * self._scale
        left = max(float(MARGIN), (self.viewport().width() - size.width()) / 2)
        return QRectF(QPointF(left - self.horizontalScrollBar().value(),
                              self._tops[index] - self.verticalScrollBar().value()), size)

    def _visible(self) -> range:
        if not self._tops:
            return range(0)
        top = self.verticalScrollBar().value()
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = max(first, bisect.bisect_right(self._tops, top + self.viewport().height()) - 1)
        return range(first, min(last + 1, len(self._tops)))

    # --- rendering -----------------------------------------------------------------
    def _render_next(self) -> None:
        """Render the first visible page without a picture at this size, then the next page below."""
        visible = self._visible()
        wanted = [*visible, *(index for index in (visible.stop,) if index < len(self._tops))]
        self._wanted = frozenset(wanted)
        if self._rendering or self._document is None:
            return
        dpi = self._dpi()
        missing = next((index for index in wanted if not self.has_picture(index)), None)
        if missing is None:
            return
        self._rendering = True
        document, wanted_now = self._document, self._is_wanted

        def work() -> _Rendered:
            if not wanted_now(missing):
                return _Rendered(document, missing, dpi, None)
            return _Rendered(document, missing, dpi, document.render(missing, dpi))

        self._background.run(work, self._rendered, self._render_failed)

    def _is_wanted(self, index: int) -> bool:
        """Read from the rendering thread: whether the page is still in view (a frozenset swapped whole)."""
        return index in self._wanted

    def _rendered(self, result: _Rendered) -> None:
        self._rendering = False
        if result.document is self._document and result.image is not None and not result.image.isNull():
            result.image.setDevicePixelRatio(self.devicePixelRatioF())
            self._images[result.index] = (result.dpi, result.image)
            self._forget_far_pages()
            self.viewport().update()
            self.page_rendered.emit(result.index)
        self._render_next()

    def _render_failed(self, error: BaseException) -> None:
        self._rendering = False
        self.failed.emit(str(error))

    def _forget_far_pages(self) -> None:
        if len(self._images) <= KEPT_PAGES:
            return
        middle = self.current_page()
        for index in sorted(self._images, key=lambda page: abs(page - middle))[KEPT_PAGES:]:
            del self._images[index]

    # --- Qt events -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.palette().mid())
        if self._opening is not None:
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Đang mở tệp PDF…"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in self._visible():
            rect = self.page_rect(index)
            painter.fillRect(rect, Qt.GlobalColor.white)
            entry = self._images.get(index)
            if entry is not None:
                painter.drawImage(rect, entry[1])
            else:
                painter.setPen(QColor(150, 150, 150))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                 self.tr("Trang {n}").replace("{n}", str(index + 1)))
            painter.setPen(QColor(120, 120, 120))
            painter.drawRect(rect)
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        self.viewport().update()
        self._render_next()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._relayout_keeping_place()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif event.key() == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 500)


class _DocumentHolder:
    """The open document, closed when the widget is destroyed (PDFium's finalizers must not do it
    in whichever thread collects the object)."""

    def __init__(self) -> None:
        self.document: PdfDocument | None = None

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None


class PdfPreview(QWidget):
    """A :class:`PdfView` under a small bar: the page shown, zoom out, zoom in, fit to width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PdfView()
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for text, tip, action in ((self.tr("Thu nhỏ"), self.tr("Thu nhỏ trang (Ctrl+-)"), self.view.zoom_out),
                                  (self.tr("Phóng to"), self.tr("Phóng to trang (Ctrl++)"), self.view.zoom_in),
                                  (self.tr("Vừa chiều rộng"), self.tr("Trang vừa chiều rộng khung xem"),
                                   self.view.fit_width)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.opened.connect(lambda _count: self._show_page())
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._show_page())

    def show_pdf(self, path: Path) -> None:
        self.view.show_pdf(path)
        self._show_page()

    def clear(self) -> None:
        self.view.clear()
        self._show_page()

    def _show_page(self) -> None:
        count = self.view.page_count()
        self.page_label.setText(
            self.tr("Trang {page} / {count}").replace("{page}", str(self.view.current_page() + 1))
            .replace("{count}", str(count)) if count else "")
