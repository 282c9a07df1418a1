"""Charts in reports: the specs, their reportlab drawings in the PDF flow, native Excel charts."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.sample_report import d03_data, d03_definition, letterhead
from desktop.domain.chart_scale import nice_step
from desktop.reports import write_pdf, write_xlsx
from desktop.reports.chart_drawing import figure_drawing
from desktop.reports.charts import (
    PLAN_COLOR,
    BarChart,
    ChartSeries,
    Figure,
    HorizontalBarChart,
    MonthChart,
    figure_rows,
    format_chart_value,
    value_axis,
)
from desktop.reports.xlsx_charts import DATA_SHEET
from tests.reports.chart_files import filled_rectangles, page_texts, xlsx_charts

COMMUNES = ("Cư M'gar", "Cuôr Đăng", "Ea Kiết", "Ea Tul", "Quảng Phú")
RATES = (72.4, 91.2, 79.5, 93.1, 96.0)
TARGETS: tuple[float | None, ...] = (95.0, 95.0, None, 95.0, 95.0)
MONTHS = tuple(dt.date(2025 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(12, 24))
NEW = (3.0, 5.0, 8.0, 13.0, 21.0, 34.0, 21.0, 13.0, 8.0, 5.0, 3.0, 1234.0)


def coverage(position: str = "after", span: str = "full") -> Figure:
    return Figure("Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu",
                  BarChart(COMMUNES, (ChartSeries("Tỷ lệ bao phủ", RATES),), targets=TARGETS, unit="percent",
                           decimals=1, y_max=100, y_title="Tỷ lệ (%)"),
                  position, span=span)  # type: ignore[arg-type]


def plan(span: str = "full") -> Figure:
    return Figure("Người tham gia BHXH tự nguyện so với kế hoạch",
                  BarChart(COMMUNES, (ChartSeries("Đang tham gia", (120.0, 340.0, 87.0, 1500.0, 230.0)),
                                      ChartSeries("Kế hoạch", (150.0, 300.0, 120.0, 1400.0, 260.0), PLAN_COLOR)),
                           y_title="Người"), span=span)  # type: ignore[arg-type]


def months() -> Figure:
    return Figure("Người tham gia mới theo tháng", MonthChart(MONTHS, (ChartSeries("Tham gia mới", NEW),),
                                                              y_title="Người"))


def expiring() -> Figure:
    return Figure("Thẻ BHYT hết hạn trong 30 ngày tới",
                  HorizontalBarChart(COMMUNES, (ChartSeries("Số thẻ", (12.0, 45.0, 7.0, 0.0, 88.0), "#e08a2e"),),
                                     x_title="Số thẻ"))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_numbers_are_written_the_vietnamese_way() -> None:
    assert format_chart_value(1234567) == "1.234.567"
    assert format_chart_value(72.44, "percent", 1) == "72,4 %"
    assert format_chart_value(100, "percent") == "100 %"
    assert nice_step(87, whole=True) == 20 and nice_step(3, whole=True) == 1 and nice_step(0) == 1
    assert value_axis([12, 45, 88], None, whole=True) == (100, 20)
    assert value_axis([72.4, 95], 100, whole=False) == (100, 20)


def test_a_figure_refuses_values_that_do_not_match_its_categories() -> None:
    with pytest.raises(ValueError, match="Tỷ lệ"):
        Figure("Tỷ lệ", BarChart(COMMUNES, (ChartSeries("A", (1.0, 2.0)),)))
    with pytest.raises(ValueError, match="chỉ tiêu"):
        Figure("X", BarChart(COMMUNES, (ChartSeries("A", RATES),), targets=(95.0,)))
    assert Figure("Trống", BarChart((), ())).is_empty
    assert months().chart.categories[0] == "12/2025"


def test_half_figures_pair_up_in_rows() -> None:
    rows = figure_rows([coverage(span="half"), plan("half"), months(), coverage(span="half")])
    assert [len(row) for row in rows] == [2, 1, 1]


def test_horizontal_charts_grow_with_their_rows() -> None:
    small = expiring()
    many = Figure("Nhiều", HorizontalBarChart(tuple(f"Xã {i}" for i in range(20)),
                                             (ChartSeries("A", tuple(float(i) for i in range(20))),)))
    assert many.drawing_height_mm() > small.drawing_height_mm() > 26
    drawing = figure_drawing(small, 400)
    assert drawing.width == 400 and drawing.contents


def test_pdf_draws_charts_after_the_table_with_diacritics_and_page_numbers(tmp_path: Path) -> None:
    definition = replace(d03_definition(), figures=(coverage(), plan(), months(), expiring()))
    path = tmp_path / "charts.pdf"
    result = write_pdf(definition, d03_data(30, 5), letterhead(), path)
    pages = [_nfc(text) for text in page_texts(path)]
    assert result.page_count == len(pages)
    assert all(f"Trang {n}/{len(pages)}" in text for n, text in enumerate(pages, start=1))
    text = "\n".join(pages)
    for expected in ("Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu", "Tỷ lệ (%)", "Cuôr Đăng", "Quảng Phú",
                     "72,4 %", "96,0 %", "Chỉ tiêu", "Kế hoạch", "1.500", "1.400", "12/2025", "11/2026",
                     "1.234", "Thẻ BHYT hết hạn trong 30 ngày tới", "Số thẻ"):
        assert expected in text, expected
    # After the table's total, in order, and the signatures come after the last chart.
    where = {title: next(i for i, page in enumerate(pages) if title in page)
             for title in ("Tổng cộng", "Tỷ lệ bao phủ BHYT theo xã", "Người tham gia mới theo tháng",
                           "Thẻ BHYT hết hạn trong 30", "Người lập biểu")}
    assert where["Tổng cộng"] <= where["Tỷ lệ bao phủ BHYT theo xã"] <= where["Người tham gia mới theo tháng"]
    assert where["Thẻ BHYT hết hạn trong 30"] == where["Người lập biểu"] == len(pages) - 1
    last = pages[-1]
    assert last.index("Thẻ BHYT hết hạn trong 30") < last.index("Người lập biểu")
    # The bars are vector rectangles on the chart pages; table-only pages have none.
    filled = filled_rectangles(path)
    assert filled[0] == 0 and sum(filled) >= 5 + 10 + 5 + 4


def test_a_chart_that_does_not_fit_starts_the_next_page(tmp_path: Path) -> None:
    tall = replace(months(), height_mm=100.0)
    definition = replace(d03_definition(), figures=(tall,))
    path = tmp_path / "tall.pdf"
    plain = write_pdf(d03_definition(), d03_data(30, 5), letterhead(), tmp_path / "plain.pdf")
    result = write_pdf(definition, d03_data(30, 5), letterhead(), path)
    pages = [_nfc(text) for text in page_texts(path)]
    assert result.page_count == plain.page_count + 1  # type: ignore[operator]
    chart_page = next(i for i, page in enumerate(pages) if "Người tham gia mới theo tháng" in page)
    assert "Tổng cộng" not in pages[chart_page] and chart_page == len(pages) - 1
    assert "Người lập biểu" in pages[-1]  # the signatures stay with the chart


def test_charts_before_the_table_and_half_width_side_by_side(tmp_path: Path) -> None:
    figures = (coverage("before", "half"), replace(plan("half"), position="before"), replace(months(), position="before"))
    definition = replace(d03_definition(), figures=figures)
    path = tmp_path / "before.pdf"
    write_pdf(definition, d03_data(3, 1), letterhead(), path)
    pages = [_nfc(text) for text in page_texts(path)]
    first = pages[0]
    assert first.index("Tỷ lệ bao phủ BHYT") < first.index("Người tham gia BHXH tự nguyện")
    table_page = next(i for i, page in enumerate(pages) if "Họ và tên" in page)
    assert "Người tham gia mới theo tháng" in "".join(pages[: table_page + 1])
    tables = "".join(pages[table_page:])
    assert tables.index("Họ và tên") < tables.index("Tổng cộng") < tables.index("Người lập biểu")
    if "Họ và tên" in pages[table_page]:
        page = pages[table_page]
        assert page.find("Người tham gia mới theo tháng") < page.index("Họ và tên")


def test_an_empty_chart_says_so(tmp_path: Path) -> None:
    definition = replace(d03_definition(), figures=(Figure("Hội nghị trong tháng", BarChart((), ())),))
    pdf, xlsx = tmp_path / "empty.pdf", tmp_path / "empty.xlsx"
    write_pdf(definition, d03_data(2, 1), letterhead(), pdf)
    write_xlsx(definition, d03_data(2, 1), letterhead(), xlsx)
    assert "Chưa có số liệu." in _nfc("".join(page_texts(pdf)))
    values = [cell for row in load_workbook(xlsx).active.iter_rows(values_only=True) for cell in row]
    assert "Hội nghị trong tháng: Chưa có số liệu." in values
    assert xlsx_charts(xlsx) == []


def test_xlsx_has_native_charts_reading_their_numbers_from_cells(tmp_path: Path) -> None:
    figures = (coverage("before", "half"), plan("half"), months(), expiring())
    definition = replace(d03_definition(), figures=figures)
    path = tmp_path / "charts.xlsx"
    write_xlsx(definition, d03_data(30, 5), letterhead(), path)
    workbook = load_workbook(path)
    report, data = workbook.worksheets
    assert data.title == DATA_SHEET and report.title == definition.sheet_name
    assert len(report._charts) == 4
    with zipfile.ZipFile(path) as archive:
        assert {"xl/charts/chart1.xml", "xl/charts/chart4.xml"} <= set(archive.namelist())
    charts = xlsx_charts(path)
    assert [chart.title for chart in charts] == [figure.title for figure in figures]
    rate, target = charts[0].series
    assert charts[0].kinds == ["col", "line"]
    assert rate.categories == list(COMMUNES)
    assert rate.values == pytest.approx([value / 100 for value in RATES])  # percent cells, as the table's
    assert target.line_hidden and target.values == [None if t is None else pytest.approx(t / 100) for t in TARGETS]
    assert [s.name for s in charts[1].series] == ["Đang tham gia", "Kế hoạch"]
    assert charts[1].named("Kế hoạch").values == [150, 300, 120, 1400, 260]
    assert charts[2].kinds == ["line"] and charts[2].series[0].values == list(NEW)
    assert charts[2].series[0].categories[-1] == "11/2026"
    assert charts[3].kinds == ["bar"] and charts[3].series[0].values == [12, 45, 7, 0, 88]
    # Charts sit below the table (even "before" ones: the header rows are frozen panes).
    anchors = sorted(chart.anchor._from.row for chart in report._charts)
    total_row = next(row[0].row for row in report.iter_rows() if row[0].value == "Tổng cộng")
    assert anchors[0] > total_row
    assert anchors[0] == anchors[1] < anchors[2] < anchors[3]  # the half-width pair shares a row
    signer_row = next(row[0].row for row in report.iter_rows()
                      for cell in row if cell.value == "Người lập biểu")
    assert signer_row > anchors[-1]
