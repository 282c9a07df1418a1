"""``ansinh-desk backup`` and ``restore``: signed in, confirmed, exit codes and messages."""

from __future__ import annotations

import io
import sqlite3
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
from desktop.services.errors import ServiceError
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


# --- issue 17, findings 3, 4 and 14: restore checks first, can be undone, and nothing foreign opens --------

AUDIT_WIPE = "CREATE TRIGGER wipe AFTER INSERT ON audit_entries BEGIN DELETE FROM audit_entries; END"
EXFIL = ("CREATE TABLE exfil (full_name TEXT, cccd TEXT); "
         "CREATE TRIGGER steal AFTER UPDATE ON persons BEGIN "
         "INSERT INTO exfil VALUES (new.full_name, new.cccd); DELETE FROM persons WHERE id = new.id; END")


def backed_up(desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    user = sign_in(monkeypatch, Role.ADMIN)
    assert main(["--db", str(desk_db), "--user", user, "backup", str(tmp_path / "b")]) == 0
    capsys.readouterr()
    return list_backups(tmp_path / "b")[-1]


def tampered(backup: Path, *statements: str) -> Path:
    copy = backup.with_name(f"sua-{backup.name}")
    copy.write_bytes(backup.read_bytes())
    connection = sqlite3.connect(copy)
    connection.executescript("; ".join(statements))
    connection.commit()
    connection.close()
    return copy


def restore_cli(desk_db: Path, backup: Path) -> int:
    return main(["--db", str(desk_db), "--user", "quantri", "restore", str(backup), "--yes"])


@pytest.mark.parametrize(("what", "statements", "message"), [
    ("two tables only", ["DELETE FROM alembic_version"], "không phải bản sao lưu An Sinh Desk"),
    ("unknown revision", ["UPDATE alembic_version SET version_num = 'x9f3'"], "phiên bản lược đồ “x9f3”"),
    ("audit-wiping trigger", [AUDIT_WIPE], "thừa trigger wipe"),
    ("exfiltrating trigger", [EXFIL], "thừa table exfil; thừa trigger steal"),
    ("a missing index", ["DROP INDEX ix_persons_search_key"], "thiếu index ix_persons_search_key"),
    ("an extra column", ["ALTER TABLE persons ADD COLUMN secret TEXT"], "khác table persons"),
])
def test_restore_refuses_a_file_that_is_not_exactly_the_applications(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        what: str, statements: list[str], message: str) -> None:
    backup = backed_up(desk_db, tmp_path, monkeypatch, capsys)
    before = desk_db.read_bytes()
    assert restore_cli(desk_db, tampered(backup, *statements)) == 1, what
    assert message in capsys.readouterr().err
    assert desk_db.read_bytes() == before
    assert persons_in(desk_db) == 5


def test_a_file_with_only_the_version_and_persons_tables_is_refused(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 3 as run: such a file used to replace the register, after which every command failed."""
    sign_in(monkeypatch, Role.ADMIN)
    bare = tmp_path / "bare.db"
    connection = sqlite3.connect(bare)
    connection.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
                             "INSERT INTO alembic_version VALUES ('0004'); CREATE TABLE persons (id INTEGER);")
    connection.close()
    assert restore_cli(desk_db, bare) == 1
    assert "không đúng cấu trúc cơ sở dữ liệu An Sinh Desk (thiếu " in capsys.readouterr().err
    assert persons_in(desk_db) == 5
    assert main(["--db", str(desk_db), "--user", "quantri", "search", "Người"]) == 0


def test_a_failure_after_the_swap_puts_the_safety_copy_back_by_itself(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backed_up(desk_db, tmp_path, monkeypatch, capsys)
    db = open_database(f"sqlite:///{desk_db}")
    add_persons(db, 3)
    db.dispose()

    def broken(path: Path) -> None:
        raise ServiceError("ổ đĩa trả về dữ liệu sai")

    monkeypatch.setattr("desktop.services.backup._check_restored", broken)
    assert restore_cli(desk_db, backup) == 1
    err = capsys.readouterr().err
    safety = next(desk_db.parent.glob("truoc-khoi-phuc-*.db"))
    assert f"đã tự đặt lại dữ liệu trước khi khôi phục từ bản an toàn {safety}" in err
    assert persons_in(desk_db) == 8
    assert main(["--db", str(desk_db), "--user", "quantri", "search", "Người"]) == 0


def test_a_database_with_a_foreign_trigger_is_not_opened_and_a_restore_cleans_it(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 4: triggers that erase the audit trail or copy people away."""
    backup = backed_up(desk_db, tmp_path, monkeypatch, capsys)
    connection = sqlite3.connect(desk_db)
    connection.executescript(f"{AUDIT_WIPE}; {EXFIL}")
    connection.close()
    for command in (["search", "Người"], ["report", "coverage", "--xlsx", str(tmp_path / "r.xlsx")]):
        assert main(["--db", str(desk_db), "--user", "quantri", *command]) == 1
        err = capsys.readouterr().err
        assert "có trigger hoặc view không do An Sinh Desk tạo (trigger steal, trigger wipe, view" not in err
        assert "có trigger hoặc view không do An Sinh Desk tạo (trigger steal, trigger wipe)" in err
        assert "Traceback" not in err
    assert restore_cli(desk_db, backup) == 0
    out = capsys.readouterr().out
    assert "Bản an toàn của dữ liệu trước khi khôi phục: " in out
    assert main(["--db", str(desk_db), "--user", "quantri", "search", "Người"]) == 0
    connection = sqlite3.connect(desk_db)
    assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    connection.close()


def test_a_database_from_a_newer_version_says_which_version_is_needed(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 14: every command used to print a raw Alembic traceback."""
    sign_in(monkeypatch, Role.ADMIN)
    backup = backed_up(desk_db, tmp_path, monkeypatch, capsys)
    connection = sqlite3.connect(desk_db)
    connection.executescript("UPDATE alembic_version SET version_num = '0099';"
                             "UPDATE app_settings SET value = '0.7.0' WHERE key = 'schema_app_version'")
    connection.close()
    before = desk_db.read_bytes()
    for command in (["db", "upgrade"], ["--user", "quantri", "search", "Người"]):
        assert main(["--db", str(desk_db), *command]) == 1
        err = capsys.readouterr().err
        assert "được tạo bởi phiên bản mới hơn của An Sinh Desk (lược đồ 0099)" in err
        assert "Hãy cài An Sinh Desk 0.7.0 trở lên rồi mở lại." in err and "Traceback" not in err
    assert desk_db.read_bytes() == before
    newer = tampered(backup, "UPDATE alembic_version SET version_num = '0099'")
    assert restore_cli(desk_db, newer) == 1
    assert "Hãy cài An Sinh Desk mới hơn" in capsys.readouterr().err
