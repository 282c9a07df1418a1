"""The Báo cáo page offers the overview report (R8) and exports it with its charts, as a person would."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.dashboard import load_dashboard
from desktop.services.demo import generate_demo
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.reports import ReportsPage
from tests.reports.chart_files import page_texts, xlsx_charts
from tests.views.conftest import Popups

STAFF = Actor("canbo", role=Role.STAFF)
TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('report_charts') / 'demo.db'}")
    generate_demo(db, persons=400, seed=4, today=TODAY)
    return db


@pytest.fixture
def page(qtbot: QtBot, demo: Database, popups: Popups) -> ReportsPage:
    widget = ReportsPage(demo, DataBus(), today=TODAY, actor=STAFF)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pick_overview(qtbot: QtBot, page: ReportsPage) -> None:
    for row in range(page.report_list.count()):
        item = page.report_list.item(row)
        if item.text() == "Báo cáo tổng quan":
            page.report_list.scrollToItem(item)
            rect = page.report_list.visualItemRect(item)
            qtbot.mouseClick(page.report_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    assert page.current_name() == "dashboard"


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_overview_report_is_listed_and_exported(qtbot: QtBot, page: ReportsPage, demo: Database, popups: Popups,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    _pick_overview(qtbot, page)
    assert page.report_title.text() == "Báo cáo tổng quan"
    assert "biểu đồ" in page.description.text()
    assert page.form.as_of_edit.isVisible() and page.form.commune_combo.isVisible()
    assert not page.form.from_edit.isVisible()
    asked: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "tong-quan")

    monkeypatch.setattr(dialogs, "ask_save_path", ask)
    button = page.pdf_button if fmt == "pdf" else page.xlsx_button
    with qtbot.waitSignal(page.export_finished, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [f"Bao-cao-tong-quan_22-11-2026.{fmt}"]
    written = tmp_path / f"tong-quan.{fmt}"
    data = load_dashboard(demo, TODAY)
    if fmt == "pdf":
        text = unicodedata.normalize("NFC", "\n".join(page_texts(written)))
        assert "Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm 2026" in text
        assert "Hội nghị trong tháng 11/2026 và kết quả" in text
    else:
        charts = xlsx_charts(written)
        assert len(charts) == 5
        assert charts[2].series[0].values == data.new_enrollments.by_commune[""]
    assert popups.errors == [] and popups.infos and "Đã xuất 5 dòng" in popups.infos[-1]
