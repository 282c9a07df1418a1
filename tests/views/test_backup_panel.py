"""The backup panel driven as a person would: choose a folder, click "Sao lưu ngay", restore as an admin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.db import Database, sqlite_path
from desktop.domain.text import fold
from desktop.models import AuditEntry, Person
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.backup import BackupPolicy, backup_now, list_backups
from desktop.services.bootstrap import open_database
from desktop.views import backup_panel, dialogs
from desktop.views.backup_panel import BackupPanel
from tests.views.conftest import Popups
from tests.views.typing import type_text

STAFF = Actor("le.thu", role=Role.STAFF)
ADMIN = Actor("quantri", role=Role.ADMIN)
VIEWER = Actor("xem", role=Role.VIEWER)


def add_persons(db: Database, count: int) -> None:
    with db.unit_of_work() as session:
        for index in range(count):
            session.add(Person(full_name=f"Người {index}", search_key=fold(f"Người {index}"), version=1))


@pytest.fixture(autouse=True)
def idle_panels() -> Iterator[list[BackupPanel]]:
    """Every panel's background work lands before the panel is destroyed."""
    yield OPEN
    for panel in OPEN:
        panel.wait_idle()
    QApplication.processEvents()
    OPEN.clear()


OPEN: list[BackupPanel] = []


def make_panel(qtbot: QtBot, db: Database, actor: Actor) -> BackupPanel:
    panel = BackupPanel(db, actor)
    qtbot.addWidget(panel)
    OPEN.append(panel)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.last_label.text() != "", timeout=10_000)
    return panel


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_now_writes_into_the_typed_folder_and_remembers_it(
        qtbot: QtBot, office_db: Database, popups: Popups, tmp_path: Path) -> None:
    add_persons(office_db, 4)
    panel = make_panel(qtbot, office_db, STAFF)
    panel.folder_edit.clear()
    folder = tmp_path / "o_usb" / "sao_luu"
    type_text(panel.folder_edit, str(folder))
    panel.keep_spin.setValue(12)
    with qtbot.waitSignal(panel.backed_up, timeout=10_000) as signal:
        click(qtbot, panel.backup_button)
    written = Path(signal.args[0])
    assert list_backups(folder) == [written]
    assert panel.last_label.text() == f"{dt.datetime.now():%d/%m/%Y} {written.name[18:20]}:{written.name[20:22]}"
    assert panel.status_label.text().startswith("Đã sao lưu vào ")
    assert BackupPolicy.load() == BackupPolicy(folder, 12)
    assert popups.errors == []
    assert panel.backup_button.isEnabled()


def test_only_an_administrator_lowers_the_number_of_backups_kept(
        qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    """Finding 8 of issue 17: fewer backups kept deletes the oldest, an administrator's act, audited."""
    staff = make_panel(qtbot, office_db, STAFF)
    staff.keep_spin.setFocus()
    qtbot.keyClick(staff.keep_spin, Qt.Key.Key_Down)
    assert staff.keep_spin.value() == 10 and BackupPolicy.load().keep == 10
    qtbot.keyClick(staff.keep_spin, Qt.Key.Key_Up)
    assert BackupPolicy.load().keep == 11  # more is always allowed

    admin = make_panel(qtbot, office_db, ADMIN)
    admin.keep_spin.setFocus()
    for _ in range(8):
        qtbot.keyClick(admin.keep_spin, Qt.Key.Key_Down)
    assert BackupPolicy.load().keep == 3
    with office_db.reading() as session:
        changes = session.scalars(select(AuditEntry.username).where(AuditEntry.action == "backup_policy")).all()
    assert changes == ["le.thu", *["quantri"] * 8]


def test_a_blank_folder_is_explained_next_to_the_field(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    panel = make_panel(qtbot, office_db, STAFF)
    panel.folder_edit.clear()
    click(qtbot, panel.backup_button)
    assert panel.folder_error.isVisible()
    assert panel.folder_error.text() == "Hãy chọn thư mục sao lưu."
    assert popups.errors == []


def test_an_unwritable_folder_gives_a_clear_message(
        qtbot: QtBot, office_db: Database, popups: Popups, tmp_path: Path) -> None:
    blocker = tmp_path / "o-mang"
    blocker.write_text("ổ mạng đã ngắt", encoding="utf-8")
    panel = make_panel(qtbot, office_db, STAFF)
    panel.folder_edit.setText(str(blocker / "saoluu"))
    with qtbot.waitSignal(panel.failed, timeout=10_000):
        click(qtbot, panel.backup_button)
    assert len(popups.errors) == 1 and popups.errors[0].startswith("Không ghi được vào thư mục sao lưu")
    assert panel.backup_button.isEnabled()


def test_only_an_admin_gets_the_restore_button(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    assert not make_panel(qtbot, office_db, STAFF).restore_button.isEnabled()
    viewer = make_panel(qtbot, office_db, VIEWER)
    assert not viewer.restore_button.isEnabled() and not viewer.backup_button.isEnabled()
    assert make_panel(qtbot, office_db, ADMIN).restore_button.isEnabled()


def test_admin_restores_after_confirming_and_the_application_closes(
        qtbot: QtBot, office_db: Database, popups: Popups, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_persons(office_db, 6)
    backup = backup_now(office_db, tmp_path / "b", 10, STAFF).path
    add_persons(office_db, 4)
    closed: list[bool] = []
    monkeypatch.setattr(backup_panel, "quit_application", lambda: closed.append(True))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda _p, _t, _f: str(backup))
    panel = make_panel(qtbot, office_db, ADMIN)
    with qtbot.waitSignal(panel.restored, timeout=15_000):
        click(qtbot, panel.restore_button)
    assert closed == [True]
    assert len(popups.infos) == 1 and popups.infos[0].startswith("Đã khôi phục 6 người từ ansinh-")
    path = sqlite_path(office_db.url)
    reopened = open_database(f"sqlite:///{path}")
    with reopened.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 6
    reopened.dispose()


def test_declining_the_confirmation_changes_nothing(
        qtbot: QtBot, office_db: Database, popups: Popups, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = backup_now(office_db, tmp_path / "b", 10, STAFF).path
    add_persons(office_db, 2)
    popups.confirm_answer = False
    monkeypatch.setattr(dialogs, "ask_open_path", lambda _p, _t, _f: str(backup))
    panel = make_panel(qtbot, office_db, ADMIN)
    click(qtbot, panel.restore_button)
    qtbot.waitUntil(lambda: panel.status_label.text() == "Đã huỷ khôi phục, không thay đổi gì.", timeout=10_000)
    with office_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2
    assert panel.restore_button.isEnabled()
    QApplication.processEvents()
