"""The reports page's "Che số định danh" box: shown for the lists that mask, ticked by default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.views import dialogs
from desktop.views.reports import ReportsPage
from tests.services.reports.sheet import pdf_text
from tests.views.conftest import Popups
from tests.views.reports_helpers import pick_report
from tests.views.test_reports_page import demo, page  # noqa: F401 - fixtures

MASKED = re.compile(r"\*{8}\d{4}")
FULL = re.compile(r"(?<![\d*])\d{12}(?!\d)")


def _export_pdf(qtbot: QtBot, page: ReportsPage, target: Path,  # noqa: F811
                monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    with qtbot.waitSignal(page.export_finished, timeout=30000):
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    return pdf_text(target)


def test_renewals_list_masks_cccd_unless_the_box_is_cleared(qtbot: QtBot, page: ReportsPage,  # noqa: F811
                                                           popups: Popups, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pick_report(qtbot, page, "d03")
    assert not page.mask_ids_check.isVisible()
    pick_report(qtbot, page, "renewals")
    assert page.mask_ids_check.isVisible() and page.mask_ids_check.isChecked()
    masked = _export_pdf(qtbot, page, tmp_path / "masked.pdf", monkeypatch)
    assert MASKED.search(masked) and not FULL.search(masked)
    qtbot.mouseClick(page.mask_ids_check, Qt.MouseButton.LeftButton, pos=QPoint(8, page.mask_ids_check.height() // 2))  # on the box
    assert not page.mask_ids_check.isChecked()
    full = _export_pdf(qtbot, page, tmp_path / "full.pdf", monkeypatch)
    assert not MASKED.search(full), full[:3000]
    assert FULL.search(full), full[:3000]
    assert popups.errors == []
