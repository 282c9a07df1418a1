"""The dashboard on a small demo office: its charts, a click on a bar, PNG export; charts rendered without a window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.chart_scale import nice_step
from desktop.services.demo import generate_demo
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.charts import ChartSpec, ChartWidget, Series, chart_png, format_value
from desktop.views.dashboard import DashboardPage, DrillDown
from tests.views.conftest import Popups

TODAY = dt.date(2026, 11, 22)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, persons=2000, seed=3, today=TODAY)
    return db


def _open(qtbot: QtBot, db: Database) -> DashboardPage:
    page = DashboardPage(db, DataBus(), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 1000)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.show()
    qtbot.waitExposed(page)
    return page


def test_dashboard_shows_its_charts(qtbot: QtBot, demo_db: Database, popups: Popups) -> None:
    page = _open(qtbot, demo_db)
    assert not page.loading and page.areas is not None and page.new is not None and page.sessions is not None
    assert page.scope_combo.count() == 6  # the office and its five communes
    coverage = page.coverage_chart.chart.spec
    assert len(coverage.categories) == 5 and coverage.value_suffix == "%"
    assert all(0 < value < 100 for value in coverage.series[0].values)
    assert coverage.targets == [95.0] * 5  # the demo's yearly commune targets
    new = page.new_chart.chart.spec
    assert len(new.categories) == 12 and new.categories[-1] == "11/26" and sum(new.series[0].values) > 0
    assert page.coverage_card.value.text().endswith("%")
    assert page.expiring_card.value.text() == format_value(page.areas.office.expiring)
    image = page.coverage_chart.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#2f6f9f" in colours  # the bars were painted
    assert popups.errors == []

    page.scope_combo.setCurrentIndex(page.scope_combo.findText("Xã Ea Tul"))
    assert page.coverage_chart.chart.spec.categories == ["Ea Tul"]
    assert page.new_chart.chart.spec.series[0].values == page.new.by_commune["24277"]


def test_click_on_a_bar_opens_what_it_stands_for(qtbot: QtBot, demo_db: Database, popups: Popups) -> None:
    page = _open(qtbot, demo_db)
    chart = page.new_chart.chart
    point = chart.hit_center(11)
    assert point is not None
    with qtbot.waitSignal(page.drill_down) as caught:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert caught.args == [DrillDown("new_enrollments", None, dt.date(2026, 11, 1))]
    coverage = page.coverage_chart.chart
    first = coverage.hit_center(0)
    assert first is not None
    with qtbot.waitSignal(page.drill_down) as caught:
        qtbot.mouseClick(coverage, Qt.MouseButton.LeftButton, pos=first.toPoint())
    assert caught.args[0].kind == "coverage" and caught.args[0].commune_code == page.areas.communes[0].code  # type: ignore[union-attr]
    with qtbot.assertNotEmitted(page.drill_down):
        qtbot.mouseClick(coverage, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))  # the title, not a bar


def test_png_export_writes_a_valid_png(qtbot: QtBot, demo_db: Database, popups: Popups, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = _open(qtbot, demo_db)
    target = tmp_path / "bao_phu"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    qtbot.mouseClick(page.coverage_chart.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "bao_phu.png"
    assert written.read_bytes().startswith(PNG_SIGNATURE)
    image = QImage(str(written))
    assert not image.isNull() and image.width() >= 2 * 320
    assert popups.errors == []


def test_chart_png_without_a_window(qtbot: QtBot) -> None:
    spec = ChartSpec("Tỷ lệ bao phủ BHYT", ["Ea Tul", "Ea Kiết"], [Series("Đã đạt", [91.5, 88.0])],
                     targets=[95, None], target_label="Chỉ tiêu", value_suffix="%", decimals=1)
    data = chart_png(spec, 400, 240, scale=1)
    assert data.startswith(PNG_SIGNATURE)
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (400, 240)
    line = chart_png(ChartSpec("Theo tháng", ["01", "02", "03"], [Series("Mới", [1, 5, 2])], kind="line"), 300, 200)
    assert QImage.fromData(line).width() == 600  # twice the size by default, sharp in print
    empty = chart_png(ChartSpec("Trống", [], [], empty_text="Chưa có số liệu."), 200, 120, scale=1)
    assert QImage.fromData(empty).height() == 120


def test_chart_widget_hits_and_number_format(qtbot: QtBot) -> None:
    chart = ChartWidget("test")
    qtbot.addWidget(chart)
    chart.resize(400, 260)
    chart.set_spec(ChartSpec("Hai cột", ["A", "B"], [Series("x", [3, 7], key="x")], keys=["a", "b"]))
    chart.show()
    qtbot.waitExposed(chart)
    point = chart.hit_center(1)
    assert point is not None and chart.hit_at(point) == (1, 0)
    with qtbot.waitSignal(chart.clicked) as caught:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert (caught.args[0].category, caught.args[0].series, caught.args[0].value) == ("b", "x", 7.0)
    assert format_value(1234567) == "1.234.567" and format_value(95.456, 1, "%") == "95,5%"
    assert nice_step(7, whole=True) == 2 and nice_step(100) == 20 and nice_step(0) == 1


def test_the_clan_card_shows_the_models_totals_and_opens_the_clans(qtbot: QtBot, demo_db: Database,
                                                                   popups: Popups) -> None:
    from desktop.services.clans import list_clans
    from tests.services.clan_data import review_every_group

    review_every_group(demo_db, dt.date(2026, 1, 15))
    page = _open(qtbot, demo_db)
    clans = list_clans(demo_db, TODAY, in_model_only=True)
    members = sum(c.figures.members for c in clans)
    assert page.clans_card.value.text() == f"{len(clans)} dòng họ"
    assert page.clans_card.detail.text().startswith(
        f"{format_value(sum(c.figures.households for c in clans))} hộ, {format_value(members)} người; ")
    with qtbot.waitSignal(page.drill_down) as caught:
        qtbot.mouseClick(page.clans_card, Qt.MouseButton.LeftButton)
    assert caught.args == [DrillDown("clans", None)]
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("Xã Cuôr Đăng"))
    in_commune = [c for c in clans if c.commune_code == "24301"]
    assert page.clans_card.value.text() == f"{len(in_commune)} dòng họ"
    with qtbot.waitSignal(page.drill_down) as caught:
        qtbot.mouseClick(page.clans_card, Qt.MouseButton.LeftButton)
    assert caught.args == [DrillDown("clans", "24301")]
