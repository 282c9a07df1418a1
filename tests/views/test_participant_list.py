"""The participant list as a person uses it: type, filter, sort, open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.models import Person
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.participants.list_page import ParticipantListPage
from tests.services.participants_data import TODAY, Known, seed
from tests.views.typing import type_text

STAFF = Actor("canbo", role=Role.STAFF)


@pytest.fixture
def page(qtbot: QtBot, office_db: Database) -> Iterator[tuple[ParticipantListPage, Known]]:
    known = seed(office_db)
    widget = ParticipantListPage(office_db, DataBus(), actor=STAFF)
    widget._today = TODAY  # noqa: SLF001 - the seeded coverage dates are relative to this day
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, widget)
    yield widget, known
    widget.wait_idle()


def settle(qtbot: QtBot, widget: ParticipantListPage) -> None:
    """Wait until the newest query's count is on screen."""
    widget.requery()
    qtbot.waitUntil(lambda: widget.count_label.text().startswith("Tìm thấy"), timeout=5000)


def names(widget: ParticipantListPage) -> list[str]:
    return [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())]


def test_opens_with_everyone_and_the_count(page: tuple[ParticipantListPage, Known]) -> None:
    widget, _ = page
    assert widget.model.rowCount() == 6
    assert widget.count_label.text() == "Tìm thấy 6 người"
    assert widget.model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"


def test_typing_without_accents_finds_vietnamese_names(qtbot: QtBot, page: tuple[ParticipantListPage, Known]) -> None:
    widget, _ = page
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        type_text(widget.search_edit, "nguyen thi hien")
    assert sorted(names(widget)) == ["Nguyen Thi Hien", "Nguyễn Thị Hiền"]
    assert widget.count_label.text() == "Tìm thấy 2 người"
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        widget.search_edit.clear()
        type_text(widget.search_edit, "Đức")
    assert names(widget) == ["Đỗ Văn Đức"]


def test_filters_combine_and_clear(qtbot: QtBot, page: tuple[ParticipantListPage, Known]) -> None:
    widget, _ = page
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        widget.commune_combo.setCurrentIndex(widget.commune_combo.findText("Xã Ea Tul"))
    assert sorted(names(widget)) == ["H'Nhi Êban", "Y Bhim Niê"]
    assert widget.village_combo.findText("Buôn Ea Kmar") > 0
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        widget.status_combo.setCurrentIndex(widget.status_combo.findData(CoverageStatus.EXPIRING))
    assert names(widget) == ["Y Bhim Niê"]
    status_cell = widget.model.index(0, 13)
    assert status_cell.data() == "Sắp hết hạn"
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 6


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, page: tuple[ParticipantListPage, Known]) -> None:
    widget, _ = page
    header = widget.table.horizontalHeader()
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert names(widget)[0] == "Y Bhim Niê" and names(widget)[-1] == "Đỗ Văn Đức"
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # birth date: unknown dates first
    births = [widget.model.index(r, 1).data() for r in range(widget.model.rowCount())]
    assert births[-1] == "04/05/1990"


def test_double_click_and_enter_open_the_person(qtbot: QtBot, page: tuple[ParticipantListPage, Known]) -> None:
    widget, known = page
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        type_text(widget.search_edit, "066190000123")
    rect = widget.table.visualRect(widget.model.index(0, 0))
    with qtbot.waitSignal(widget.open_person, timeout=2000) as opened:
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [known.hien]
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(0, 0))
    with qtbot.waitSignal(widget.open_person, timeout=2000) as opened:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [known.hien]


def test_table_model_passes_qt_model_checks(qtmodeltester: ModelTester, page: tuple[ParticipantListPage, Known]) -> None:
    widget, _ = page
    qtmodeltester.check(widget.model)


def test_a_data_change_elsewhere_refreshes_the_list(qtbot: QtBot, office_db: Database) -> None:
    seed(office_db)
    bus = DataBus()
    widget = ParticipantListPage(office_db, bus, actor=STAFF)
    qtbot.addWidget(widget)
    settle(qtbot, widget)
    with office_db.unit_of_work() as session:
        session.add(Person(full_name="Lò Văn Mới", search_key="lo van moi", version=1, category="other",
                           birth_precision="year"))
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        bus.changed.emit("persons")
    assert "Lò Văn Mới" in names(widget)
    widget.wait_idle()


def test_export_writes_the_filtered_persons_to_xlsx(qtbot: QtBot, page: tuple[ParticipantListPage, Known],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = page
    target = tmp_path / "ea-tul.xlsx"
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, message: infos.append(message))
    with qtbot.waitSignal(widget.count_shown, timeout=5000):
        widget.commune_combo.setCurrentIndex(widget.commune_combo.findText("Xã Ea Tul"))
    with qtbot.waitSignal(widget.exported, timeout=10000) as written:
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [2]
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert sorted(row[2] for row in sheet.iter_rows(min_row=2, values_only=True)) == ["H'Nhi Êban", "Y Bhim Niê"]
    assert infos == [f"Đã xuất 2 người ra tệp {target}."]
