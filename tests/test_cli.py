"""The command line: help in two languages, exit codes, demo, db upgrade, version."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.migrations import SCHEMA_HEAD
from desktop.services.accounts import WRONG_CREDENTIALS
from desktop.services.authz import Role
from tests.conftest import ACCOUNT_PASSWORDS


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip() == f"ansinh-desk {__version__}"


def test_help_is_vietnamese_by_default_and_english_on_request() -> None:
    vi = run("--help")
    assert vi.returncode == 0
    assert "Cách dùng:" in vi.stdout and "cơ sở dữ liệu" in vi.stdout and "demo" in vi.stdout
    en = run("--help", env={"ANSINH_LANG": "en"})
    assert en.returncode == 0
    assert "usage:" in en.stdout and "database" in en.stdout


def test_bad_usage_exits_2_with_vietnamese_message() -> None:
    result = run("demo", "--persons", "abc")
    assert result.returncode == 2
    assert "lỗi:" in result.stderr and "không phải số nguyên" in result.stderr
    assert run("no-such-command").returncode == 2


def test_vietnamese_output_is_utf8_through_a_pipe_whatever_the_console_code_page(tmp_path: Path) -> None:
    """A pipe or a Windows console in cp1252 has no letter for "ở" or "ệ": the command wrote UTF-8 anyway."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    upgrade = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "new.db"), "db", "upgrade"],
                             capture_output=True, env=env)
    assert upgrade.returncode == 0, upgrade.stderr.decode("utf-8", "replace")
    assert upgrade.stdout.decode("utf-8") == f"Lược đồ ở phiên bản {SCHEMA_HEAD}.\n"
    refused = subprocess.run([sys.executable, "-m", "desktop", "demo", "--persons", "abc"], capture_output=True, env=env)
    assert refused.returncode == 2
    assert "lỗi: argument --persons: “abc” không phải số nguyên" in refused.stderr.decode("utf-8")
    helped = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True, env=env)
    assert helped.returncode == 0 and "Cách dùng: ansinh-desk" in helped.stdout.decode("utf-8")


def test_db_upgrade_creates_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "db", "upgrade"]) == 0
    assert f"Lược đồ ở phiên bản {SCHEMA_HEAD}." in capsys.readouterr().out
    assert target.exists()


def test_db_env_variable_picks_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from_env.db"
    monkeypatch.setenv("ANSINH_DB", str(target))
    assert main(["db", "upgrade"]) == 0
    assert target.exists()


def test_unopenable_database_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--db", "sqlite:///" + str(blocker / "x.db"), "db", "upgrade"]) == 1
    assert "Lỗi:" in capsys.readouterr().err


