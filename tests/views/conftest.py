"""GUI fixtures: the real main window on a real database, popups answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import build_main_window
from desktop.db import Database
from desktop.services.audit import Actor
from desktop.views import dialogs
from desktop.views.desk_settings import DeskSettings
from desktop.views.language import apply_language
from desktop.views.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def vietnamese_interface(qapp: QApplication) -> None:
    """The interface as a desk starts it: Vietnamese, with Qt's own texts in Vietnamese too."""
    assert apply_language("vi") == [], "compile the translations: python -m desktop.views.translations"


@dataclass
class Popups:
    """What the application tried to tell the user, and the answers to its questions."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    confirm_answer: bool = True


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> Popups:
    record = Popups()
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, message: record.errors.append(message))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, message: record.infos.append(message))
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, _q: record.confirm_answer)
    return record


def _shown_window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = build_main_window(db, DeskSettings(), actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: QtBot, office_db: Database, popups: Popups, staff_actor: Actor) -> Iterator[MainWindow]:
    """The window as the reception desk's staff account sees it."""
    yield _shown_window(qtbot, office_db, staff_actor)


@pytest.fixture
def admin_window(qtbot: QtBot, office_db: Database, popups: Popups, admin_actor: Actor) -> Iterator[MainWindow]:
    yield _shown_window(qtbot, office_db, admin_actor)


@pytest.fixture
def viewer_window(qtbot: QtBot, office_db: Database, popups: Popups, viewer_actor: Actor) -> Iterator[MainWindow]:
    yield _shown_window(qtbot, office_db, viewer_actor)
