"""The Báo cáo page driven as a person would: pick a report, set its parameters, preview, export, print, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import AuditEntry
from desktop.reports import ReportCancelled
from desktop.services.bootstrap import open_database
from desktop.services.demo import generate_demo
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.views import dialogs
from desktop.views.pdf_document import PdfDocument
from desktop.views.reports import ReportsPage
from desktop.views.reports import page as page_module
from tests.views.conftest import Popups
from tests.views.pdf_samples import ink_difference
from tests.views.reports_helpers import TODAY, open_reports_page, pick_report, print_to_file


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('reports_page') / 'demo.db'}")
    generate_demo(db, persons=600, seed=2, today=TODAY)
    return db


@pytest.fixture
def page(qtbot: QtBot, demo: Database, popups: Popups) -> ReportsPage:
    return open_reports_page(qtbot, demo)


def _audit(db: Database, action: str) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity == "report", AuditEntry.action == action).order_by(AuditEntry.id)))


def test_export_d03_for_one_commune_to_xlsx(qtbot: QtBot, page: ReportsPage, demo: Database, tmp_path: Path,
                                            popups: Popups, monkeypatch: pytest.MonkeyPatch) -> None:
    pick_report(qtbot, page, "d03")
    assert page.report_title.text() == "Mẫu D03-TS: Danh sách người chỉ tham gia BHYT"
    assert page.form.from_edit.isVisible() and not page.form.session_combo.isVisible()
    qtbot.mouseClick(page.form.year_button, Qt.MouseButton.LeftButton)
    assert page.form.from_edit.date() == QDate(2026, 1, 1) and page.form.to_edit.date() == QDate(2026, 12, 31)
    page.form.commune_combo.setCurrentIndex(page.form.commune_combo.findText("Xã Ea Kiết"))
    asked: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "d03-ea-kiet")  # no suffix: the page adds .xlsx

    monkeypatch.setattr(dialogs, "ask_save_path", ask)
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert asked == ["D03-TS_2026.xlsx"]
    target = tmp_path / "d03-ea-kiet.xlsx"
    sheet = load_workbook(target).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "DANH SÁCH NGƯỜI CHỈ THAM GIA BẢO HIỂM Y TẾ" in texts
    assert "Năm 2026 - Xã Ea Kiết" in texts
    addresses = [t for t in texts if ", xã " in t]
    assert addresses and all(t.endswith("xã Ea Kiết") for t in addresses)
    expected = write_report(build_report(demo, "d03", ReportParams(
        date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31), commune_code="24265", report_date=TODAY)),
        tmp_path / "check.xlsx")
    assert popups.infos and f"Đã xuất {expected.row_count} dòng" in popups.infos[-1]
    assert any("d03-ea-kiet.xlsx" in summary for summary in _audit(demo, "export"))
    assert page.xlsx_button.isEnabled() and not page.progress.isVisible()


def _preview_this_year(qtbot: QtBot, page: ReportsPage, name: str) -> None:
    pick_report(qtbot, page, name)
    qtbot.mouseClick(page.form.year_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.preview_shown, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)


def test_preview_shows_rows_pages_and_count(qtbot: QtBot, page: ReportsPage) -> None:
    _preview_this_year(qtbot, page, "agents")
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:3] == ["STT", "Mã số nhân viên thu", "Họ và tên"]
    first_column = [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)]
    assert first_column[0].startswith("Xã ") and first_column[-1] == "Toàn đơn vị"
    assert "dòng" in page.status_label.text() and "trang khi in" in page.status_label.text()
    assert page.tabs.currentWidget() is page.pages
    view = page.pages.view
    qtbot.waitUntil(lambda: view.has_picture(0), timeout=30_000)
    shown = view.grab().toImage()
    assert shown.pixelColor(shown.width() // 2, 40).lightness() > 200  # the top of a white sheet, drawn
    assert f"/ {view.page_count()}" in page.pages.page_label.text() and view.page_count() >= 1


def test_d03_preview_shows_the_forms_headings(qtbot: QtBot, page: ReportsPage) -> None:
    _preview_this_year(qtbot, page, "d03")
    table = page.table
    first_column = [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)]
    assert first_column[:3] == ["I. Tăng", "I.1 Người tham gia", "1"]


def test_print_sends_every_page_of_the_report_to_the_chosen_printer(qtbot: QtBot, page: ReportsPage, demo: Database,
                                                                    tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The printer is a PDF file here: what reached it is compared page by page with the report."""
    printed = tmp_path / "printed.pdf"
    asked = print_to_file(monkeypatch, printed)
    pick_report(qtbot, page, "renewals")
    page.form.days_spin.setValue(60)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "trang tới máy in" in page.status_label.text(), timeout=60_000)
    report = tmp_path / "renewals.pdf"
    write_report(build_report(demo, "renewals", ReportParams(days=60, report_date=TODAY)), report)
    pages = len(PdfReader(report).pages)
    assert asked == [pages] and len(PdfReader(printed).pages) == pages
    assert page.status_label.text() == f"Đã gửi {pages} trang tới máy in."
    with PdfDocument(report) as expected, PdfDocument(printed) as sent:
        assert ink_difference(sent.render(0, 50), expected.render(0, 50)) < 0.2
    assert any("Danh sách cần gia hạn" in summary and f"{pages} trang" in summary for summary in _audit(demo, "print"))
    assert page.print_button.isEnabled()


