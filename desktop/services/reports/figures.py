"""The charts the office's reports share with the Tổng quan page, built from plain figures.

The coverage report (R3) and the overview report (R8) draw the same
"coverage against target" and "VSI against plan" charts from their own
numbers; titles, colours and units live here once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.formatting import format_date
from desktop.reports.charts import (
    PLAN_COLOR,
    BarChart,
    ChartSeries,
    Figure,
    FigurePosition,
    FigureSpan,
    HorizontalBarChart,
    MonthChart,
)

NEW_COLOR = "#4c9a5b"
EXPIRING_COLOR = "#e08a2e"
ATTENDEES_COLOR = "#7a5ea8"
ENROLLED_COLOR = "#4c9a5b"
PEOPLE = "Người"


def short_commune(name: str) -> str:
    """"Xã Ea Kiết" -> "Ea Kiết": the chart's axis has little room."""
    for prefix in ("Xã ", "Phường ", "Thị trấn "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def coverage_figure(names: Sequence[str], rates: Sequence[float], targets: Sequence[float | None],
                    year: int, position: FigurePosition = "after", span: FigureSpan = "full") -> Figure:
    """HI coverage (%) per commune, the year's target as a dashed marker."""
    return Figure(
        f"Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm {year}",
        BarChart(tuple(short_commune(n) for n in names), (ChartSeries("Tỷ lệ bao phủ", tuple(rates)),),
                 targets=tuple(targets), target_label="Chỉ tiêu", unit="percent", decimals=1, y_max=100,
                 y_title="Tỷ lệ (%)"),
        position,
        span=span,
    )


def vsi_figure(names: Sequence[str], participants: Sequence[int], plans: Sequence[int | None],
               position: FigurePosition = "after", span: FigureSpan = "full") -> Figure:
    """VSI participants per commune beside the plan (when any commune has one)."""
    series = [ChartSeries("Đang tham gia", tuple(float(p) for p in participants))]
    if any(plan is not None for plan in plans):
        series.append(ChartSeries("Kế hoạch", tuple(float(plan or 0) for plan in plans), PLAN_COLOR))
    return Figure(
        "Người tham gia BHXH tự nguyện so với kế hoạch",
        BarChart(tuple(short_commune(n) for n in names), tuple(series), y_title=PEOPLE),
        position,
        span=span,
    )


def new_enrollments_figure(months: Sequence[dt.date], counts: Sequence[int], scope: str,
                           position: FigurePosition = "after", span: FigureSpan = "full") -> Figure:
    """New (non-renewal) participants per month of receipt."""
    return Figure(
        f"Người tham gia mới theo tháng, {len(months)} tháng gần nhất - {scope}",
        MonthChart(tuple(months), (ChartSeries("Tham gia mới", tuple(float(c) for c in counts), NEW_COLOR),),
                   y_title=PEOPLE),
        position,
        span=span,
    )


def expiring_figure(names: Sequence[str], counts: Sequence[int], until: dt.date,
                    position: FigurePosition = "after", span: FigureSpan = "full") -> Figure:
    """HI cards expiring soon, per commune."""
    return Figure(
        f"Thẻ BHYT hết hạn từ nay đến ngày {format_date(until)} theo xã",
        HorizontalBarChart(tuple(short_commune(n) for n in names),
                           (ChartSeries("Số thẻ", tuple(float(c) for c in counts), EXPIRING_COLOR),),
                           x_title="Số thẻ"),
        position,
        span=span,
    )


def sessions_figure(title: str, names: Sequence[str], attendees: Sequence[int], enrolled: Sequence[int],
                    position: FigurePosition = "after", span: FigureSpan = "full",
                    enrolled_label: str = "Tham gia sau hội nghị", category_title: str = "Xã, phường") -> Figure:
    """Attendees of outreach sessions and those who enrolled afterwards."""
    return Figure(
        title,
        BarChart(tuple(names), (
            ChartSeries("Người tham dự", tuple(float(a) for a in attendees), ATTENDEES_COLOR),
            ChartSeries(enrolled_label, tuple(float(e) for e in enrolled), ENROLLED_COLOR),
        ), y_title=PEOPLE, category_title=category_title),
        position,
        span=span,
    )
