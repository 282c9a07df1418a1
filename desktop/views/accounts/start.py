"""Who works at this desk today: first-run setup, the first administrator, or sign-in.

Returns the signed-in actor, or None when the person chose to quit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.db import Database
from desktop.services.accounts import has_accounts, needs_password_change
from desktop.services.audit import Actor
from desktop.services.office import load_office
from desktop.views.accounts.change_password_dialog import ChangePasswordDialog
from desktop.views.accounts.first_admin_dialog import FirstAdminDialog
from desktop.views.accounts.sign_in_dialog import SignInDialog
from desktop.views.desk_settings import DeskSettings
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
    if load_office(db) is None and SetupDialog(db, with_admin=False).exec() != ACCEPTED:
        return None
    return actor
