"""Report charts as native Excel charts, editable by the office's Excel users.

Each figure's numbers go to a sheet of their own ("Số liệu biểu đồ"), a
small table per figure, and an Excel chart on the report sheet points at
them: changing a number there redraws the chart. Target markers are a line
series without a line, drawn as red dashes over the bars.

XlsxWriter's constant-memory mode streams the data sheet too, so each
figure's table is written top to bottom before the next one; in that mode
XlsxWriter stores no cached values in the chart, and Excel and LibreOffice
read the numbers from the cells when the file opens.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from xlsxwriter.chart import Chart
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from desktop.reports.charts import (
    TARGET_COLOR,
    BarChart,
    ChartSpec,
    Figure,
    HorizontalBarChart,
    MonthChart,
    chart_categories,
    series_color,
)
from desktop.reports.xlsx_styles import NUMBER_FORMAT, PERCENT_FORMAT, CellStyle, Formats

DATA_SHEET = "Số liệu biểu đồ"
FONT = "Times New Roman"
SIDE_GAP_PX = 16
"""Space between two charts of one row, in pixels."""
DEFAULT_ROW_PIXELS = 20
"""Height of a row left at Excel's default 15 points, in pixels."""


@dataclass(frozen=True)
class PlacedChart:
    """A chart ready to insert, and the rows it covers on the report sheet."""

    chart: Chart | None
    title: str
    rows: int
    empty_text: str


