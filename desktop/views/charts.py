"""Small bar and line charts drawn with QPainter (QtCharts is not shipped with the application).

A chart is a plain :class:`ChartSpec`; :func:`paint_chart` draws it on any
painter, so the same drawing goes to the screen (:class:`ChartWidget`), to a
PNG file (the "Lưu ảnh" button) and to PNG bytes without a window
(:func:`chart_png`, for reports). A click on a bar or a point emits
:class:`ChartClick` with the keys the caller attached, e.g. a commune code
and a month, so the page can open the list behind the figure.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from desktop.domain.chart_scale import nice_step
from desktop.domain.formatting import format_decimal
from desktop.output_files import write_bytes
from desktop.services.errors import ServiceError
from desktop.views import dialogs

PALETTE = ("#2f6f9f", "#e08a2e", "#4c9a5b", "#b5485d", "#7a5ea8", "#8c8c8c")
TARGET_COLOR = "#c0392b"
YOf = Callable[[float], float]


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category."""

    name: str
    values: Sequence[float]
    color: str = ""
    key: object = None


@dataclass(frozen=True)
class ChartSpec:
    """What to draw: categories along the bottom, one or more series, optional per-category targets."""

    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    kind: str = "bar"  # "bar" or "line"
    keys: Sequence[object] = ()  # what each category stands for (commune code, month ...)
    targets: Sequence[float | None] = ()
    target_label: str = ""
    value_suffix: str = ""  # "%" for rates
    decimals: int = 0
    y_max: float | None = None
    empty_text: str = ""


@dataclass(frozen=True)
class ChartClick:
    """A clicked bar or point: the category's key, the series' key, and the value shown."""

    chart: str
    category: object
    series: object
    value: float
    category_index: int
    series_index: int


@dataclass
class _Hit:
    rect: QRectF
    category: int
    series: int


@dataclass
class _Layout:
    hits: list[_Hit] = field(default_factory=list)


def format_value(value: float, decimals: int = 0, suffix: str = "") -> str:
    """Vietnamese number: "1.234", "95,5%"."""
    return format_decimal(value, decimals) + suffix


def _color(spec: ChartSpec, index: int) -> QColor:
    chosen = spec.series[index].color or PALETTE[index % len(PALETTE)]
    return QColor(chosen)


def paint_chart(painter: QPainter, rect: QRectF, spec: ChartSpec, hover: tuple[int, int] | None = None) -> _Layout:
    """Draw ``spec`` inside ``rect``; returns the clickable areas."""
    layout = _Layout()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor("#ffffff"))
    base = QFont(painter.font())
    base.setPointSizeF(9)
    title_font = QFont(base)
    title_font.setBold(True)
    title_font.setPointSizeF(10.5)
    painter.setFont(title_font)
    title_metrics = QFontMetricsF(title_font)
    top = rect.top() + 8
    painter.setPen(QColor("#1d2b36"))
    painter.drawText(QRectF(rect.left() + 10, top, rect.width() - 20, title_metrics.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     title_metrics.elidedText(spec.title, Qt.TextElideMode.ElideRight, rect.width() - 20))
    top += title_metrics.height() + 4
    painter.setFont(base)
    metrics = QFontMetricsF(base)
    top = _legend(painter, spec, metrics, rect, top)
    values = [v for s in spec.series for v in s.values]
    targets = [t for t in spec.targets if t is not None]
    if not spec.categories or not values:
        painter.setPen(QColor("#6b7780"))
        painter.drawText(QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                         Qt.AlignmentFlag.AlignCenter, spec.empty_text)
        painter.restore()
        return layout
    top_value = spec.y_max or max([*values, *targets, 0.0])
    step = nice_step(top_value, whole=spec.decimals == 0)
    top_value = max(step, math.ceil(top_value / step) * step)
    labels = [format_value(step * i, 0 if step >= 1 else 1, spec.value_suffix)
              for i in range(int(round(top_value / step)) + 1)]
    axis_width = max(metrics.horizontalAdvance(label) for label in labels) + 10
    top += metrics.height() / 2 + 4  # room for the top axis label
    plot = QRectF(rect.left() + axis_width + 6, top + 6, rect.width() - axis_width - 18,
                  rect.bottom() - top - metrics.height() * 2 - 14)
    if plot.height() < 20 or plot.width() < 20:
        painter.restore()
        return layout

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value / top_value if top_value else 0)

    painter.setPen(QPen(QColor("#e3e7ea"), 1))
    for index, label in enumerate(labels):
        y = y_of(step * index)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#5b6770"))
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axis_width, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor("#e3e7ea"), 1))
    painter.setPen(QPen(QColor("#9aa5ad"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    count = len(spec.categories)
    slot = plot.width() / count
    _category_labels(painter, spec, metrics, plot, slot)
    if spec.kind == "line":
        _lines(painter, spec, plot, slot, y_of, layout, hover, metrics)
    else:
        _bars(painter, spec, plot, slot, y_of, layout, hover, metrics)
    _targets(painter, spec, plot, slot, y_of)
    painter.restore()
    return layout


def _legend(painter: QPainter, spec: ChartSpec, metrics: QFontMetricsF, rect: QRectF, top: float) -> float:
    entries = [(s.name, _color(spec, i), False) for i, s in enumerate(spec.series) if s.name]
    if spec.target_label and any(t is not None for t in spec.targets):
        entries.append((spec.target_label, QColor(TARGET_COLOR), True))
    if not entries:
        return top
    x = rect.left() + 12
    for name, color, is_target in entries:
        width = metrics.horizontalAdvance(name) + 26
        if x + width > rect.right() - 8 and x > rect.left() + 12:
            x = rect.left() + 12
            top += metrics.height() + 2
        middle = top + metrics.height() / 2
        if is_target:
            painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, middle), QPointF(x + 14, middle))
        else:
            painter.fillRect(QRectF(x, middle - 5, 12, 10), color)
        painter.setPen(QColor("#33414b"))
        painter.drawText(QPointF(x + 18, middle + metrics.ascent() / 2 - 1), name)
        x += width
    return top + metrics.height() + 2


def _category_labels(painter: QPainter, spec: ChartSpec, metrics: QFontMetricsF, plot: QRectF, slot: float) -> None:
    painter.setPen(QColor("#33414b"))
    widest = max(metrics.horizontalAdvance(c) for c in spec.categories)
    every = max(1, math.ceil((widest + 6) / slot)) if slot > 0 else 1
    for index, name in enumerate(spec.categories):
        if index % every:
            continue
        box = QRectF(plot.left() + slot * index - slot * (every - 1) / 2, plot.bottom() + 4,
                     slot * every, metrics.height() * 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, box.width() * 2 - 4))


