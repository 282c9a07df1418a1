"""A full disk: the write fails with a clear Vietnamese message and nothing partial is stored.

Two honest ways to run out of room: SQLite's ``max_page_count`` on every
connection (portable), and a real 4 MB tmpfs filled to the last block (needs
the right to mount; skipped with the reason otherwise).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import StorageError
from desktop.services.imports import import_file
from desktop.services.persons import PersonInput, create_person
from desktop.views.bus import DataBus
from desktop.views.participants.person_dialog import PersonDialog
from tests.reliability.data import IMPORT_OPTIONS, counts, integrity, write_big_list
from tests.views.conftest import Popups
from tests.views.typing import type_text

STAFF = Actor("le.thu", role=Role.STAFF)
DISK_FULL = "Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa ghi được gì."


def cap_pages(db: Database, spare_pages: int) -> None:
    """Let the file grow by at most ``spare_pages`` pages, on every connection the engine opens."""
    raw = sqlite3.connect(db.engine.url.database or "")
    raw.execute("VACUUM")  # no free pages left to reuse
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    db.dispose()

    def limit(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    event.listen(db.engine, "connect", limit)


def test_import_on_a_full_database_writes_nothing_and_says_why(office_file: tuple[str, Path], tmp_path: Path) -> None:
    url, path = office_file
    big = write_big_list(tmp_path / "ds.xlsx", 2_000)
    db = open_database(url)
    before = counts(db)
    cap_pages(db, 20)
    with pytest.raises(StorageError) as caught:
        import_file(db, STAFF, big, commit=True, options=IMPORT_OPTIONS)
    assert caught.value.message.startswith(DISK_FULL)
    db.dispose()
    assert integrity(path) == ["ok"]
    reopened = open_database(url)
    try:
        assert counts(reopened) == before
    finally:
        reopened.dispose()


def test_a_busy_database_gives_a_clear_message(office_file: tuple[str, Path]) -> None:
    url, path = office_file
    db = open_database(url)
    event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout = 200"))
    db.dispose()
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")  # another desk in the middle of a long write
    try:
        with pytest.raises(StorageError, match="Cơ sở dữ liệu đang bận"):
            create_person(db, STAFF, PersonInput(full_name="Lê Thị Hoa", birth="1990"))
    finally:
        other.rollback()
        other.close()
        db.dispose()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB filesystem (tmpfs), unmounted afterwards."""
    mount_point = tmp_path / "o-dia-nho"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> None:
    """Write a ballast file until the filesystem refuses (ENOSPC)."""
    with open(folder / "ballast.bin", "wb") as ballast, contextlib.suppress(OSError):
        while True:
            ballast.write(b"\0" * 65536)
            ballast.flush()


def test_person_form_on_a_full_disk_shows_the_message(qtbot: QtBot, office_file: tuple[str, Path], small_disk: Path,
                                                      popups: Popups) -> None:
    _, source = office_file
    shutil.copy(source, small_disk / "ansinh.db")
    db = open_database(f"sqlite:///{small_disk / 'ansinh.db'}")
    before = counts(db)
    fill(small_disk)
    try:
        dialog = PersonDialog(db, DataBus(), actor=STAFF)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.name_edit, "Nguyễn Thị Hoa")
        type_text(dialog.birth_edit, "05/03/1990")
        type_text(dialog.note_edit, "Đến quầy hỏi thẻ BHYT hộ gia đình " * 40)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert len(popups.errors) == 1 and popups.errors[0].startswith(DISK_FULL)
        assert dialog.isVisible() and dialog.result_person_id is None
        dialog.close()
        (small_disk / "ballast.bin").unlink()
        assert counts(db) == before
    finally:
        db.dispose()
    assert integrity(small_disk / "ansinh.db") == ["ok"]
