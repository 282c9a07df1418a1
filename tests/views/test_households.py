"""The household page and dialog as a clerk uses them: find, open, edit members, tick who pays, record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Enrollment, Household
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.clans import ClanInput, create_clan
from desktop.views.bus import DataBus
from desktop.views.households import HouseholdDialog, HouseholdPage
from desktop.views.households.payment_panel import MONTHLY, PAYABLE, RANK, TOTAL
from tests.services.test_enrollments import (
    add_agent,
    add_household,
    add_person,
    add_village,
    person_row,
)
from tests.views.conftest import Popups
from tests.views.typing import type_text

D = dt.date
MARCH = D(2026, 3, 10)
ACTOR = Actor("thu.ha", role=Role.STAFF)
NAMES = ["Y Bhim Niê", "H'Hoa Êban", "Y Đăm Niê", "H'Lan Niê", "Y Sơn Niê"]


@pytest.fixture
def family(office_db: Database) -> tuple[int, list[int]]:
    village = add_village(office_db)
    household = add_household(office_db, "243010000010", village)
    relations = ["00", "01", "08", "08", "08"]
    members = [add_person(office_db, name, village_id=village, household_id=household, relationship=relation,
                          birth=D(1975 + 7 * n, 3, 2))
               for n, (name, relation) in enumerate(zip(NAMES, relations, strict=True))]
    return household, members


@pytest.fixture
def bus_topics() -> Iterator[tuple[DataBus, list[str]]]:
    bus, topics = DataBus(), []
    bus.changed.connect(topics.append)
    yield bus, topics


def open_dialog(qtbot: QtBot, db: Database, bus: DataBus, household_id: int | None) -> HouseholdDialog:
    dialog = HouseholdDialog(db, bus, household_id, today=MARCH, actor=ACTOR)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def show_payment_tab(qtbot: QtBot, dialog: HouseholdDialog) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is dialog.payment


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Click the box itself (left of the name)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(10, check.height() // 2))


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def click_member(qtbot: QtBot, dialog: HouseholdDialog, person_id: int) -> None:
    assert dialog.record is not None
    row = next(i for i, m in enumerate(dialog.record.members) if m.person_id == person_id)
    table = dialog.members_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())


def column(dialog: HouseholdDialog, col: int) -> list[str]:
    table = dialog.payment.table
    return [table.item(row, col).text() for row in range(table.rowCount())]


def test_premiums_change_live_as_members_are_ticked(qtbot: QtBot, office_db: Database, popups: Popups,
                                                    family: tuple[int, list[int]]) -> None:
    household, members = family
    dialog = open_dialog(qtbot, office_db, DataBus(), household)
    show_payment_tab(qtbot, dialog)
    checks = [dialog.payment.checks[pid] for pid in members]
    assert [c.text() for c in checks] == NAMES
    assert dialog.payment.payable_label.text() == "0 đ" and not dialog.payment.record_button.isEnabled()

    tick(qtbot, checks[0])
    assert column(dialog, RANK)[:2] == ["1", ""]
    assert dialog.payment.payable_label.text() == "1.263.600 đ"  # 12 months of 105.300 đ
    for check in checks[1:]:
        tick(qtbot, check)
    assert column(dialog, MONTHLY) == ["105.300 đ", "73.710 đ", "63.180 đ", "52.650 đ", "42.120 đ"]
    assert column(dialog, TOTAL)[4] == "505.440 đ"
    assert dialog.payment.payable_label.text() == "4.043.520 đ"

    tick(qtbot, checks[0])  # the head pays another time: everyone moves up a rank
    assert column(dialog, RANK) == ["", "1", "2", "3", "4"]
    assert column(dialog, MONTHLY)[1:] == ["105.300 đ", "73.710 đ", "63.180 đ", "52.650 đ"]
    assert dialog.payment.payable_label.text() == "3.538.080 đ"

    choose(qtbot, dialog.payment.months_combo, "3 tháng")
    assert column(dialog, PAYABLE)[1:] == ["315.900 đ", "221.130 đ", "189.540 đ", "157.950 đ"]
    assert dialog.payment.payable_label.text() == "884.520 đ"
    assert dialog.payment.words_label.text() == "Bằng chữ: Tám trăm tám mươi bốn nghìn năm trăm hai mươi đồng."


def test_recording_a_household_payment_creates_the_enrollments(qtbot: QtBot, office_db: Database, popups: Popups,
                                                               family: tuple[int, list[int]],
                                                               bus_topics: tuple[DataBus, list[str]]) -> None:
    household, members = family
    add_agent(office_db, "Trần Văn Thu", "NV301001")
    bus, topics = bus_topics
    dialog = open_dialog(qtbot, office_db, bus, household)
    show_payment_tab(qtbot, dialog)
    qtbot.mouseClick(dialog.payment.select_all_button, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.payment.months_combo, "6 tháng")
    choose(qtbot, dialog.payment.agent_combo, "Trần Văn Thu (NV301001)")
    type_text(dialog.payment.receipt_edit, "BL0042")
    assert dialog.payment.payable_label.text() == "2.021.760 đ"
    with qtbot.waitSignal(dialog.payment.recorded):
        qtbot.mouseClick(dialog.payment.record_button, Qt.MouseButton.LeftButton)
    assert popups.errors == []
    assert popups.infos == ["Đã ghi nhận 5 thẻ BHYT hộ gia đình, số tiền 2.021.760 đ."]
    with office_db.reading() as session:
        rows = session.execute(select(Enrollment.person_id, Enrollment.household_rank, Enrollment.amount_due,
                                      Enrollment.receipt_no, Enrollment.valid_from)
                               .order_by(Enrollment.household_rank)).all()
    assert [(r.person_id, r.household_rank, r.amount_due) for r in rows] == [
        (members[0], 1, 631_800), (members[1], 2, 442_260), (members[2], 3, 379_080), (members[3], 4, 315_900),
        (members[4], 5, 252_720)]
    assert {(r.receipt_no, r.valid_from) for r in rows} == {("BL0042", D(2026, 4, 9))}
    assert "enrollments" in topics
    assert dialog.payment.ticked() == [] and dialog.payment.receipt_edit.text() == ""
    assert dialog.members_table.item(0, 5).text() == "08/10/2026", "the members' new card expiry is shown"


def test_household_page_finds_and_opens_a_household(qtbot: QtBot, office_db: Database, popups: Popups,
                                                    family: tuple[int, list[int]]) -> None:
    page = HouseholdPage(office_db, DataBus(), actor=ACTOR)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.results_shown):
        type_text(page.search_edit, "bhim nie")
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in range(5)] == [
        "243010000010", "Y Bhim Niê", "Buôn Ea Bông", "Xã Cuôr Đăng", "5"]
    assert page.count_label.text() == "Tìm thấy 1 hộ"
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is not None and page.dialog.record is not None
    assert page.dialog.record.code == "243010000010"
    assert page.dialog.windowTitle() == "Hộ gia đình 243010000010"
    page.dialog.reject()


def test_new_household_is_checked_then_saved(qtbot: QtBot, office_db: Database, popups: Popups,
                                             bus_topics: tuple[DataBus, list[str]]) -> None:
    add_village(office_db, "Buôn Ea Bông")
    kdam = create_clan(office_db, ACTOR, ClanInput("Niê Kdăm", "24301"))
    create_clan(office_db, ACTOR, ClanInput("Mlô", "24265"))  # another commune's clan is not offered
    bus, topics = bus_topics
    page = HouseholdPage(office_db, bus, actor=ACTOR)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Thêm hộ gia đình"
    assert not dialog.tabs.isTabEnabled(1) and not dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["code"].isVisibleTo(dialog) and dialog.errors["code"].text() == "Chưa nhập mã hộ gia đình."
    choose(qtbot, dialog.village_combo, "Buôn Ea Bông — Xã Cuôr Đăng")
    assert dialog.code_edit.text() == "243010000001", "a free code of the commune is suggested"
    assert [dialog.clan_combo.itemText(i) for i in range(dialog.clan_combo.count())] == [
        "— Không thuộc dòng họ nào —", "Niê Kdăm"]
    choose(qtbot, dialog.clan_combo, "Niê Kdăm")
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)  # Enter saves the household tab
    with office_db.reading() as session:
        saved = session.execute(select(Household.code, Household.clan_id)).all()
    assert [tuple(row) for row in saved] == [("243010000001", kdam)]
    assert dialog.record is not None and dialog.tabs.isTabEnabled(1) and dialog.add_button.isEnabled()
    assert not dialog.errors["code"].isVisibleTo(dialog)
    assert topics == ["households"]


def test_members_are_added_related_and_removed(qtbot: QtBot, office_db: Database, popups: Popups,
                                               family: tuple[int, list[int]]) -> None:
    household, members = family
    grandmother = add_person(office_db, "H'Nga Niê Kdăm", birth=D(1940, 1, 1))
    create_clan(office_db, ACTOR, ClanInput("Niê Kdăm", "24301"))
    dialog = open_dialog(qtbot, office_db, DataBus(), household)
    assert dialog.members_label.text() == "Thành viên của hộ: 5 người"
    with qtbot.waitSignal(dialog.member_search.results_shown):
        type_text(dialog.member_search.search_edit, "nga nie kdam")
    assert dialog.member_search.results.count() == 1
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.member_error.text() == "Hãy chọn quan hệ với chủ hộ."
    choose(qtbot, dialog.new_relation_combo, "Bà (11)")
    choose(qtbot, dialog.clan_combo, "Niê Kdăm")  # chosen, not saved yet
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert person_row(office_db, grandmother).household_id == household
    assert dialog.members_label.text() == "Thành viên của hộ: 6 người"
    assert dialog.clan_combo.currentText() == "Niê Kdăm", "a member change keeps what was chosen in the form"

    assert not dialog.relation_button.isEnabled(), "nothing selected yet"
    click_member(qtbot, dialog, members[1])
    assert dialog.relation_combo.currentText() == "Vợ (01)"
    choose(qtbot, dialog.relation_combo, "Chủ hộ (00)")  # the wife becomes head
    assert dialog.record is not None and dialog.record.head_person_id == members[0], "nothing saved before the click"
    qtbot.mouseClick(dialog.relation_button, Qt.MouseButton.LeftButton)
    assert dialog.record.head_person_id == members[1]
    assert dialog.head_combo.currentText() == "H'Hoa Êban"
    relations = {m.person_id: m.relationship_code for m in dialog.record.members}
    assert (relations[members[1]], relations[members[0]]) == ("00", None)

    click_member(qtbot, dialog, grandmother)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert person_row(office_db, grandmother).household_id is None
    assert dialog.members_label.text() == "Thành viên của hộ: 5 người"


def test_moving_a_member_from_another_household_asks_first(qtbot: QtBot, office_db: Database, popups: Popups,
                                                           family: tuple[int, list[int]]) -> None:
    household, _members = family
    other = add_household(office_db, "243010000099")
    nephew = add_person(office_db, "Y Kô Mlô", household_id=other, relationship="00")
    dialog = open_dialog(qtbot, office_db, DataBus(), household)
    with qtbot.waitSignal(dialog.member_search.results_shown):
        type_text(dialog.member_search.search_edit, "ko mlo")
    choose(qtbot, dialog.new_relation_combo, "Cháu (09)")
    popups.confirm_answer = False
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert person_row(office_db, nephew).household_id == other
    popups.confirm_answer = True
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert person_row(office_db, nephew).household_id == household


def test_an_old_clan_text_is_shown_until_reviewed(qtbot: QtBot, office_db: Database, popups: Popups,
                                                  family: tuple[int, list[int]]) -> None:
    household, _ = family
    with office_db.unit_of_work() as session:
        row = session.get(Household, household)
        assert row is not None
        row.clan_text = "<b>Niê</b>"
    dialog = open_dialog(qtbot, office_db, DataBus(), household)
    assert dialog.clan_text_label.isVisibleTo(dialog)
    assert dialog.clan_text_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.clan_text_label.text() == "Ghi cũ: “<b>Niê</b>” (chưa rà soát; xem trang Dòng họ)"
    assert dialog.clan_combo.currentData() is None
