"""Composition root of the GUI: database, translations, first-run setup, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.db import Database, database_caption
from desktop.services.audit import Actor
from desktop.services.bootstrap import open_database
from desktop.views import dialogs
from desktop.views.accounts.start import DeskShifts
from desktop.views.bus import DataBus
from desktop.views.desk_settings import DeskSettings
from desktop.views.language import apply_language
from desktop.views.main_window import MainWindow
from desktop.views.theme import apply_theme


def build_main_window(db: Database, desk: DeskSettings, actor: Actor) -> MainWindow:
    """The main window on an opened database for the signed-in ``actor`` (the app, the tests, the screenshots)."""
    return MainWindow(db, DataBus(), desk, actor)


def open_main_window(db: Database, desk: DeskSettings, actor: Actor) -> MainWindow:
    """Show the main window for ``actor`` and start the backup of the day (at start-up and after each sign-in)."""
    window = build_main_window(db, desk, actor)
    window.show()
    window.start_backup_of_the_day()
    return window


def run_gui(database_url: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("An Sinh Desk")
    app.setOrganizationName("ansinh-desk")
    apply_theme(app)
    desk = DeskSettings()
    apply_language(desk.language)
    try:
        db = open_database(database_url)
    except Exception as error:  # noqa: BLE001 - any failure to open is shown, not a traceback
        message = QCoreApplication.translate("App", "Không mở được cơ sở dữ liệu:\n{db}\n\n{error}")
        dialogs.show_error(None, "An Sinh Desk", message.replace("{db}", database_caption(database_url))
                           .replace("{error}", str(error)))
        return 1
    app.setQuitOnLastWindowClosed(False)  # between a sign-out and the next sign-in no window is open
    shifts = DeskShifts(db, desk, lambda actor: open_main_window(db, desk, actor))
    shifts.finished.connect(app.quit)
    if not shifts.begin():  # setup, first admin or sign-in; False: the person quit
        return 0
    return app.exec()
