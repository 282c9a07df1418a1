"""Report charts as reportlab drawings (vector graphics in the PDF).

The layout follows the dashboard's QPainter charts: bold title top left, a
legend under it, light grid lines, values above the bars, dashed red target
markers, category names under the axis. Text uses the document font, so
Vietnamese names keep their diacritics; numbers are written the Vietnamese
way ("1.234", "72,4 %").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm

from desktop.reports.charts import (
    TARGET_COLOR,
    BarChart,
    ChartSpec,
    Figure,
    HorizontalBarChart,
    MonthChart,
    ValueUnit,
    format_chart_value,
    series_color,
    value_axis,
)
from desktop.reports.text_metrics import font_name, text_width, wrap

TITLE_SIZE = 10.5
LABEL_SIZE = 8.0
VALUE_SIZE = 7.0
TEXT = HexColor("#1d2b36")
AXIS_TEXT = HexColor("#5b6770")
LEGEND_TEXT = HexColor("#33414b")
GRID = HexColor("#e3e7ea")
BASELINE = HexColor("#9aa5ad")
EMPTY = HexColor("#6b7780")
TARGET = HexColor(TARGET_COLOR)
MAX_LABELLED_POINTS = 16
_At: TypeAlias = Callable[[float], float]
"""From a value to its position along the value axis."""


@dataclass
class _Plot:
    """The normalised content of a chart (vertical or horizontal)."""

    categories: tuple[str, ...]
    series: list[tuple[str, tuple[float, ...], Color]]
    targets: tuple[float | None, ...]
    target_label: str
    percent: bool
    decimals: int
    y_max: float | None
    axis_title: str
    line: bool

    def text(self, value: float, decimals: int | None = None) -> str:
        unit: ValueUnit = "percent" if self.percent else "count"
        return format_chart_value(value, unit, self.decimals if decimals is None else decimals)


def figure_drawing(figure: Figure, width: float, height: float | None = None, title_lines: int = 1) -> Drawing:
    """The figure ``width`` points wide and ``height`` (default ``figure.drawing_height_mm()``) high.

    ``title_lines`` reserves room for that many title lines, so charts side by
    side start their plots at the same height.
    """
    height = figure.drawing_height_mm() * mm if height is None else height
    canvas = _Canvas(width, height)
    top = max(canvas.title(figure.title), title_height(title_lines))
    plot = _plot(figure.chart)
    if figure.is_empty:
        canvas.text(width / 2, (height - top) / 2 + top, figure.empty_text, LABEL_SIZE, EMPTY, "middle")
        return canvas.drawing
    top = canvas.legend(plot, top)
    if isinstance(figure.chart, HorizontalBarChart):
        _horizontal(canvas, plot, top)
    else:
        _vertical(canvas, plot, top)
    return canvas.drawing


def title_lines(title: str, width: float) -> list[str]:
    """The chart title wrapped to ``width`` points, at most two lines."""
    return wrap(title, font_name(bold=True), TITLE_SIZE, width, 2)


def title_height(lines: int) -> float:
    """Room taken by a title of that many lines (as ``_Canvas.title`` stacks them)."""
    return lines * TITLE_SIZE * 1.25 + 3


def _plot(chart: ChartSpec) -> _Plot:
    series = [
        (item.name, item.values, HexColor(series_color(chart, index)))
        for index, item in enumerate(chart.series)
    ]
    percent = chart.unit == "percent"
    if isinstance(chart, BarChart):
        return _Plot(chart.categories, series, chart.targets, chart.target_label, percent,
                     chart.decimals, chart.y_max, chart.y_title, False)
    if isinstance(chart, MonthChart):
        return _Plot(chart.categories, series, (), "", percent, chart.decimals, None,
                     chart.y_title, chart.style == "line")
    return _Plot(chart.categories, series, (), "", percent, chart.decimals, None,
                 chart.x_title, False)


class _Canvas:
    """A drawing addressed from its top edge downwards, as text is laid out."""

    def __init__(self, width: float, height: float) -> None:
        self.drawing = Drawing(width, height)
        # reportlab starts every drawing in Helvetica, which the PDF would then name unembedded.
        self.drawing.initialFontName = font_name()
        self.drawing.initialFontSize = LABEL_SIZE
        self.width = width
        self.height = height

    def y(self, drop: float) -> float:
        return self.height - drop

    def text(self, x: float, drop: float, text: str, size: float, color: Color,
             anchor: str = "start", bold: bool = False, italic: bool = False) -> None:
        """Text whose baseline is ``drop`` points below the top."""
        self.drawing.add(String(x, self.y(drop), text, fontName=font_name(bold, italic),
                                fontSize=size, fillColor=color, textAnchor=anchor))

    def rect(self, x: float, drop_top: float, width: float, height: float, color: Color) -> None:
        self.drawing.add(Rect(x, self.y(drop_top + height), width, height,
                              fillColor=color, strokeColor=None, strokeWidth=0))

    def line(self, x1: float, drop1: float, x2: float, drop2: float, color: Color,
             width: float = 0.6, dashed: bool = False) -> None:
        self.drawing.add(Line(x1, self.y(drop1), x2, self.y(drop2), strokeColor=color,
                              strokeWidth=width, strokeDashArray=[4, 2] if dashed else None))

    def title(self, title: str) -> float:
        """The bold title, wrapped; returns the drop below it."""
        drop = 0.0
        for line in title_lines(title, self.width):
            drop += TITLE_SIZE * 1.25
            self.text(0, drop - TITLE_SIZE * 0.3, line, TITLE_SIZE, TEXT, bold=True)
        return drop + 3

    def legend(self, plot: _Plot, drop: float) -> float:
        """Swatches and names (and the target's dashed line), wrapping; returns the drop below."""
        entries: list[tuple[str, Color, bool]] = [(name, color, False) for name, _, color in plot.series if name]
        if plot.target_label and any(target is not None for target in plot.targets):
            entries.append((plot.target_label, TARGET, True))
        if not entries:
            return drop
        regular = font_name()
        line_height = LABEL_SIZE * 1.45
        x = 0.0
        for name, color, is_target in entries:
            width = text_width(name, regular, LABEL_SIZE) + 24
            if x and x + width > self.width:
                x = 0.0
                drop += line_height
            middle = drop + line_height / 2
            if is_target:
                self.line(x, middle, x + 14, middle, color, 1.5, dashed=True)
            else:
                self.rect(x + 2, middle - 3.5, 10, 7, color)
            self.text(x + 17, middle + LABEL_SIZE * 0.33, name, LABEL_SIZE, LEGEND_TEXT)
            x += width
        return drop + line_height + 2


def _all_values(plot: _Plot) -> list[float]:
    values = [value for _, series, _ in plot.series for value in series]
    return values + [target for target in plot.targets if target is not None]


def _ticks(plot: _Plot) -> tuple[float, list[tuple[float, str]]]:
    top, step = value_axis(_all_values(plot), plot.y_max, whole=plot.decimals == 0)
    decimals = 0 if step >= 1 else 1
    count = int(round(top / step))
    return top, [(step * index, plot.text(step * index, decimals)) for index in range(count + 1)]


def _vertical(canvas: _Canvas, plot: _Plot, drop: float) -> None:
    regular = font_name()
    top_value, ticks = _ticks(plot)
    axis_width = max(text_width(label, regular, LABEL_SIZE) for _, label in ticks) + 6
    if plot.axis_title:
        canvas.text(0, drop + LABEL_SIZE, plot.axis_title, LABEL_SIZE, AXIS_TEXT, italic=True)
        drop += LABEL_SIZE * 1.4
    label_lines = _category_lines(plot, canvas.width - axis_width - 8)
    label_height = max(len(lines) for lines, _ in label_lines) * LABEL_SIZE * 1.2 + 4
    left, right = axis_width + 4, canvas.width - 4
    plot_top = drop + VALUE_SIZE * 1.6
    plot_bottom = canvas.height - label_height
    height = plot_bottom - plot_top

    def at(value: float) -> float:
        return plot_bottom - height * (value / top_value if top_value else 0)

    for value, label in ticks:
        y = at(value)
        canvas.line(left, y, right, y, GRID)
        canvas.text(axis_width, y + LABEL_SIZE * 0.33, label, LABEL_SIZE, AXIS_TEXT, "end")
    canvas.line(left, plot_bottom, right, plot_bottom, BASELINE, 0.8)
    slot = (right - left) / len(plot.categories)
    for index, (lines, every) in enumerate(label_lines):
        if index % every:
            continue
        center = left + slot * (index + 0.5)
        for number, line in enumerate(lines):
            canvas.text(center, plot_bottom + 3 + LABEL_SIZE * (1.2 * number + 0.9), line,
                        LABEL_SIZE, LEGEND_TEXT, "middle")
    if plot.line:
        _lines(canvas, plot, left, slot, at)
    else:
        _bars(canvas, plot, left, slot, at, plot_bottom)
    for index, target in enumerate(plot.targets):
        if target is not None:
            y = at(target)
            canvas.line(left + slot * (index + 0.08), y, left + slot * (index + 0.92), y, TARGET, 1.5, True)


def _category_lines(plot: _Plot, width: float) -> list[tuple[list[str], int]]:
    """Each category's label lines (at most two) and how many slots one label may span."""
    regular = font_name()
    slot = width / len(plot.categories)
    widest = max(text_width(name, regular, LABEL_SIZE) for name in plot.categories)
    every = 1
    while widest / 2 + 6 > slot * every and every < len(plot.categories):
        every += 1
    return [(wrap(name, regular, LABEL_SIZE, slot * every - 4, 2), every) for name in plot.categories]


def _bars(canvas: _Canvas, plot: _Plot, left: float, slot: float, at: _At, bottom: float) -> None:
    groups = len(plot.series)
    inner = slot * 0.72
    width = inner / groups
    regular = font_name()
    has_targets = any(target is not None for target in plot.targets)
    for index in range(len(plot.categories)):
        start = left + slot * index + (slot - inner) / 2
        for number, (_, values, color) in enumerate(plot.series):
            value = values[index]
            x = start + width * number
            top = at(value)
            canvas.rect(x + 0.5, top, max(width - 1, 0.5), bottom - top, color)
            label = plot.text(value)
            if not (value or groups == 1) or text_width(label, regular, VALUE_SIZE) > width + 6:
                continue
            if has_targets and bottom - top > VALUE_SIZE + 5:
                # Inside the bar's top: the dashed target marker sits just above it.
                canvas.text(x + width / 2, top + VALUE_SIZE + 1.5, label, VALUE_SIZE, white, "middle")
            else:
                canvas.text(x + width / 2, top - 2, label, VALUE_SIZE, TEXT, "middle")


def _lines(canvas: _Canvas, plot: _Plot, left: float, slot: float, at: _At) -> None:
    labelled = len(plot.series) == 1 and len(plot.categories) <= MAX_LABELLED_POINTS
    for _, values, color in plot.series:
        points = [(left + slot * (index + 0.5), at(value)) for index, value in enumerate(values)]
        flat: list[float] = []
        for x, drop in points:
            flat += [x, canvas.y(drop)]
        canvas.drawing.add(PolyLine(flat, strokeColor=color, strokeWidth=1.6))
        for (x, drop), value in zip(points, values, strict=True):
            canvas.drawing.add(Circle(x, canvas.y(drop), 2.6, fillColor=color, strokeColor=white, strokeWidth=0.8))
            if labelled:
                canvas.text(x, drop - 4.5, plot.text(value), VALUE_SIZE, TEXT, "middle")


def _horizontal(canvas: _Canvas, plot: _Plot, drop: float) -> None:
    regular = font_name()
    top_value, ticks = _ticks(plot)
    label_width = min(max(text_width(name, regular, LABEL_SIZE) for name in plot.categories) + 6,
                      canvas.width * 0.38)
    widest_value = max(text_width(plot.text(value), regular, VALUE_SIZE) for value in _all_values(plot))
    left = label_width + 4
    right = canvas.width - max(widest_value + 6, text_width(ticks[-1][1], regular, LABEL_SIZE) / 2 + 2)
    bottom_room = LABEL_SIZE * 1.6 + (LABEL_SIZE * 1.4 if plot.axis_title else 0)
    plot_top, plot_bottom = drop + 2, canvas.height - bottom_room
    slot = (plot_bottom - plot_top) / len(plot.categories)

    def at(value: float) -> float:
        return left + (right - left) * (value / top_value if top_value else 0)

    for value, label in ticks:
        x = at(value)
        canvas.line(x, plot_top, x, plot_bottom, GRID)
        canvas.text(x, plot_bottom + LABEL_SIZE * 1.25, label, LABEL_SIZE, AXIS_TEXT, "middle")
    canvas.line(left, plot_top, left, plot_bottom, BASELINE, 0.8)
    if plot.axis_title:
        canvas.text((left + right) / 2, canvas.height - 2, plot.axis_title, LABEL_SIZE, AXIS_TEXT, "middle",
                    italic=True)
    groups = len(plot.series)
    inner = slot * 0.74
    thickness = inner / groups
    for index, name in enumerate(plot.categories):
        row_top = plot_top + slot * index
        label = wrap(name, regular, LABEL_SIZE, label_width - 6, 1)[0]
        canvas.text(label_width, row_top + slot / 2 + LABEL_SIZE * 0.33, label, LABEL_SIZE, LEGEND_TEXT, "end")
        start = row_top + (slot - inner) / 2
        for number, (_, values, color) in enumerate(plot.series):
            value = values[index]
            bar_top = start + thickness * number
            canvas.rect(left, bar_top + 0.4, max(at(value) - left, 0.0), max(thickness - 0.8, 0.5), color)
            size = min(VALUE_SIZE, thickness * 0.95)
            canvas.text(at(value) + 2, bar_top + thickness / 2 + size * 0.33, plot.text(value), size, TEXT)

