"""``ansinh-desk setup``: the first-run setup without a window does what the dialog does, or nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db import Database
from desktop.models import AuditEntry, OfficeCommune, OfficeProfile, UserAccount
from desktop.services import accounts
from desktop.services.bootstrap import open_database
from desktop.services.office import load_office
from desktop.views import dialogs
from desktop.views.setup_dialog import SetupDialog
from tests.views.setup_forms import check_communes, fill_office
from tests.views.typing import type_text

PASSWORD = "Cư M'gar 2026"
OFFICE = ["--office-name", "Bảo hiểm xã hội cơ sở Cư M'gar", "--communes", "24265,24277", "--place", "Cư M'gar"]
ADMIN = ["--admin", "quantri", "--admin-full-name", "Nguyễn Thị Thu Hà"]


@pytest.fixture
def target(tmp_path: Path) -> str:
    return str(tmp_path / "office.db")


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANSINH_PASSWORD", PASSWORD)


def _snapshot(db: Database) -> dict[str, object]:
    """What a setup leaves in the database, without ids, times and password hashes."""
    with db.reading() as session:
        office = session.scalars(select(OfficeProfile)).one()
        return {
            "office": (office.name, office.parent_name, office.province, office.place_name, office.preparer_name,
                       office.head_name),
            "communes": sorted(session.scalars(select(OfficeCommune.commune_code))),
            "accounts": [tuple(row) for row in session.execute(
                select(UserAccount.username, UserAccount.full_name, UserAccount.role, UserAccount.must_change_password))],
            "audit": [(row.username, row.action, row.entity, row.summary, json.loads(row.changes_json or "{}"))
                      for row in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()],
        }


def _rows(url: str) -> dict[str, int]:
    db = open_database(url)
    try:
        with db.reading() as session:
            return {model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
                    for model in (OfficeProfile, OfficeCommune, UserAccount, AuditEntry)}
    finally:
        db.dispose()


def test_setup_does_exactly_what_the_first_run_dialog_does(qtbot: QtBot, tmp_path: Path, target: str,
                                                          password: None, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, message: errors.append(message))
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 0
    assert capsys.readouterr().out.strip() == (
        "Đã thiết lập đơn vị Bảo hiểm xã hội cơ sở Cư M'gar (2 xã, phường) và tài khoản quản trị quantri.")

    by_dialog = open_database(f"sqlite:///{tmp_path / 'dialog.db'}")
    dialog = SetupDialog(by_dialog)
    qtbot.addWidget(dialog)
    fill_office(dialog, "Bảo hiểm xã hội cơ sở Cư M'gar", "Cư M'gar")
    check_communes(dialog, "Xã Ea Kiết", "Xã Ea Tul")
    form = dialog.account_form
    assert form is not None
    for edit, text in ((form.username_edit, "quantri"), (form.full_name_edit, "Nguyễn Thị Thu Hà"),
                       (form.password_edit, PASSWORD), (form.confirm_edit, PASSWORD)):
        type_text(edit, text)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert errors == []

    by_command = open_database(f"sqlite:///{target}")
    expected = _snapshot(by_dialog)
    assert _snapshot(by_command) == expected
    assert expected["communes"] == ["24265", "24277"]
    assert [entry[1:3] for entry in expected["audit"]] == [("create", "user"), ("create", "office_profile")]  # type: ignore[index]
    assert accounts.authenticate(by_command, "quantri", PASSWORD).username == "quantri"
    by_dialog.dispose()
    by_command.dispose()


def test_a_database_that_already_holds_an_office_is_refused(target: str, password: None,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 0
    before = _rows(f"sqlite:///{target}")
    capsys.readouterr()
    again = ["--office-name", "BHXH cơ sở Krông Búk", "--communes", "24259", "--place", "Krông Búk",
             "--admin", "admin2", "--admin-full-name", "Y Wang Niê"]
    assert main(["--db", target, "setup", *again]) == 1
    assert capsys.readouterr().err.strip() == (
        "Lỗi: Cơ sở dữ liệu này đã được thiết lập cho đơn vị Bảo hiểm xã hội cơ sở Cư M'gar. Thông tin đơn vị "
        "sửa ở trang Cài đặt; tài khoản quản trị mới do người quản trị hiện có tạo.")
    assert _rows(f"sqlite:///{target}") == before


def test_a_demo_office_is_refused_too(target: str, password: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", target, "demo", "--persons", "50"]) == 0
    capsys.readouterr()
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 1
    assert "đã được thiết lập cho đơn vị" in capsys.readouterr().err


@pytest.mark.parametrize(("change", "message"), [
    (["--communes", "24265,99999"], "Lỗi: --communes: Mã xã không có trong danh mục: 99999."),
    (["--communes", " , "], "Lỗi: --communes: Hãy chọn ít nhất một xã, phường mà đơn vị phụ trách."),
    (["--office-name", "  "], "Lỗi: --office-name: Chưa nhập tên đơn vị."),
    (["--admin", "Thu Hà"], "Lỗi: --admin: Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ không dấu, chữ số, "
                            "dấu chấm, gạch dưới hoặc gạch ngang."),
])
def test_refused_values_name_their_option_and_write_nothing(target: str, password: None, change: list[str],
                                                            message: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [*OFFICE, *ADMIN]
    index = args.index(change[0])
    args[index + 1] = change[1]
    assert main(["--db", target, "setup", *args]) == 1
    assert capsys.readouterr().err.strip() == message
    assert set(_rows(f"sqlite:///{target}").values()) == {0}


def test_a_weak_password_names_the_variable(target: str, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANSINH_PASSWORD", "123")
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 1
    assert capsys.readouterr().err.startswith("Lỗi: ANSINH_PASSWORD: Mật khẩu")
    assert load_office(open_database(f"sqlite:///{target}")) is None


def test_the_password_is_typed_twice_on_a_terminal(target: str, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ANSINH_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    typed = iter([PASSWORD, "something else", PASSWORD, PASSWORD])
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 1
    assert capsys.readouterr().err.strip() == "Lỗi: Hai lần nhập mật khẩu không giống nhau."
    assert main(["--db", target, "setup", *OFFICE, *ADMIN]) == 0
    assert prompts == ["Mật khẩu mới của quantri: ", "Nhập lại mật khẩu: "] * 2
    assert accounts.authenticate(open_database(f"sqlite:///{target}"), "quantri", PASSWORD).username == "quantri"


def test_without_a_terminal_or_variable_it_explains(target: str) -> None:
    env = {key: value for key, value in os.environ.items() if key != "ANSINH_PASSWORD"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", target, "setup", *OFFICE, *ADMIN],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env, encoding="utf-8")
    assert result.returncode == 1
    assert "Không có mật khẩu cho tài khoản quản trị: đặt biến môi trường ANSINH_PASSWORD" in result.stderr


def test_missing_options_are_bad_usage(target: str, password: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", target, "setup", "--office-name", "BHXH cơ sở Cư M'gar", *ADMIN])
    assert exited.value.code == 2
    assert "--communes" in capsys.readouterr().err