def _label_value(painter: QPainter, spec: ChartSpec, metrics: QFontMetricsF, x: float, width: float, y: float,
                 value: float) -> None:
    text = format_value(value, spec.decimals, spec.value_suffix)
    if metrics.horizontalAdvance(text) > width + 10:
        return
    painter.setPen(QColor("#1d2b36"))
    painter.drawText(QRectF(x - 20, y - metrics.height() - 1, width + 40, metrics.height()),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)


def _bars(painter: QPainter, spec: ChartSpec, plot: QRectF, slot: float, y_of: YOf, layout: _Layout,
          hover: tuple[int, int] | None, metrics: QFontMetricsF) -> None:
    groups = len(spec.series)
    inner = slot * 0.72
    width = inner / groups
    for c in range(len(spec.categories)):
        left = plot.left() + slot * c + (slot - inner) / 2
        for s, series in enumerate(spec.series):
            value = series.values[c] if c < len(series.values) else 0
            x = left + width * s
            top = y_of(value)
            bar = QRectF(x + 1, top, max(width - 2, 1), plot.bottom() - top)
            color = _color(spec, s)
            if hover == (c, s):
                color = color.darker(125)
            painter.fillRect(bar, QBrush(color))
            layout.hits.append(_Hit(QRectF(x, plot.top(), width, plot.height()), c, s))
            if value or groups == 1:
                _label_value(painter, spec, metrics, x, width, top, value)


def _lines(painter: QPainter, spec: ChartSpec, plot: QRectF, slot: float, y_of: YOf, layout: _Layout,
           hover: tuple[int, int] | None, metrics: QFontMetricsF) -> None:
    many = len(spec.categories) > 16
    for s, series in enumerate(spec.series):
        color = _color(spec, s)
        points = [QPointF(plot.left() + slot * (c + 0.5), y_of(v)) for c, v in enumerate(series.values)]
        painter.setPen(QPen(color, 2))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        for c, point in enumerate(points):
            radius = 5.0 if hover == (c, s) else 3.5
            painter.setBrush(QBrush(color))
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.drawEllipse(point, radius, radius)
            layout.hits.append(_Hit(QRectF(point.x() - slot / 2, plot.top(), slot, plot.height()), c, s))
            if not many and len(spec.series) == 1:
                _label_value(painter, spec, metrics, point.x() - slot / 2, slot, point.y() - 4, series.values[c])
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _targets(painter: QPainter, spec: ChartSpec, plot: QRectF, slot: float, y_of: YOf) -> None:
    painter.setPen(QPen(QColor(TARGET_COLOR), 2, Qt.PenStyle.DashLine))
    for c, target in enumerate(spec.targets):
        if target is None or c >= len(spec.categories):
            continue
        y = y_of(target)
        painter.drawLine(QPointF(plot.left() + slot * c + slot * 0.08, y), QPointF(plot.left() + slot * (c + 1) - slot * 0.08, y))


