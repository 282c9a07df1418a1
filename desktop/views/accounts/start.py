"""Who works at this desk today: first-run setup, the first administrator, or sign-in.

:func:`start_session` returns the signed-in actor, or None when the person chose
to quit; :class:`DeskShifts` keeps one main window open for whoever is signed in
and asks again after a sign-out, so colleagues can hand the desk over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from desktop.db import Database
from desktop.services.accounts import has_accounts, needs_password_change
from desktop.services.audit import Actor
from desktop.services.office import load_office
from desktop.views.accounts.change_password_dialog import ChangePasswordDialog
from desktop.views.accounts.first_admin_dialog import FirstAdminDialog
from desktop.views.accounts.sign_in_dialog import SignInDialog
from desktop.views.desk_settings import DeskSettings
from desktop.views.language import apply_language
from desktop.views.main_window import Leaving, MainWindow
from desktop.views.setup_dialog import SetupDialog

ACCEPTED = QDialog.DialogCode.Accepted


def start_session(db: Database, desk: DeskSettings) -> Actor | None:
    """The dialogs shown before the main window, in order; cancelling any of them quits."""
    if not has_accounts(db):
        if load_office(db) is None:
            setup = SetupDialog(db)
            return setup.actor if setup.exec() == ACCEPTED else None
        first = FirstAdminDialog(db)  # a database from before accounts existed
        return first.actor if first.exec() == ACCEPTED else None
    sign_in = SignInDialog(db, desk)
    if sign_in.exec() != ACCEPTED or sign_in.actor is None:
        return None
    actor = sign_in.actor
    if needs_password_change(db, actor) and ChangePasswordDialog(db, actor, forced=True).exec() != ACCEPTED:
        return None
    if load_office(db) is None and SetupDialog(db, signed_in=actor).exec() != ACCEPTED:
        return None
    return actor


class DeskShifts(QObject):
    """One main window at a time, for the account signed in; a sign-out shows the sign-in again.

    ``open_window`` builds and shows the main window for an actor (the composition
    root decides what else starts with it). ``finished`` means the person quit:
    the main window was closed, or the sign-in after a sign-out was cancelled.
    """

    finished = Signal()

    def __init__(self, db: Database, desk: DeskSettings, open_window: Callable[[Actor], MainWindow],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._desk, self._open_window = db, desk, open_window
        self.window: MainWindow | None = None

    def begin(self) -> bool:
        """The start-up dialogs, then the main window; False when the person quit before it opened."""
        actor = start_session(self._db, self._desk)
        if actor is None:
            return False
        self._open(actor)
        return True

    def _open(self, actor: Actor) -> None:
        window = self._open_window(actor)
        window.closed.connect(self._window_closed)
        self.window = window

    def _window_closed(self, reason: str) -> None:
        old, self.window = self.window, None
        if old is not None:
            old.deleteLater()
        if reason == Leaving.SIGN_OUT:
            QTimer.singleShot(0, self._next_shift)  # ask once the closing window's handlers have returned
        elif reason == Leaving.LANGUAGE and old is not None:
            apply_language(self._desk.language)
            QTimer.singleShot(0, lambda actor=old.actor: self._open(actor))
        else:
            self.finished.emit()

    def _next_shift(self) -> None:
        actor = start_session(self._db, self._desk)
        if actor is None:
            self.finished.emit()
        else:
            self._open(actor)
