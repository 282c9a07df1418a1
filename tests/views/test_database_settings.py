"""The desk's database choice on the settings page, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop.db import Database
from desktop.migrations import SCHEMA_HEAD
from desktop.settings import desk_database_file, load_desk_database, resolve_database_url
from desktop.views import dialogs
from desktop.views.database_settings import DatabaseSettingsPanel
from desktop.views.main_window import MainWindow
from tests.views.conftest import Popups
from tests.views.typing import type_text


@pytest.fixture
def panel(qtbot: QtBot, office_db: Database, popups: Popups) -> DatabaseSettingsPanel:
    widget = DatabaseSettingsPanel(office_db.url)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _fill_server(qtbot: QtBot, panel: DatabaseSettingsPanel, host: str, port: int, name: str, user: str,
                 password: str) -> None:
    _click(qtbot, panel.postgres_radio)
    for edit, text in ((panel.host_edit, host), (panel.name_edit, name), (panel.user_edit, user),
                       (panel.password_edit, password)):
        edit.clear()
        type_text(edit, text)
    panel.port_spin.setValue(port)


def _tested(qtbot: QtBot, panel: DatabaseSettingsPanel) -> str:
    _click(qtbot, panel.test_button)
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=15_000)
    return panel.result_label.text()


def test_settings_page_has_the_panel(main_window: MainWindow) -> None:
    main_window.show_page("settings")
    assert isinstance(main_window.page("settings").database_panel, DatabaseSettingsPanel)  # type: ignore[attr-defined]


def test_panel_shows_the_database_in_use(panel: DatabaseSettingsPanel, office_db: Database) -> None:
    assert panel.sqlite_radio.isChecked()
    assert panel.path_edit.text() == make_url(office_db.url).database
    assert not panel.postgres_fields.isEnabled()


def test_saving_a_shared_server_applies_at_next_start_and_hides_the_password(
        qtbot: QtBot, panel: DatabaseSettingsPanel, popups: Popups) -> None:
    _fill_server(qtbot, panel, "192.168.1.10", 5433, "ansinh", "bhxh", "Mật khẩu 1")
    _click(qtbot, panel.save_button)
    saved = make_url(load_desk_database() or "")
    assert (saved.host, saved.port, saved.database, saved.username, saved.password) == (
        "192.168.1.10", 5433, "ansinh", "bhxh", "Mật khẩu 1")
    assert resolve_database_url(None) == load_desk_database()
    assert desk_database_file().stat().st_mode & 0o077 == 0
    assert len(popups.infos) == 1 and "lần khởi động sau" in popups.infos[0]
    assert "Mật khẩu" not in popups.infos[0] and "***" in popups.infos[0]


def test_missing_fields_are_named_next_to_them_and_nothing_is_saved(
        qtbot: QtBot, panel: DatabaseSettingsPanel, popups: Popups) -> None:
    _click(qtbot, panel.postgres_radio)
    panel.host_edit.clear()
    type_text(panel.name_edit, "ansinh")
    _click(qtbot, panel.save_button)
    assert panel.host_error.isVisibleTo(panel) and panel.host_error.text() == "Hãy nhập tên hoặc địa chỉ máy chủ."
    assert panel.user_error.text() == "Hãy nhập tên người dùng."
    assert not panel.name_error.isVisibleTo(panel)
    assert panel.host_edit.hasFocus()
    assert load_desk_database() is None and popups.infos == []


def test_enter_in_a_field_saves_a_chosen_file(qtbot: QtBot, panel: DatabaseSettingsPanel, popups: Popups,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "Dữ liệu" / "bhxh.db"
    monkeypatch.setattr(dialogs, "ask_database_path", lambda *_args: str(chosen))
    _click(qtbot, panel.browse_button)
    assert panel.path_edit.text() == str(chosen)
    qtbot.keyClick(panel.path_edit, Qt.Key.Key_Return)
    assert load_desk_database() == f"sqlite:///{chosen}"
    assert popups.infos and str(chosen) in popups.infos[0]


def test_connection_test_on_the_current_file_names_schema_and_office(qtbot: QtBot, panel: DatabaseSettingsPanel) -> None:
    assert _tested(qtbot, panel) == (
        f"Kết nối được. Cơ sở dữ liệu phiên bản lược đồ {SCHEMA_HEAD}, đơn vị: Bảo hiểm xã hội cơ sở Cư M'gar.")


def test_connection_test_on_a_new_file_says_it_will_be_created(qtbot: QtBot, panel: DatabaseSettingsPanel,
                                                               tmp_path: Path) -> None:
    panel.path_edit.clear()
    type_text(panel.path_edit, str(tmp_path / "mới.db"))
    assert _tested(qtbot, panel).startswith("Tệp chưa có: lần khởi động sau sẽ tạo cơ sở dữ liệu mới")
    assert not (tmp_path / "mới.db").exists()


def test_connection_test_against_a_real_server(qtbot: QtBot, panel: DatabaseSettingsPanel, postgres_url: str) -> None:
    url = make_url(postgres_url)
    _fill_server(qtbot, panel, url.host or "", url.port or 5432, url.database or "", url.username or "",
                 url.password or "")
    assert _tested(qtbot, panel).startswith("Kết nối được. Cơ sở dữ liệu còn trống")
    panel.name_edit.clear()
    type_text(panel.name_edit, "khong_co")
    assert _tested(qtbot, panel).startswith("Không kết nối được: máy chủ không có cơ sở dữ liệu “khong_co”.")


def test_connection_test_of_an_unreachable_server_answers_without_freezing(
        qtbot: QtBot, panel: DatabaseSettingsPanel) -> None:
    _fill_server(qtbot, panel, "127.0.0.1", 1, "ansinh", "bhxh", "x")
    assert _tested(qtbot, panel).startswith("Không kết nối được tới máy chủ 127.0.0.1, cổng 1:")
