"""The audit browser driven as an administrator would: filter to one user, read what an edit changed, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.persons import PersonInput, create_person, load_person, update_person
from desktop.views import dialogs
from desktop.views.audit import AuditPage
from tests.views.conftest import Popups
from tests.views.typing import type_text

LAN = Actor("lan", role=Role.STAFF)
HA = Actor("ha", role=Role.STAFF)


@pytest.fixture
def edited(office_db: Database) -> int:
    """Hà adds two people; Lan corrects one of them."""
    person_id = create_person(office_db, HA, PersonInput(full_name="Nguyễn Thị Hiền", birth="1980", sex="F",
                                                         cccd="066180123456"))
    create_person(office_db, HA, PersonInput(full_name="Y Bhim Niê", birth="1990", sex="M"))
    record = load_person(office_db, person_id)
    update_person(office_db, LAN, person_id, record.version,
                  PersonInput(full_name="Nguyễn Thị Hiên", birth="05/03/1980", sex="F", cccd="066180123456",
                              phone="0905123456"))
    return person_id


def _shown(qtbot: QtBot, db: Database, actor: Actor) -> AuditPage:
    page = AuditPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    if actor.role is not Role.ADMIN:
        page.show()
        return page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.show()
    qtbot.waitUntil(lambda: page.user_combo.count() > 1, timeout=5000)
    return page


def _column(page: AuditPage, column: int) -> list[str]:
    model = page.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def test_filter_to_one_user_and_see_the_fields_an_edit_changed(qtbot: QtBot, office_db: Database, edited: int,
                                                               admin_actor: Actor) -> None:
    page = _shown(qtbot, office_db, admin_actor)
    assert {"ha", "lan"} <= set(_column(page, 1))
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.user_combo.setCurrentIndex(page.user_combo.findText("lan"))
    assert set(_column(page, 1)) == {"lan"}
    assert _column(page, 2) == ["Sửa"] and _column(page, 3) == ["Người tham gia"]
    assert _column(page, 4) == [str(edited)]
    assert _column(page, 0)[0] == f"{dt.datetime.now():%d/%m/%Y} " + _column(page, 0)[0][-5:]
    rect = page.table.visualRect(page.model.index(0, 5))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = {page.detail_table.item(r, 0).text(): (page.detail_table.item(r, 1).text(),
                                                   page.detail_table.item(r, 2).text())
             for r in range(page.detail_table.rowCount())}
    assert shown["Họ và tên"] == ("Nguyễn Thị Hiền", "Nguyễn Thị Hiên")
    assert shown["Ngày sinh"] == ("1980", "05/03/1980")
    assert shown["Điện thoại"] == ("", "0905123456")
    assert "Sửa hồ sơ Nguyễn Thị Hiên" in page.detail_title.text()


def test_text_and_kind_filters(qtbot: QtBot, office_db: Database, edited: int, admin_actor: Actor) -> None:
    page = _shown(qtbot, office_db, admin_actor)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        type_text(page.text_edit, "Bhim")
    assert _column(page, 5) == ["Thêm hồ sơ Y Bhim Niê"]
    page.text_edit.clear()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.action_combo.setCurrentIndex(page.action_combo.findText("Thêm"))
    assert sorted(_column(page, 5)) == ["Thêm hồ sơ Nguyễn Thị Hiền", "Thêm hồ sơ Y Bhim Niê"]
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.to_edit.setDate(page.to_edit.date().addDays(-1))
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Không có mục nào khớp bộ lọc."
    assert page.detail_title.text() == "Chọn một dòng để xem các thông tin đã thay đổi."
    page.from_edit.setDate(page.to_edit.date().addDays(1))
    qtbot.waitUntil(lambda: "“Đến ngày” đứng trước “Từ ngày”" in page.count_label.text(), timeout=5000)


def test_export_button_writes_the_filtered_trail_and_records_it(qtbot: QtBot, office_db: Database, edited: int,
                                                                admin_actor: Actor, popups: Popups, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = _shown(qtbot, office_db, admin_actor)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.user_combo.setCurrentIndex(page.user_combo.findText("ha"))
    target = tmp_path / "nhat-ky"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    with qtbot.waitSignal(page.exported, timeout=10000) as written:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [2]
    assert popups.infos == [f"Đã xuất 2 mục nhật ký ra tệp {target}.xlsx."]
    sheet = openpyxl.load_workbook(f"{target}.xlsx").active
    assert sheet is not None
    assert [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)] == _column(page, 5)
    qtbot.waitUntil(lambda: page.user_combo.findText(admin_actor.username) >= 0, timeout=5000)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.user_combo.setCurrentIndex(page.user_combo.findText(admin_actor.username))
    assert _column(page, 2) == ["Xuất tệp"] and _column(page, 3) == ["Nhật ký thao tác"]


def test_staff_are_refused(qtbot: QtBot, office_db: Database, edited: int, staff_actor: Actor) -> None:
    page = _shown(qtbot, office_db, staff_actor)
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: "không được phép" in page.count_label.text(), timeout=5000)
