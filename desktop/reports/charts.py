"""Charts in reports, as plain data: what to draw, independent of the output format.

A service puts ``Figure``s in a report definition; the PDF renderer draws
them with reportlab (``chart_drawing``) and the Excel writer turns the same
numbers into native, editable Excel charts (``xlsx_charts``). The colours are
those of the Tổng quan page, so a printed chart looks like the one on screen.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from desktop.domain.chart_scale import nice_step
from desktop.domain.formatting import format_decimal

PALETTE = ("#2f6f9f", "#e08a2e", "#4c9a5b", "#b5485d", "#7a5ea8", "#8c8c8c")
"""Series colours of the dashboard charts (desktop/views/charts.py)."""
TARGET_COLOR = "#c0392b"
PLAN_COLOR = "#b9c6cf"
"""The grey of "Kế hoạch" / "Chỉ tiêu" bars next to what was achieved."""

ValueUnit: TypeAlias = Literal["count", "percent"]
"""Counts of people or rates in percent units (72.4 means 72,4 %)."""
FigurePosition: TypeAlias = Literal["before", "after"]
FigureSpan: TypeAlias = Literal["full", "half"]
"""A half-width figure shares its row with the next half-width one, as on the dashboard."""

DEFAULT_HEIGHT_MM = 72.0
EMPTY_TEXT = "Chưa có số liệu."


@dataclass(frozen=True)
class ChartSeries:
    """One named row of values, one per category; no colour means the palette's."""

    name: str
    values: tuple[float, ...]
    color: str = ""


@dataclass(frozen=True)
class BarChart:
    """Vertical bars grouped by category, with an optional target marker over each group."""

    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    targets: tuple[float | None, ...] = ()
    target_label: str = "Chỉ tiêu"
    unit: ValueUnit = "count"
    decimals: int = 0
    y_max: float | None = None
    y_title: str = ""
    category_title: str = "Xã, phường"
    """Header of the categories' column on the Excel data sheet."""


@dataclass(frozen=True)
class MonthChart:
    """Values by month (oldest first), as a line or as bars."""

    months: tuple[dt.date, ...]
    series: tuple[ChartSeries, ...]
    style: Literal["line", "bar"] = "line"
    unit: ValueUnit = "count"
    decimals: int = 0
    y_title: str = ""
    category_title: str = "Tháng"

    @property
    def categories(self) -> tuple[str, ...]:
        """"12/2025", "01/2026" ..."""
        return tuple(f"{month.month:02d}/{month.year}" for month in self.months)


@dataclass(frozen=True)
class HorizontalBarChart:
    """Bars across the page, one row per category: long names (agents, communes) stay readable."""

    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    unit: ValueUnit = "count"
    decimals: int = 0
    x_title: str = ""
    category_title: str = "Xã, phường"


ChartSpec: TypeAlias = BarChart | MonthChart | HorizontalBarChart


@dataclass(frozen=True)
class Figure:
    """A titled chart placed before or after the report's table.

    ``height_mm`` is the drawing's height on paper; horizontal bar charts
    grow with their number of rows when it is not given. Two neighbouring
    ``span="half"`` figures stand side by side.
    """

    title: str
    chart: ChartSpec
    position: FigurePosition = "after"
    height_mm: float | None = None
    empty_text: str = EMPTY_TEXT
    span: FigureSpan = "full"

    def __post_init__(self) -> None:
        categories = chart_categories(self.chart)
        for series in self.chart.series:
            if len(series.values) != len(categories):
                raise ValueError(
                    f"Biểu đồ “{self.title}”: dãy “{series.name}” có {len(series.values)} giá trị "
                    f"cho {len(categories)} mục."
                )
        chart = self.chart
        if isinstance(chart, BarChart) and chart.targets and len(chart.targets) != len(categories):
            raise ValueError(f"Biểu đồ “{self.title}”: số chỉ tiêu khác số mục.")

    @property
    def is_empty(self) -> bool:
        """Nothing to draw: no category, or no value at all."""
        return not chart_categories(self.chart) or not any(
            series.values for series in self.chart.series
        )

    def drawing_height_mm(self) -> float:
        """Height on paper: as given, else a default for the kind of chart."""
        if self.height_mm is not None:
            return self.height_mm
        chart = self.chart
        if isinstance(chart, HorizontalBarChart) and not self.is_empty:
            per_row_mm = max(4.5, 2.2 * len(chart.series) + 1.6)
            legend_mm = 6.0 if any(series.name for series in chart.series) else 0.0
            return 26.0 + legend_mm + per_row_mm * len(chart.categories)
        return DEFAULT_HEIGHT_MM


def chart_categories(chart: ChartSpec) -> tuple[str, ...]:
    """The labels along the category axis."""
    return chart.categories


def series_color(chart: ChartSpec, index: int) -> str:
    """The series' own colour, else the dashboard palette's."""
    return chart.series[index].color or PALETTE[index % len(PALETTE)]


def format_chart_value(value: float, unit: ValueUnit = "count", decimals: int = 0) -> str:
    """Vietnamese number: "1.234", "72,4 %" (dot thousands, comma decimals)."""
    text = format_decimal(value, decimals)
    return f"{text} %" if unit == "percent" else text


def value_axis(values: Sequence[float], y_max: float | None, whole: bool) -> tuple[float, float]:
    """(top, step) of the value axis: a round top at or above every value."""
    top = max([y_max or 0.0, *values, 0.0])
    step = nice_step(top, whole=whole)
    return max(step, math.ceil(top / step - 1e-9) * step), step


def figure_rows(figures: Sequence[Figure]) -> list[tuple[Figure, ...]]:
    """Figures grouped into rows across the page: a full one alone, half ones in pairs."""
    rows: list[tuple[Figure, ...]] = []
    for figure in figures:
        if figure.span == "half" and rows and len(rows[-1]) == 1 and rows[-1][0].span == "half":
            rows[-1] = (rows[-1][0], figure)
        else:
            rows.append((figure,))
    return rows