def test_demo_then_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = str(tmp_path / "demo.db")
    assert main(["--db", target, "demo", "--persons", "300", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo văn phòng mẫu BHXH cơ sở Cư M'gar: 300 người" in out
    assert "Tài khoản mẫu (mật khẩu “ansinh2026”" in out
    assert all(line in out for line in ("  quantri — Quản trị", "  canbo — Cán bộ nghiệp vụ", "  xem — Chỉ xem"))
    assert main(["--db", target, "demo", "--persons", "300"]) == 1
    assert "Dùng --force" in capsys.readouterr().err
    assert main(["--db", target, "demo", "--persons", "200", "--force"]) == 1
    assert "cần người quản trị của dữ liệu mẫu đăng nhập (--user)" in capsys.readouterr().err
    monkeypatch.setenv("ANSINH_PASSWORD", "ansinh2026")
    assert main(["--db", target, "--user", "canbo", "demo", "--persons", "200", "--force"]) == 1
    assert "không được phép" in capsys.readouterr().err
    assert main(["--db", target, "--user", "quantri", "demo", "--persons", "200", "--force"]) == 0
    out = capsys.readouterr().out
    assert "200 người" in out and "Các tài khoản mẫu đã có từ trước" in out
    trail = demo_trail(target)
    assert [(who, what) for who, what in trail if what.startswith("Tạo dữ liệu mẫu")] == [
        ("ansinh-desk demo", "Tạo dữ liệu mẫu: 300 người"),
        ("quantri", "Tạo dữ liệu mẫu: 200 người, thay 300 người của dữ liệu mẫu trước")]


def demo_trail(target: str) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from desktop.models import AuditEntry
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{target}")
    try:
        with db.reading() as session:
            return [(row.username, row.summary) for row in
                    session.execute(select(AuditEntry.username, AuditEntry.summary).where(AuditEntry.action == "demo"))]
    finally:
        db.dispose()


def test_demo_never_touches_a_real_register(office_accounts: dict[Role, object], office_db: object,
                                            capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 1 of issue 17: ``demo --persons 1 --force`` replaced a real office's persons with one."""
    from desktop.db import Database, sqlite_path

    assert isinstance(office_db, Database)
    path = sqlite_path(office_db.url)
    assert path is not None
    office_db.dispose()
    before = path.read_bytes()
    monkeypatch.setenv("ANSINH_PASSWORD", ACCOUNT_PASSWORDS[Role.ADMIN])
    for extra in ([], ["--user", "quantri"]):
        assert main(["--db", str(path), *extra, "demo", "--persons", "1", "--force"]) == 1
        err = capsys.readouterr().err
        assert "đang chứa dữ liệu thật (đơn vị “Bảo hiểm xã hội cơ sở Cư M'gar”), không phải dữ liệu mẫu" in err
    monkeypatch.setenv("ANSINH_DB", str(path))  # without --db: the desk's own database
    assert main(["demo", "--persons", "1", "--force"]) == 1
    assert "Lệnh demo không bao giờ ghi vào đó" in capsys.readouterr().err
    assert demo_trail(str(path)) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM users WHERE username = 'quantri'").fetchone() == (1,)
        assert connection.execute("SELECT full_name FROM users WHERE username = 'quantri'").fetchone() == (
            "Nguyễn Thị Thu Hà",)
    assert len(path.read_bytes()) == len(before)


@pytest.fixture
def seeded_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database with six persons and the three accounts; commands run as "canbo" unless told."""
    from desktop.services.bootstrap import open_database
    from desktop.services.office import save_office
    from tests.conftest import add_accounts, cu_mgar_office
    from tests.services.participants_data import seed

    target = str(tmp_path / "seeded.db")
    db = open_database(f"sqlite:///{target}")
    save_office(db, cu_mgar_office(db))
    seed(db)
    add_accounts(db)
    db.dispose()
    monkeypatch.setenv("ANSINH_PASSWORD", ACCOUNT_PASSWORDS[Role.STAFF])
    return target


def test_search_json_lists_matching_persons_with_export_columns(seeded_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", seeded_db, "--user", "canbo", "search", "nguyen thi hien", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert sorted(p["full_name"] for p in found) == ["Nguyen Thi Hien", "Nguyễn Thị Hiền"]
    hien = next(p for p in found if p["full_name"] == "Nguyễn Thị Hiền")
    assert hien == {
        "cccd": "066190000123", "si_code": "0123456789", "full_name": "Nguyễn Thị Hiền", "birth": "1990-05-04",
        "sex": "F", "ethnic_code": "01", "commune_code": "24259", "village": "Thôn 3",
        "household_code": "2425900000123", "phone": "0905123456", "hi_scheme": "HI-HH",
        "hi_valid_to": "2026-12-02", "vsi_paid_to": None,
    }
    assert main(["--db", seeded_db, "--user", "canbo", "search", "123456789", "--json", "--limit", "1"]) == 0
    assert [p["si_code"] for p in json.loads(capsys.readouterr().out)] == ["0123456789"]


def test_export_csv_has_one_row_per_person_with_leading_zeros(seeded_db: str, tmp_path: Path) -> None:
    out = tmp_path / "nguoi.csv"
    assert main(["--db", seeded_db, "--user", "canbo", "export", "participants", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    hien = next(r for r in rows if r["full_name"] == "Nguyễn Thị Hiền")
    assert (hien["si_code"], hien["cccd"], hien["birth"]) == ("0123456789", "066190000123", "1990-05-04")
    ybhim = next(r for r in rows if r["full_name"] == "Y Bhim Niê")
    assert (ybhim["birth"], ybhim["hi_scheme"], ybhim["commune_code"]) == ("2008", "HI-STU", "24277")


def test_export_can_mask_id_numbers(seeded_db: str, tmp_path: Path) -> None:
    out = tmp_path / "nguoi.csv"
    assert main(["--db", seeded_db, "--user", "canbo", "export", "participants", "--mask-ids", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        hien = next(r for r in csv.DictReader(handle) if r["full_name"] == "Nguyễn Thị Hiền")
    assert (hien["si_code"], hien["cccd"]) == ("******6789", "********0123")


def test_export_xlsx_opens_with_vietnamese_headers_and_real_dates(seeded_db: str, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "nguoi.xlsx"
    assert main(["--db", seeded_db, "--user", "canbo", "export", "participants", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Số CCCD", "Mã số BHXH", "Họ và tên"]
    rows = {r[2]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) >= {"Nguyễn Thị Hiền", "H'Nhi Êban", "Đỗ Văn Đức"}
    assert rows["Nguyễn Thị Hiền"][1] == "0123456789"
    assert rows["Nguyễn Thị Hiền"][11].date() == dt.date(2026, 12, 2)


def test_export_to_an_unknown_format_is_a_user_error_and_writes_nothing(seeded_db: str, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nguoi.txt"
    assert main(["--db", seeded_db, "--user", "canbo", "export", "participants", "--out", str(out)]) == 1
    assert "chỉ hỗ trợ tệp .csv hoặc .xlsx" in capsys.readouterr().err
    assert not out.exists()


def test_wrong_password_exits_1_with_the_sign_in_message(seeded_db: str, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANSINH_PASSWORD", "khong-dung")
    assert main(["--db", seeded_db, "--user", "canbo", "search", "hien"]) == 1
    assert capsys.readouterr().err == f"Lỗi: {WRONG_CREDENTIALS}\n"
    assert main(["--db", seeded_db, "--user", "khongco", "search", "hien"]) == 1
    assert capsys.readouterr().err == f"Lỗi: {WRONG_CREDENTIALS}\n"


def test_commands_that_touch_data_need_user(seeded_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", seeded_db, "search", "hien"]) == 1
    assert "Lệnh này cần đăng nhập: thêm --user" in capsys.readouterr().err


def test_no_password_and_no_terminal_is_a_clear_error(seeded_db: str, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ANSINH_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", seeded_db, "--user", "canbo", "search", "hien"]) == 1
    assert "đặt biến môi trường ANSINH_PASSWORD" in capsys.readouterr().err


def test_password_is_asked_on_a_terminal(seeded_db: str, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ANSINH_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return ACCOUNT_PASSWORDS[Role.VIEWER]

    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["--db", seeded_db, "--user", "xem", "search", "nguyen thi hien", "--json"]) == 0
    assert prompts == ["Mật khẩu của xem: "]
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_viewer_may_search_but_not_export(seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANSINH_PASSWORD", ACCOUNT_PASSWORDS[Role.VIEWER])
    assert main(["--db", seeded_db, "--user", "xem", "search", "hien"]) == 0
    out = tmp_path / "nguoi.csv"
    assert main(["--db", seeded_db, "--user", "xem", "export", "participants", "--out", str(out)]) == 1
    assert "vai trò Chỉ xem" in capsys.readouterr().err
    assert not out.exists()


def test_database_without_accounts_says_to_run_setup_or_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANSINH_PASSWORD", "bat-ky")
    target = str(tmp_path / "empty.db")
    assert main(["--db", target, "--user", "quantri", "search", "hien"]) == 1
    err = capsys.readouterr().err
    assert "chưa có tài khoản nào" in err and "ansinh-desk demo" in err


def test_temporary_password_must_be_changed_in_the_app_first(seeded_db: str, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.services import accounts
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{seeded_db}")
    admin = accounts.authenticate(db, "quantri", ACCOUNT_PASSWORDS[Role.ADMIN])
    row = next(r for r in accounts.list_accounts(db, admin) if r.username == "canbo")
    accounts.reset_password(db, admin, row.id, row.version, "tam-thoi-456")
    db.dispose()
    monkeypatch.setenv("ANSINH_PASSWORD", "tam-thoi-456")
    assert main(["--db", seeded_db, "--user", "canbo", "search", "hien"]) == 1
    assert "đổi mật khẩu trước" in capsys.readouterr().err


def audit_of(path: Path, action: str) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from desktop.models import AuditEntry
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            return [(row.username, row.summary) for row in session.execute(
                select(AuditEntry.username, AuditEntry.summary).where(AuditEntry.action == action)
                .order_by(AuditEntry.id))]
    finally:
        db.dispose()


def test_a_viewer_cannot_dump_the_register_through_search(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 5 of issue 17: ``--user xem search "" --limit 1000000 --json`` printed every person in full."""
    assert main(["--db", str(demo_file), "--user", "xem", "search", "", "--limit", "1000000", "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert len(rows) == 100
    assert all(row["cccd"] == "" or row["cccd"].startswith("********") for row in rows)
    assert all(row["si_code"] == "" or row["si_code"].startswith("******") for row in rows)
    assert any(row["cccd"] for row in rows)
    assert "tối đa 100 người mỗi lần tìm, số định danh bị che" in captured.err

    assert main(["--db", str(demo_file), "--user", "canbo", "search", "", "--limit", "1000", "--json"]) == 0
    staff_rows = json.loads(capsys.readouterr().out)
    assert len(staff_rows) == 400 and any(len(row["cccd"]) == 12 and row["cccd"].isdigit() for row in staff_rows)
    assert audit_of(demo_file, "search") == [
        ("xem", "Tìm “”: 100 người, che số định danh"), ("canbo", "Tìm “”: 400 người")]


def test_a_viewer_finding_one_person_sees_that_person(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "--user", "canbo", "search", "", "--limit", "1", "--json"]) == 0
    person = json.loads(capsys.readouterr().out)[0]
    assert main(["--db", str(demo_file), "--user", "xem", "search", person["cccd"] or person["full_name"],
                 "--json"]) == 0
    assert person in json.loads(capsys.readouterr().out)


def test_the_audit_says_whether_a_report_carried_full_ids(demo_file: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 8 of issue 17: the trail did not say whether a report carried full ID numbers."""
    base = ["--db", str(demo_file), "--user", "canbo", "report"]
    assert main([*base, "renewals", "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert main([*base, "renewals", "--full-ids", "--xlsx", str(tmp_path / "b.xlsx")]) == 0
    assert main([*base, "d03", "--pdf", str(tmp_path / "c.pdf")]) == 0
    assert main([*base, "coverage", "--pdf", str(tmp_path / "d.pdf")]) == 0
    notes = [summary for _, summary in audit_of(demo_file, "export")]
    assert "a.xlsx" in notes[0] and notes[0].endswith("che số định danh)")
    assert "b.xlsx" in notes[1] and notes[1].endswith("đủ số CCCD, mã số BHXH)")
    assert "c.pdf" in notes[2] and notes[2].endswith("đủ số CCCD, mã số BHXH)")
    assert "d.pdf" in notes[3] and "CCCD" not in notes[3] and "định danh" not in notes[3]
