"""The Báo cáo page as the tests open it and pick a report, as a person would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.reports import ReportsPage

STAFF = Actor("canbo", role=Role.STAFF)
TODAY = dt.date(2026, 11, 22)


def open_reports_page(qtbot: QtBot, db: Database) -> ReportsPage:
    """The page on screen for a staff member, dated ``TODAY``."""
    widget = ReportsPage(db, DataBus(), today=TODAY, actor=STAFF)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick_report(qtbot: QtBot, page: ReportsPage, name: str) -> None:
    """Click the report called ``name`` in the list (scrolled into view first)."""
    for row in range(page.report_list.count()):
        item = page.report_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            page.report_list.scrollToItem(item)
            rect = page.report_list.visualItemRect(item)
            qtbot.mouseClick(page.report_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert page.current_name() == name
            return
    raise AssertionError(name)



def print_to_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[int]:
    """Answer the print dialog with a printer writing a PDF file at ``path``; the list gets each page count asked."""
    asked: list[int] = []

    def choose(_parent: object, printer: QPrinter, page_count: int) -> bool:
        asked.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(96)
        return True

    monkeypatch.setattr(dialogs, "ask_printer", choose)
    return asked