class FigureCharts:
    """Writes figures' numbers on the data sheet and builds one Excel chart per figure."""

    def __init__(self, workbook: Workbook, width_px: float, height_scale: float) -> None:
        self._workbook = workbook
        self._sheet: Worksheet = workbook.add_worksheet(DATA_SHEET)
        self._sheet.set_column(0, 0, 28)
        self._sheet.set_column(1, 8, 16)
        self._row = 0
        self._width_px = width_px
        self._height_scale = height_scale
        style = Formats(workbook)
        self._title = style(CellStyle(bold=True, size=12, horizontal="left"))
        self._header = style(CellStyle(bold=True, border=True, horizontal="center", wrap=True))
        self._text = style(CellStyle(border=True, horizontal="left"))
        self._number = style(CellStyle(border=True, horizontal="right", number_format=NUMBER_FORMAT))
        self._percent = style(CellStyle(border=True, horizontal="right", number_format=PERCENT_FORMAT))

    def slot_width(self, per_row: int) -> float:
        """Width in pixels of one chart when ``per_row`` charts share a row."""
        return self._width_px if per_row <= 1 else (self._width_px - SIDE_GAP_PX) / 2 + SIDE_GAP_PX

    def place(self, figure: Figure, per_row: int = 1) -> PlacedChart:
        """Write the figure's table and build its chart (none for an empty figure)."""
        width_px = self._width_px if per_row <= 1 else (self._width_px - SIDE_GAP_PX) / 2
        height_px = figure.drawing_height_mm() * self._height_scale * 96 / 25.4
        rows = math.ceil(height_px / DEFAULT_ROW_PIXELS) + 1
        if figure.is_empty:
            return PlacedChart(None, figure.title, 1, figure.empty_text)
        first, last, columns = self._write_table(figure)
        chart = self._chart(figure, first, last, columns)
        chart.set_size({"width": round(width_px), "height": round(height_px)})
        return PlacedChart(chart, figure.title, rows, figure.empty_text)

    def _write_table(self, figure: Figure) -> tuple[int, int, dict[str, int]]:
        """Title, header and one row per category; returns the first and last data rows and columns."""
        spec = figure.chart
        sheet, row = self._sheet, self._row
        sheet.write_string(row, 0, figure.title, self._title)
        headers = [spec.category_title] + [item.name or "Giá trị" for item in spec.series]
        columns = {f"series{index}": index + 1 for index in range(len(spec.series))}
        targets = _targets(spec)
        if targets:
            columns["target"] = len(headers)
            headers.append(spec.target_label if isinstance(spec, BarChart) else "Chỉ tiêu")
        for column, header in enumerate(headers):
            sheet.write_string(row + 1, column, header, self._header)
        percent = spec.unit == "percent"
        cell_format = self._percent if percent else self._number
        first = row + 2
        for index, category in enumerate(chart_categories(spec)):
            line = first + index
            sheet.write_string(line, 0, category, self._text)
            values = [item.values[index] for item in spec.series]
            if targets:
                values.append(targets[index])  # type: ignore[arg-type]
            for column, value in enumerate(values, start=1):
                if value is None:
                    sheet.write_blank(line, column, None, cell_format)
                else:
                    sheet.write_number(line, column, value / 100 if percent else value, cell_format)
        last = first + len(chart_categories(spec)) - 1
        self._row = last + 2
        return first, last, columns

    def _chart(self, figure: Figure, first: int, last: int, columns: dict[str, int]) -> Chart:
        spec = figure.chart
        kind = _chart_type(spec)
        chart = self._workbook.add_chart({"type": kind})
        assert chart is not None  # a known chart type
        name = DATA_SHEET
        percent = spec.unit == "percent"
        number_format = "[$-42A]0%" if percent else NUMBER_FORMAT
        label_format = PERCENT_FORMAT if percent else NUMBER_FORMAT
        for index in range(len(spec.series)):
            column = columns[f"series{index}"]
            color = series_color(spec, index)
            series: dict[str, Any] = {
                "name": [name, first - 1, column],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, column, last, column],
                "data_labels": {"value": True, "num_format": label_format,
                                "font": {"name": FONT, "size": 8}},
            }
            if kind == "line":
                series["line"] = {"color": color, "width": 2}
                series["marker"] = {"type": "circle", "size": 5, "fill": {"color": color},
                                    "border": {"color": "#ffffff"}}
                series["data_labels"]["position"] = "above"
            else:
                series["fill"] = {"color": color}
                series["border"] = {"none": True}
                series["gap"] = 40
            chart.add_series(series)
        if "target" in columns:
            chart.combine(self._target_line(figure, first, last, columns["target"]))
        chart.set_title({"name": figure.title, "name_font": {"name": FONT, "size": 12, "bold": True}})
        chart.set_legend({"position": "bottom", "font": {"name": FONT, "size": 9}})
        category_axis: dict[str, Any] = {"num_font": {"name": FONT, "size": 9}}
        value_axis: dict[str, Any] = {
            "num_format": number_format,
            "num_font": {"name": FONT, "size": 9},
            "major_gridlines": {"visible": True, "line": {"color": "#e3e7ea"}},
            "min": 0,
        }
        axis_title = spec.x_title if isinstance(spec, HorizontalBarChart) else spec.y_title
        if axis_title:
            value_axis["name"] = axis_title
            value_axis["name_font"] = {"name": FONT, "size": 9, "italic": True, "bold": False}
        if isinstance(spec, BarChart) and spec.y_max is not None:
            value_axis["max"] = spec.y_max / 100 if percent else spec.y_max
        if kind == "bar":
            category_axis["reverse"] = True  # the first category on top, as in the PDF
            chart.set_x_axis(value_axis)
            chart.set_y_axis(category_axis)
        else:
            chart.set_x_axis(category_axis)
            chart.set_y_axis(value_axis)
        chart.set_chartarea({"border": {"none": True}})
        return chart

    def _target_line(self, figure: Figure, first: int, last: int, column: int) -> Chart:
        line = self._workbook.add_chart({"type": "line"})
        assert line is not None
        line.add_series({
            "name": [DATA_SHEET, first - 1, column],
            "categories": [DATA_SHEET, first, 0, last, 0],
            "values": [DATA_SHEET, first, column, last, column],
            "line": {"none": True},
            "marker": {"type": "dash", "size": 14, "fill": {"color": TARGET_COLOR},
                       "border": {"color": TARGET_COLOR}},
        })
        return line


def _chart_type(spec: ChartSpec) -> str:
    if isinstance(spec, HorizontalBarChart):
        return "bar"
    if isinstance(spec, MonthChart) and spec.style == "line":
        return "line"
    return "column"


def _targets(spec: ChartSpec) -> tuple[float | None, ...]:
    """Per-category targets when the chart has at least one."""
    if isinstance(spec, BarChart) and any(target is not None for target in spec.targets):
        return spec.targets
    return ()
