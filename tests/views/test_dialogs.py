"""The popups: every save dialog refuses the register as a target, and messages are plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.db import Database, sqlite_path
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.participants.list_page import ParticipantListPage

STAFF = Actor("le.thu", role=Role.STAFF)


def test_the_export_save_dialog_refuses_the_database_and_writes_nothing(
        qtbot: QtBot, office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 2 of issue 17 in the window: choosing the database itself as the export file."""
    live = sqlite_path(office_db.url)
    assert live is not None
    before = live.read_bytes()
    for chosen in (live, Path(f"{live}-wal")):
        errors: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, c=chosen, **_k: (str(c), ""))
        monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, message, e=errors: e.append(message))
        page = ParticipantListPage(office_db, DataBus(), actor=STAFF)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert len(errors) == 1 and errors[0].startswith("Không ghi ra tệp này:")
        assert page.export_button.isEnabled()
        page.wait_idle()
    assert live.read_bytes()[:100] == before[:100]


def test_a_message_box_shows_html_as_plain_text(qtbot: QtBot) -> None:
    """Finding 13 of issue 17: a village name with HTML in a message box stays text."""
    seen: list[tuple[Qt.TextFormat, str]] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((box.textFormat(), label.text() if label else ""))
        box.accept()

    QTimer.singleShot(100, read_and_close)
    dialogs.show_error(None, "Lỗi", "Thôn <b style='color:red'>TÀI KHOẢN BỊ KHOÁ</b>")
    assert seen == [(Qt.TextFormat.PlainText, "Thôn <b style='color:red'>TÀI KHOẢN BỊ KHOÁ</b>")]