def test_closing_the_print_dialog_prints_nothing(qtbot: QtBot, page: ReportsPage, demo: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    printers: list[QPrinter] = []
    monkeypatch.setattr(dialogs, "ask_printer", lambda _parent, printer, _count: printers.append(printer) or False)
    before = _audit(demo, "print")
    pick_report(qtbot, page, "sessions")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(printers) == 1 and page.status_label.text() == "Đã hủy in."
    assert _audit(demo, "print") == before and page.print_button.isEnabled()


def test_cancel_stops_the_export(qtbot: QtBot, page: ReportsPage, tmp_path: Path, popups: Popups,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[bool] = []

    def slow_export(*args: object) -> None:
        cancel = args[6]
        assert callable(cancel)
        started.append(True)
        while not cancel():
            pass
        raise ReportCancelled()

    monkeypatch.setattr(page_module, "export_report", slow_export)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: str(tmp_path / "out.pdf"))
    pick_report(qtbot, page, "sessions")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisible() and not page.preview_button.isEnabled()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    with qtbot.waitSignal(page.job_finished, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "Đã hủy; không có tệp nào được ghi."
    assert not (tmp_path / "out.pdf").exists() and not popups.errors
    assert page.preview_button.isEnabled()


def test_parameters_shown_per_report_and_checked_before_running(qtbot: QtBot, page: ReportsPage) -> None:
    pick_report(qtbot, page, "attendance")
    assert page.form.session_combo.isVisible() and not page.form.from_edit.isVisible()
    assert page.form.session_combo.count() == 40
    assert page.form.params().session_id == page.form.session_combo.currentData()
    pick_report(qtbot, page, "coverage")
    assert page.form.as_of_edit.isVisible() and not page.form.agent_combo.isVisible()
    pick_report(qtbot, page, "renewals")
    assert page.form.days_spin.isVisible() and not page.form.from_edit.isVisible()
    pick_report(qtbot, page, "sessions")
    page.form.from_edit.setDate(QDate(2026, 12, 1))
    page.form.to_edit.setDate(QDate(2026, 11, 1))
    assert page.form.period_error.text() == "Ngày kết thúc phải từ ngày bắt đầu trở đi."
    assert not page.preview_button.isEnabled() and not page.xlsx_button.isEnabled()
    qtbot.mouseClick(page.form.quarter_button, Qt.MouseButton.LeftButton)
    assert page.form.from_edit.date() == QDate(2026, 10, 1) and page.form.to_edit.date() == QDate(2026, 12, 31)
    assert page.form.period_error.text() == "" and page.preview_button.isEnabled()
    qtbot.mouseClick(page.form.month_button, Qt.MouseButton.LeftButton)
    assert page.form.to_edit.date() == QDate(2026, 11, 30)


def test_errors_are_shown_in_vietnamese(qtbot: QtBot, page: ReportsPage, popups: Popups,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "preview_report", _raise_missing_rate)
    pick_report(qtbot, page, "d05")
    with qtbot.waitSignal(page.job_finished, timeout=10_000):
        qtbot.keyClick(page.preview_button, Qt.Key.Key_F5)
    assert popups.errors == ["Chưa có giá trị lương cơ sở cho ngày 01/01/2020."]
    assert page.preview_button.isEnabled()


def _raise_missing_rate(*_args: object) -> None:
    from desktop.services.errors import ServiceError

    raise ServiceError("Chưa có giá trị lương cơ sở cho ngày 01/01/2020.")


def test_pages_that_cannot_be_shown_leave_the_table_and_say_why(qtbot: QtBot, page: ReportsPage,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services.errors import ServiceError
    from desktop.views import pdf_view

    def unreadable(path: Path) -> None:
        raise ServiceError(f"Không mở được tệp PDF {path.name}: hỏng")

    monkeypatch.setattr(pdf_view, "PdfDocument", unreadable)
    pick_report(qtbot, page, "sessions")
    with qtbot.waitSignal(page.pages.view.failed, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.table and page.table.rowCount() > 0
    assert page.status_label.text().startswith("Không hiện được trang in: Không mở được tệp PDF ")
