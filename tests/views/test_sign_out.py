"""Signing out hands the desk to the next person: the sign-in again, then a window for that account."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import build_main_window
from desktop.db import Database
from desktop.models import AuditEntry
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views.accounts.sign_in_dialog import SignInDialog
from desktop.views.accounts.start import DeskShifts
from desktop.views.desk_settings import DeskSettings
from desktop.views.main_window import MainWindow
from tests.conftest import Credentials
from tests.views.conftest import Popups
from tests.views.test_accounts import _answer_modal
from tests.views.typing import type_text

Accounts = dict[Role, Credentials]


def _sign_in_as(qtbot: QtBot, who: Credentials) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.username_edit.clear()
        type_text(dialog.username_edit, who.username)
        type_text(dialog.password_edit, who.password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    return answer


def _cancel(dialog: QWidget) -> None:
    assert isinstance(dialog, SignInDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def run_desk(qtbot: QtBot, db: Database, who: Credentials) -> Iterator[DeskShifts]:
    """The desk as the application runs it: start-up dialogs, then one window per signed-in account."""
    windows: list[MainWindow] = []

    def open_window(actor: Actor) -> MainWindow:
        window = build_main_window(db, DeskSettings(), actor)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    desk = DeskShifts(db, DeskSettings(), open_window)
    _answer_modal(qtbot, [_sign_in_as(qtbot, who)])
    assert desk.begin()
    yield desk
    if desk.window is not None:
        desk.window.close()


@pytest.fixture
def shifts(qtbot: QtBot, office_db: Database, office_accounts: Accounts, popups: Popups) -> Iterator[DeskShifts]:
    yield from run_desk(qtbot, office_db, office_accounts[Role.STAFF])


def _trail(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [(row.username, row.action) for row in session.execute(
            select(AuditEntry.username, AuditEntry.action).order_by(AuditEntry.id))]


def test_staff_signs_out_and_the_viewer_gets_a_window_without_imports(
        qtbot: QtBot, shifts: DeskShifts, office_db: Database, office_accounts: Accounts, popups: Popups) -> None:
    staff_window = shifts.window
    assert staff_window is not None and "imports" in staff_window.page_keys()
    menu = staff_window.menuBar().findChildren(QMenu)[0]
    assert menu.title() == "&Tệp" and staff_window.sign_out_action in menu.actions()
    assert staff_window.sign_out_action.text() == "Đăng xuất"

    _answer_modal(qtbot, [_sign_in_as(qtbot, office_accounts[Role.VIEWER])])
    staff_window.sign_out_action.trigger()
    assert not staff_window.isVisible()
    qtbot.waitUntil(lambda: shifts.window is not None, timeout=5000)
    viewer_window = shifts.window
    assert viewer_window is not None and viewer_window is not staff_window and viewer_window.isVisible()
    assert viewer_window.actor.role is Role.VIEWER
    assert viewer_window.user_label.text() == "Người dùng: xem (Chỉ xem)"
    assert "imports" not in viewer_window.page_keys()
    assert _trail(office_db)[-3:] == [("canbo", "sign_in"), ("canbo", "sign_out"), ("xem", "sign_in")]
    assert popups.errors == []


def test_cancelling_the_sign_in_after_a_sign_out_quits(
        qtbot: QtBot, shifts: DeskShifts, office_db: Database) -> None:
    window = shifts.window
    assert window is not None
    _answer_modal(qtbot, [_cancel])
    with qtbot.waitSignal(shifts.finished, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shifts.window is None  # the old window is gone (deleted once closed)
    assert _trail(office_db)[-1] == ("canbo", "sign_out")


def test_closing_the_window_quits_without_signing_out(qtbot: QtBot, shifts: DeskShifts, office_db: Database) -> None:
    window = shifts.window
    assert window is not None
    with qtbot.waitSignal(shifts.finished, timeout=5000):
        window.close()
    assert shifts.window is None
    assert _trail(office_db)[-1] == ("canbo", "sign_in")
