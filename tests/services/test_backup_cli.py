"""``ansinh-desk backup`` and ``restore``: signed in, confirmed, exit codes and messages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import Row, func, select

from desktop.cli import main
from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import AuditEntry, Person
from desktop.services.authz import Role
from desktop.services.backup import list_backups
from desktop.services.bootstrap import open_database
from tests.conftest import ACCOUNT_PASSWORDS, add_accounts


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    """A database file with the three accounts and five persons; every connection closed."""
    path = tmp_path / "ansinh.db"
    db = open_database(f"sqlite:///{path}")
    add_accounts(db)
    add_persons(db, 5)
    db.dispose()
    return path


def add_persons(db: Database, count: int) -> None:
    with db.unit_of_work() as session:
        for index in range(count):
            session.add(Person(full_name=f"Người {index}", search_key=fold(f"Người {index}"), version=1))


def persons_in(path: Path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)
    finally:
        db.dispose()


def sign_in(monkeypatch: pytest.MonkeyPatch, role: Role) -> str:
    monkeypatch.setenv("ANSINH_PASSWORD", ACCOUNT_PASSWORDS[role])
    return {Role.ADMIN: "quantri", Role.STAFF: "canbo", Role.VIEWER: "xem"}[role]


def test_staff_backs_up_into_a_folder_keeping_n(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.STAFF)
    folder = tmp_path / "saoluu"
    for _ in range(3):
        assert main(["--db", str(desk_db), "--user", user, "backup", str(folder), "--keep", "10"]) == 0
    assert "Đã sao lưu ra " in capsys.readouterr().out
    assert len(list_backups(folder)) == 3
    assert [entry.action for entry in trail(desk_db)].count("backup") == 3


def test_only_an_admin_lowers_the_kept_backups_and_the_deletion_is_audited(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 8 of issue 17: ``backup --keep 1`` by staff deleted four old backups, unaudited."""
    folder = tmp_path / "saoluu"
    staff = sign_in(monkeypatch, Role.STAFF)
    for _ in range(5):
        assert main(["--db", str(desk_db), "--user", staff, "backup", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", str(desk_db), "--user", staff, "backup", str(folder), "--keep", "1"]) == 1
    assert "Chỉ người quản trị được giảm số bản sao lưu giữ lại (máy này đang giữ 10 bản)" in capsys.readouterr().err
    assert len(list_backups(folder)) == 5

    admin = sign_in(monkeypatch, Role.ADMIN)
    assert main(["--db", str(desk_db), "--user", admin, "backup", str(folder), "--keep", "1"]) == 0
    assert "Đã xoá 5 bản sao lưu cũ (giữ 1 bản mới nhất)." in capsys.readouterr().out
    assert len(list_backups(folder)) == 1
    deleted = [entry for entry in trail(desk_db) if entry.action == "delete_backup"]
    assert len(deleted) == 1 and deleted[0].username == "quantri"
    assert deleted[0].summary.startswith("Xoá 5 bản sao lưu cũ (giữ 1 bản): ansinh-")


def trail(path: Path) -> list[Row[tuple[str, str, str]]]:
    """Action, user and summary of every audit entry in the database file, oldest first."""
    db = open_database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            return list(session.execute(
                select(AuditEntry.action, AuditEntry.username, AuditEntry.summary).order_by(AuditEntry.id)))
    finally:
        db.dispose()


def test_a_viewer_may_not_back_up(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.VIEWER)
    assert main(["--db", str(desk_db), "--user", user, "backup", str(tmp_path / "b")]) == 1
    assert "không được phép" in capsys.readouterr().err


def test_admin_restores_with_yes(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.ADMIN)
    folder = tmp_path / "b"
    assert main(["--db", str(desk_db), "--user", user, "backup", str(folder)]) == 0
    db = open_database(f"sqlite:///{desk_db}")
    add_persons(db, 3)
    db.dispose()
    backup = list_backups(folder)[0]
    assert main(["--db", str(desk_db), "--user", user, "restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Đã khôi phục 5 người từ {backup}." in out
    assert "Bản an toàn của dữ liệu trước khi khôi phục: " in out
    assert persons_in(desk_db) == 5
    assert len(list(desk_db.parent.glob("truoc-khoi-phuc-*.db"))) == 1


def test_restore_asks_on_a_terminal_and_refuses_without_one(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.ADMIN)
    assert main(["--db", str(desk_db), "--user", user, "backup", str(tmp_path / "b")]) == 0
    backup = list_backups(tmp_path / "b")[0]
    db = open_database(f"sqlite:///{desk_db}")
    add_persons(db, 2)
    db.dispose()

    monkeypatch.setattr("sys.stdin", io.StringIO("co\n"))  # piped in: not a terminal
    assert main(["--db", str(desk_db), "--user", user, "restore", str(backup)]) == 1
    assert "cần xác nhận: chạy lại ở cửa sổ lệnh hoặc thêm --yes" in capsys.readouterr().err
    assert persons_in(desk_db) == 7

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("khong\n"))
    assert main(["--db", str(desk_db), "--user", user, "restore", str(backup)]) == 1
    captured = capsys.readouterr().out
    assert "Gõ 'co' để đồng ý" in captured and "Đã huỷ, không thay đổi gì." in captured
    assert persons_in(desk_db) == 7

    monkeypatch.setattr("sys.stdin", Terminal("co\n"))
    assert main(["--db", str(desk_db), "--user", user, "restore", str(backup)]) == 0
    assert persons_in(desk_db) == 5


def test_staff_may_not_restore(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.STAFF)
    assert main(["--db", str(desk_db), "--user", user, "backup", str(tmp_path / "b")]) == 0
    backup = list_backups(tmp_path / "b")[0]
    assert main(["--db", str(desk_db), "--user", user, "restore", str(backup), "--yes"]) == 1
    assert "không được phép" in capsys.readouterr().err


def test_restore_of_a_foreign_file_is_refused(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    user = sign_in(monkeypatch, Role.ADMIN)
    foreign = tmp_path / "anh.db"
    foreign.write_bytes(b"\x89PNG\r\n" * 100)
    assert main(["--db", str(desk_db), "--user", user, "restore", str(foreign), "--yes"]) == 1
    assert f"Tệp {foreign} không phải bản sao lưu An Sinh Desk" in capsys.readouterr().err
    assert persons_in(desk_db) == 5


def test_postgresql_backup_is_the_servers_job(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://ansinh@127.0.0.1:1/khong_co"
    assert main(["--db", url, "restore", str(tmp_path / "x.db"), "--yes"]) == 1
    assert "pg_restore" in capsys.readouterr().err