def chart_image(spec: ChartSpec, width: int = 800, height: int = 400, scale: float = 2.0) -> QImage:
    """The chart rendered off screen (``scale`` 2 gives a sharp image in print)."""
    _ensure_gui()
    image = QImage(QSize(round(width * scale), round(height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), spec)
    finally:
        painter.end()
    return image


def image_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide wants str
    buffer.close()
    return bytes(data.data())


def chart_png(spec: ChartSpec, width: int = 800, height: int = 400, scale: float = 2.0) -> bytes:
    """PNG bytes of the chart, without any window (for reports to embed)."""
    return image_png(chart_image(spec, width, height, scale))


def _ensure_gui() -> None:
    """Text drawing needs a QGuiApplication; a headless caller (a report run from the CLI) may have none."""
    if QGuiApplication.instance() is None:
        _ensure_gui.app = QGuiApplication([])  # type: ignore[attr-defined]


class ChartWidget(QWidget):
    """A chart on screen: hover highlights, a click emits what the bar stands for."""

    clicked = Signal(object)  # ChartClick

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._spec = ChartSpec("", [], [])
        self._layout = _Layout()
        self._layout_for: tuple[int, int, int] | None = None  # (spec serial, width, height) the hits belong to
        self._serial = 0
        self._hover: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def spec(self) -> ChartSpec:
        return self._spec

    def set_spec(self, spec: ChartSpec) -> None:
        self._spec = spec
        self._serial += 1
        self._hover = None
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._layout = paint_chart(painter, QRectF(self.rect()), self._spec, self._hover)
            self._layout_for = (self._serial, self.width(), self.height())
        finally:
            painter.end()

    def _hits(self) -> list[_Hit]:
        """The clickable areas for the current spec and size (laid out off screen if not painted yet)."""
        if self._layout_for != (self._serial, self.width(), self.height()):
            scratch = QImage(max(self.width(), 1), max(self.height(), 1), QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(scratch)
            painter.setFont(self.font())
            try:
                self._layout = paint_chart(painter, QRectF(self.rect()), self._spec)
                self._layout_for = (self._serial, self.width(), self.height())
            finally:
                painter.end()
        return self._layout.hits

    def hit_at(self, point: QPointF) -> tuple[int, int] | None:
        for hit in self._hits():
            if hit.rect.contains(point):
                return hit.category, hit.series
        return None

    def hit_center(self, category: int, series: int = 0) -> QPointF | None:
        """Where the bar of (category, series) is, for tests and keyboard users."""
        for hit in self._hits():
            if (hit.category, hit.series) == (category, series):
                return hit.rect.center()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.hit_at(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()
        if hit is not None:
            c, s = hit
            series = self._spec.series[s]
            text = f"{self._spec.categories[c]} — {series.name}: " if series.name else f"{self._spec.categories[c]}: "
            QToolTip.showText(event.globalPosition().toPoint(),
                              text + format_value(series.values[c], self._spec.decimals, self._spec.value_suffix), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.hit_at(event.position())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            return
        c, s = hit
        series = self._spec.series[s]
        key = self._spec.keys[c] if c < len(self._spec.keys) else self._spec.categories[c]
        self.clicked.emit(ChartClick(self.objectName(), key, series.key if series.key is not None else series.name,
                                     float(series.values[c]), c, s))

    def to_image(self) -> QImage:
        return self.grab().toImage()

    def save_png(self, path: str) -> None:
        """Write the chart as shown, at twice the screen resolution (privately, whole or not at all)."""
        write_bytes(path, image_png(chart_image(self._spec, max(self.width(), 320), max(self.height(), 220))))


class ChartPanel(QWidget):
    """A chart with its "Lưu ảnh" (save as PNG) button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartWidget(name)
        self.save_button = QPushButton(self.tr("Lưu ảnh…"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setToolTip(self.tr("Lưu biểu đồ thành tệp ảnh PNG"))
        self.save_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)

    def export(self) -> None:
        suggested = f"{self.chart.objectName()}.png"
        path = dialogs.ask_save_path(self, self.tr("Lưu biểu đồ"), suggested, self.tr("Ảnh PNG (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.chart.save_png(path)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Lưu biểu đồ"), error.message)
        except OSError:
            dialogs.show_error(self, self.tr("Lưu biểu đồ"), self.tr("Không ghi được tệp ảnh. Hãy chọn thư mục khác."))
