"""``ansinh-desk import``: a dry run by default, --commit writes, --json prints one exact object."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.db import Database
from desktop.services.authz import Role
from tests.conftest import Credentials
from tests.services.imports.conftest import (
    seed_office,
    sheet_file,
    stored_enrollments,
    stored_persons,
)

D = dt.date
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn", "Từ ngày", "Số tháng", "Mã NV thu"]


@pytest.fixture(autouse=True)
def signed_in(office_accounts: dict[Role, Credentials], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command runs as the staff account "canbo", its password in ANSINH_PASSWORD."""
    monkeypatch.setenv("ANSINH_PASSWORD", office_accounts[Role.STAFF].password)


@pytest.fixture
def small_list(tmp_path: Path) -> Path:
    return sheet_file(tmp_path, HEADER, [
        [1, "Nguyễn Thị Hiền", D(1990, 5, 1), "Nữ", 66190012345, "Buôn Ea Kiết", "01/2025", 12, "NV001"],
        [2, "Y Moan Êban", 1962, "Nam", "066062001234", "Thôn 9", None, None, None],
        [3, "Y Moan Êban", 1962, "Nam", "066062001234", "Thôn 9", None, None, None],
        [4, None, "01/01/1980", "Nam", None, "Thôn 3", None, None, None],
        [5, "Lê Văn Sai", "01/01/2099", "Nam", "12345", "Thôn 3", "01/2025", 12, "NV404"],
    ], name="danh_sach.xlsx")


def _expected(committed: bool, batch_id: int | None) -> dict[str, object]:
    return {
        "file": "danh_sach.xlsx",
        "sheet": "Danh sách",
        "header_row": 1,
        "rows": 5,
        "valid": 2,
        "invalid": 2,
        "new": 2,
        "updated": 0,
        "unchanged": 0,
        "duplicates_in_file": 1,
        "candidates": 0,
        "households_linked": 0,
        "clans_created": [],
        "committed": committed,
        "batch_id": batch_id,
        "warnings": ["Sẽ tạo mới 1 thôn, buôn: Thôn 9 (Xã Ea Kiết)."],
        "errors": [
            {"row": 5, "column": "Họ và tên", "message": "Chưa nhập họ và tên."},
            {"row": 6, "column": "Ngày sinh", "message": "Ngày sinh không được sau ngày hôm nay."},
            {"row": 6, "column": "Số CCCD", "message": "Số CCCD phải gồm 12 chữ số (đang có 5)."},
            {"row": 6, "column": "Mã NV thu",
             "message": "Không có nhân viên thu mã “NV404” trong danh sách nhân viên thu."},
        ],
    }


def test_dry_run_json_is_exact_and_writes_nothing(office_db: Database, sqlite_url: str, small_list: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    seed_office(office_db)
    code = main(["--db", sqlite_url, "--user", "canbo", "import", str(small_list), "--commune", "24265", "--json"])
    out = capsys.readouterr()
    assert code == 0
    assert json.loads(out.out) == _expected(committed=False, batch_id=None)
    assert "Lưu ý: Sẽ tạo mới 1 thôn, buôn: Thôn 9 (Xã Ea Kiết)." in out.err
    assert stored_persons(office_db) == []


def test_commit_writes_and_a_second_import_of_the_same_file_is_warned(
        office_db: Database, sqlite_url: str, small_list: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_office(office_db)
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(small_list), "--commune", "Ea Kiết", "--commit", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first == _expected(committed=True, batch_id=first["batch_id"]) and first["batch_id"] == 1
    assert [p["full_name"] for p in stored_persons(office_db)] == ["Nguyễn Thị Hiền", "Y Moan Êban"]
    assert [(e["person"], e["valid_to"], e["agent"]) for e in stored_enrollments(office_db)] == [
        ("Nguyễn Thị Hiền", D(2025, 12, 31), "NV001")]

    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(small_list), "--commune", "24265"]) == 0
    out = capsys.readouterr()
    assert "Lưu ý: Tệp “danh_sach.xlsx” (cùng nội dung) đã được nhập lúc" in out.err
    assert out.out.splitlines()[:2] == [
        "Tệp danh_sach.xlsx, trang “Danh sách”, dòng tiêu đề 1.",
        "5 dòng: 0 mới, 0 cập nhật, 2 không đổi, 1 trùng trong tệp, 2 lỗi.",
    ]
    assert "  Dòng 6 [Số CCCD]: Số CCCD phải gồm 12 chữ số (đang có 5)." in out.out
    assert out.out.rstrip().endswith("Chạy thử: chưa ghi gì. Thêm --commit để ghi.")


