"""The participant export's "Che số CCCD, mã số BHXH" box: ticked by default, full numbers when cleared."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.views import dialogs
from desktop.views.participants.list_page import ParticipantListPage
from tests.services.participants_data import Known
from tests.views.test_participant_list import page, settle  # noqa: F401 - the page fixture
from tests.views.typing import type_text


def _export(qtbot: QtBot, widget: ParticipantListPage, target: Path) -> dict[str, tuple[object, object]]:
    with qtbot.waitSignal(widget.exported, timeout=10000):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    return {str(row[2]): (row[0], row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_ids_are_masked_unless_the_box_is_cleared(qtbot: QtBot, page: tuple[ParticipantListPage, Known],  # noqa: F811
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = page
    target = tmp_path / "hien.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        type_text(widget.search_edit, "Nguyễn Thị Hiền")
    assert widget.mask_ids_check.isChecked()
    assert widget.mask_ids_check.text() == "Che số CCCD, mã số BHXH (chỉ hiện 4 số cuối)"
    assert _export(qtbot, widget, target)["Nguyễn Thị Hiền"] == ("********0123", "******6789")
    qtbot.mouseClick(widget.mask_ids_check, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.mask_ids_check.height() // 2))  # on the box
    assert not widget.mask_ids_check.isChecked()
    assert _export(qtbot, widget, target)["Nguyễn Thị Hiền"] == ("066190000123", "0123456789")
