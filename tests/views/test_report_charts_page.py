"""The Báo cáo page offers the overview report (R8) and exports it with its charts, as a person would."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.bootstrap import open_database
from desktop.services.dashboard import load_dashboard
from desktop.services.demo import generate_demo
from desktop.views import dialogs
from desktop.views.reports import ReportsPage
from tests.reports.chart_files import page_texts, xlsx_charts
from tests.views.conftest import Popups
from tests.views.reports_helpers import TODAY, open_reports_page, pick_report


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('report_charts') / 'demo.db'}")
    generate_demo(db, persons=400, seed=4, today=TODAY)
    return db


@pytest.fixture
def page(qtbot: QtBot, demo: Database, popups: Popups) -> ReportsPage:
    return open_reports_page(qtbot, demo)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_overview_report_is_listed_and_exported(qtbot: QtBot, page: ReportsPage, demo: Database, popups: Popups,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    pick_report(qtbot, page, "dashboard")
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