def test_error_rows_to_xlsx(office_db: Database, sqlite_url: str, small_list: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    seed_office(office_db)
    report = tmp_path / "loi.xlsx"
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(small_list), "--commune", "24265", "--errors-xlsx",
                 str(report)]) == 0
    assert f"Đã ghi 2 dòng lỗi ra {report}." in capsys.readouterr().err
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == [None, "Lê Văn Sai"]
    assert rows[0][-1] == "Lý do lỗi"


def test_nothing_valid_to_commit_still_reads_the_file(office_db: Database, sqlite_url: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet_file(tmp_path, ["Họ và tên", "Năm sinh"], [[None, 1980]])
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(path), "--commit", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["committed"] is False
    assert "Không có dòng nào hợp lệ để ghi" in out.err


def test_unreadable_file_exits_1_with_a_vietnamese_message(office_db: Database, sqlite_url: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a spreadsheet at all \x00\x01")
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(broken), "--json"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("Lỗi: ") and "hong.xlsx" in out.err
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(tmp_path / "khong_co.xlsx")]) == 1
    assert "Không tìm thấy tệp “khong_co.xlsx”" in capsys.readouterr().err


def test_bad_usage_exits_2(office_db: Database, sqlite_url: str, small_list: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", sqlite_url, "--user", "canbo", "import"])
    assert caught.value.code == 2
    assert "lỗi:" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "--user", "canbo", "import", str(small_list), "--commune", "99999"]) == 2
    assert "--commune: Không có mã xã, phường “99999”." in capsys.readouterr().err


def test_a_clan_column_links_households_and_creates_clans_only_when_asked(
        office_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from desktop.models import Clan, Household
    from tests.services.test_enrollments import add_household, add_village

    seed_office(office_db)
    village = add_village(office_db, "Buôn Mấp", "24265")
    for code in ("2426500000011", "2426500000012"):
        add_household(office_db, code, village)
    path = sheet_file(tmp_path, ["Họ và tên", "Năm sinh", "Thôn, buôn", "Mã hộ", "DongHo"], [
        ["Y Bhim Niê", 1970, "Buôn Mấp", "2426500000011", "Niê"],
        ["H'Hoa Mlô", 1975, "Buôn Mấp", "2426500000012", "Mlô"],
    ], name="dong_ho.xlsx")
    common = ["--db", sqlite_url, "--user", "canbo", "import", str(path), "--commune", "24265", "--json"]
    assert main([*common, "--commit"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["households_linked"] == 0
    assert "Lưu ý: Dòng họ chưa có, chưa tạo: Niê (Xã Ea Kiết), Mlô (Xã Ea Kiết) (2 hộ chưa được gắn)." in out.err
    assert main([*common, "--commit", "--create-clans"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["households_linked"], result["clans_created"]) == (2, ["Niê (Xã Ea Kiết)", "Mlô (Xã Ea Kiết)"])
    with office_db.reading() as session:
        linked = session.execute(select(Household.code, Clan.name).join(Clan, Clan.id == Household.clan_id)
                                 .order_by(Household.code)).all()
    assert [tuple(row) for row in linked] == [("2426500000011", "Niê"), ("2426500000012", "Mlô")]
