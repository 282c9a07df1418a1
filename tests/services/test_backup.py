"""Backups of a real SQLite file: consistent under writes, rotated, verified, restored; refused where they must be."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import Database, sqlite_path
from desktop.domain.text import fold
from desktop.models import AuditEntry, Person
from desktop.services.audit import Actor
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.backup import (
    POSTGRES_MESSAGE,
    BackupPolicy,
    backup_now,
    due_backup,
    last_backup_at,
    list_backups,
    restore,
    rotate,
    run_startup_backup,
    verify_backup,
)
from desktop.services.bootstrap import open_database
from desktop.services.errors import ServiceError

ADMIN = Actor("quantri", user_id=None, role=Role.ADMIN)
STAFF = Actor("le.thu", user_id=None, role=Role.STAFF)
VIEWER = Actor("xem", user_id=None, role=Role.VIEWER)
NOW = dt.datetime(2026, 11, 22, 7, 5)


def add_persons(db: Database, count: int, prefix: str = "Người") -> None:
    with db.unit_of_work() as session:
        for index in range(count):
            name = f"{prefix} {index}"
            session.add(Person(full_name=name, search_key=fold(name), version=1))


def count_persons(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def db_file(db: Database) -> Path:
    path = sqlite_path(db.url)
    assert path is not None
    return path


def test_backup_is_a_private_verified_copy_with_a_timestamped_name(db: Database, tmp_path: Path) -> None:
    add_persons(db, 7)
    folder = tmp_path / "saoluu"
    result = backup_now(db, folder, 10, STAFF, now=NOW)
    assert result.path == folder / "ansinh-2026-11-22_0705.db"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert list(folder.iterdir()) == [result.path]  # no temporary file left, no -wal beside it
    info = verify_backup(result.path)
    assert info.persons == 7
    assert last_backup_at(folder) == NOW
    second = backup_now(db, folder, 10, STAFF, now=NOW)
    assert second.path.name == "ansinh-2026-11-22_0705-2.db"


def test_backup_while_another_connection_writes_is_one_committed_state(db: Database, tmp_path: Path) -> None:
    add_persons(db, 100, "Đầu")
    writer = Database(db.url)
    stop = threading.Event()
    batches = 0

    def write() -> None:
        nonlocal batches
        while not stop.is_set():
            add_persons(writer, 25, f"Lô {batches}")
            batches += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        results = [backup_now(db, tmp_path / "b", 50, STAFF, now=NOW + dt.timedelta(minutes=i)) for i in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.dispose()
    assert batches > 0
    for result in results:
        info = verify_backup(result.path)  # integrity_check ok
        assert (info.persons - 100) % 25 == 0, "a backup caught a transaction half-written"
        assert 100 <= info.persons <= count_persons(db)


def test_rotation_keeps_the_newest_n_and_leaves_other_files_alone(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    (folder / "truoc-khoi-phuc-2026-01-01_0000.db").write_bytes(b"")
    for day in range(1, 6):
        backup_now(db, folder, 3, None, now=dt.datetime(2026, 11, day, 8, 0))
    assert [p.name for p in list_backups(folder)] == [
        "ansinh-2026-11-03_0800.db", "ansinh-2026-11-04_0800.db", "ansinh-2026-11-05_0800.db"]
    assert (folder / "ghi-chu.txt").exists() and (folder / "truoc-khoi-phuc-2026-01-01_0000.db").exists()
    assert [p.name for p in rotate(folder, 1)] == ["ansinh-2026-11-03_0800.db", "ansinh-2026-11-04_0800.db"]


def test_verify_rejects_random_truncated_and_foreign_files(db: Database, tmp_path: Path) -> None:
    random_file = tmp_path / "ngau-nhien.db"
    random_file.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ServiceError, match="không phải bản sao lưu An Sinh Desk"):
        verify_backup(random_file)

    foreign = tmp_path / "khac.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE ghi_chu (id INTEGER PRIMARY KEY, noi_dung TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ServiceError, match=r"khac\.db không phải bản sao lưu An Sinh Desk"):
        verify_backup(foreign)

    add_persons(db, 300)
    good = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    truncated = tmp_path / "cat-ngang.db"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ServiceError, match="bị hỏng"):
        verify_backup(truncated)

    with pytest.raises(ServiceError, match="Không tìm thấy tệp sao lưu"):
        verify_backup(tmp_path / "khong-co.db")


def test_restore_keeps_a_safety_copy_and_the_backup_data_comes_back(db: Database, tmp_path: Path) -> None:
    add_persons(db, 10)
    backup = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    add_persons(db, 5, "Sau sao lưu")
    path = db_file(db)
    db.dispose()

    result = restore(path, backup, ADMIN, safety_folder=tmp_path / "b", now=NOW + dt.timedelta(hours=1))

    assert result.persons == 10
    assert result.safety_copy is not None and result.safety_copy.name == "truoc-khoi-phuc-2026-11-22_0805.db"
    assert verify_backup(result.safety_copy).persons == 15
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    reopened = open_database(f"sqlite:///{path}")
    try:
        assert count_persons(reopened) == 10
        with reopened.reading() as session:
            username, summary = session.execute(
                select(AuditEntry.username, AuditEntry.summary).where(AuditEntry.action == "restore")).one()
        assert username == "quantri" and backup.name in summary
        add_persons(reopened, 1)  # the restored file is a working database
        assert count_persons(reopened) == 11
    finally:
        reopened.dispose()


def test_restore_refuses_while_the_database_is_open_elsewhere(db: Database, tmp_path: Path) -> None:
    add_persons(db, 3)
    backup = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    add_persons(db, 2)
    other = sqlite3.connect(db_file(db))  # another desk with the file open
    other.execute("SELECT count(*) FROM persons").fetchone()
    try:
        with pytest.raises(ServiceError, match="đang được mở ở máy khác"):
            restore(db_file(db), backup, ADMIN, safety_folder=tmp_path / "b")
    finally:
        other.close()
    assert count_persons(db) == 5


@pytest.mark.parametrize("actor", [STAFF, VIEWER])
def test_only_an_admin_may_restore(db: Database, tmp_path: Path, actor: Actor) -> None:
    backup = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    with pytest.raises(PermissionDeniedError, match="không được phép"):
        restore(db_file(db), backup, actor)


def test_a_viewer_may_not_back_up(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        backup_now(db, tmp_path / "b", 10, VIEWER)
    assert not (tmp_path / "b").exists()


def test_restore_needs_confirmation(db: Database, tmp_path: Path) -> None:
    backup = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    with pytest.raises(ServiceError, match="hãy xác nhận"):
        restore(db_file(db), backup, ADMIN, confirm=False)


def test_postgresql_is_backed_up_by_its_server() -> None:
    shared = Database("postgresql+psycopg://ansinh@may-chu.invalid/ansinh")
    with pytest.raises(ServiceError) as caught:
        backup_now(shared, Path("/tmp/khong-dung"), 10, STAFF)
    assert caught.value.message == POSTGRES_MESSAGE and "pg_dump" in caught.value.message
    assert run_startup_backup(shared, BackupPolicy(Path("/tmp/khong-dung"))) is None


def test_automatic_backup_once_a_day_and_never_raises(db: Database, tmp_path: Path) -> None:
    policy = BackupPolicy(tmp_path / "b", 2)
    assert run_startup_backup(db, policy, now=NOW) == "Đã sao lưu tự động: ansinh-2026-11-22_0705.db"
    assert run_startup_backup(db, policy, now=NOW + dt.timedelta(hours=3)) is None
    assert run_startup_backup(db, policy, now=NOW + dt.timedelta(days=1)) is not None
    assert len(list_backups(policy.folder)) == 2

    blocker = tmp_path / "o-usb"
    blocker.write_text("không phải thư mục", encoding="utf-8")  # the drive letter now points at a file
    message = run_startup_backup(db, BackupPolicy(blocker / "saoluu"), now=NOW)
    assert message is not None and message.startswith("Chưa sao lưu tự động được: Không ghi được vào thư mục sao lưu")


def test_due_backup_counts_days_of_use() -> None:
    assert due_backup(None, NOW)
    assert not due_backup(NOW - dt.timedelta(hours=6), NOW)
    assert due_backup(NOW - dt.timedelta(days=1), NOW)


def test_policy_is_saved_per_desk_with_sane_defaults(tmp_path: Path) -> None:
    default = BackupPolicy.load()
    assert default.keep == 10 and default.folder.name == "backups"
    BackupPolicy(tmp_path / "USB", 0).save()
    assert BackupPolicy.load() == BackupPolicy(tmp_path / "USB", 1)


def test_restore_rescues_a_damaged_database(db: Database, tmp_path: Path) -> None:
    add_persons(db, 4)
    backup = backup_now(db, tmp_path / "b", 10, STAFF, now=NOW).path
    path = db_file(db)
    db.dispose()
    damaged = b"\0" * 100 + bytes(range(256)) * 40
    path.write_bytes(damaged)  # the disk mangled the file

    result = restore(path, backup, ADMIN, now=NOW)

    assert result.safety_copy is not None and result.safety_copy.read_bytes() == damaged  # kept byte for byte
    assert verify_backup(path).persons == 4
