"""The enrollment dialog driven from the keyboard and the real buttons: live amounts, add, renew, stop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.enrollments import EnrollmentRequest, add_enrollment, stop_enrollment
from desktop.views.bus import DataBus
from desktop.views.participants.enrollment_dialog import EnrollmentDialog, parse_money
from tests.services.test_enrollments import (
    add_agent,
    add_household,
    add_person,
    enrollment_row,
    person_row,
)
from tests.views.conftest import Popups
from tests.views.typing import type_text

D = dt.date
MARCH = D(2026, 3, 10)
ACTOR = Actor("thu.ha", role=Role.STAFF)


@pytest.fixture
def bus_topics() -> Iterator[tuple[DataBus, list[str]]]:
    bus, topics = DataBus(), []
    bus.changed.connect(topics.append)
    yield bus, topics


def open_dialog(qtbot: QtBot, db: Database, bus: DataBus, person_id: int) -> EnrollmentDialog:
    dialog = EnrollmentDialog(db, bus, person_id, today=MARCH, actor=ACTOR)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def type_date(qtbot: QtBot, edit: QDateEdit, day: dt.date) -> None:
    """Type dd/mm/yyyy into the date field, section by section, as a clerk does."""
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    assert edit.date().toPython() == day


def amounts(dialog: EnrollmentDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.amount_labels.items()}


def test_parse_money_accepts_dots_spaces_and_the_currency_sign() -> None:
    assert [parse_money(t) for t in ("1.500.000", "1 500 000 đ", "1500000", "")] == [1_500_000] * 3 + [None]


def test_vsi_enrollment_through_the_dialog(qtbot: QtBot, office_db: Database, popups: Popups,
                                           bus_topics: tuple[DataBus, list[str]]) -> None:
    bus, topics = bus_topics
    person = add_person(office_db, "Nguyễn Thị Hiền", category="near_poor")
    agent = add_agent(office_db, "Trần Văn Thu", "NV265001")
    dialog = open_dialog(qtbot, office_db, bus, person)
    choose(qtbot, dialog.scheme_combo, "BHXH tự nguyện")
    assert dialog.income_edit.isVisible() and not dialog.errors["chosen_income"].isVisible()
    assert dialog.income_edit.text() == "1.500.000", "the lowest income is offered first"
    assert dialog.income_hint.text() == "Từ 1.500.000 đ đến 46.800.000 đ mỗi tháng."
    retype(qtbot, dialog.income_edit, "2.000.000")
    assert amounts(dialog) == {
        "period": "từ 01/03/2026 đến 28/02/2027", "rank": "—", "monthly": "440.000 đ", "due": "5.280.000 đ",
        "state": "1.584.000 đ", "local": "0 đ", "payable": "3.696.000 đ",
    }
    assert dialog.words_label.text() == "Bằng chữ: Ba triệu sáu trăm chín mươi sáu nghìn đồng."
    choose(qtbot, dialog.months_combo, "6 tháng")
    assert amounts(dialog)["payable"] == "1.848.000 đ"
    type_text(dialog.receipt_edit, "BL0001234")
    choose(qtbot, dialog.agent_combo, "Trần Văn Thu (NV265001)")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert popups.errors == []
    enrollment = enrollment_row(office_db, dialog.rows[0].id)
    assert (enrollment.scheme, enrollment.chosen_income, enrollment.payment_months) == ("VSI", 2_000_000, 6)
    assert (enrollment.amount_due, enrollment.state_support, enrollment.amount_paid) == (2_640_000, 792_000, 1_848_000)
    assert (enrollment.receipt_no, enrollment.receipt_date, enrollment.agent_id) == ("BL0001234", MARCH, agent)
    assert person_row(office_db, person).vsi_paid_to == D(2026, 8, 31)
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 0).text() == "BHXH tự nguyện"
    assert "Đã ghi nhận" in dialog.status_label.text()
    assert topics == ["enrollments"]


def test_income_below_the_floor_is_shown_next_to_the_field(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    person = add_person(office_db, "Nguyễn Thị Hiền")
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    choose(qtbot, dialog.scheme_combo, "BHXH tự nguyện")
    retype(qtbot, dialog.income_edit, "1.000.000")
    error = dialog.errors["chosen_income"]
    assert error.isVisible() and error.text().startswith("Mức thu nhập lựa chọn phải từ 1.500.000 đ")
    assert amounts(dialog)["payable"] == ""
    qtbot.keyClick(dialog.income_edit, Qt.Key.Key_Return)  # Enter saves: refused, nothing written
    assert dialog.rows == [] and error.isVisible() and popups.errors == []


def test_first_household_card_and_its_waiting_period(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    household = add_household(office_db, "243010000090")
    head = add_person(office_db, "Chủ Hộ", household_id=household, relationship="00")
    person = add_person(office_db, "Vợ Chủ Hộ", household_id=household, relationship="01")
    add_enrollment(office_db, ACTOR, head, EnrollmentRequest("HI-HH", MARCH, 12))
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    assert dialog.scheme() == "HI-HH"
    values = amounts(dialog)
    assert (values["period"], values["rank"], values["monthly"], values["payable"]) == (
        "từ 09/04/2026 đến 08/04/2027", "2", "73.710 đ", "884.520 đ")
    assert "sau 30 ngày" in dialog.note_label.text()
    type_date(qtbot, dialog.date_edit, D(2026, 7, 1))
    assert amounts(dialog)["monthly"] == "79.695 đ"  # 70% of 4.5% of 2,530,000


def test_renewal_through_the_dialog_continues_the_card(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    person = add_person(office_db, "Trần Văn Nam")
    add_enrollment(office_db, ACTOR, person, EnrollmentRequest("HI-HH", D(2025, 3, 1), 12))  # to 30/03/2026
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    qtbot.mouseClick(dialog.renew_radio, Qt.MouseButton.LeftButton)
    assert dialog.renew_radio.isChecked() and dialog.scheme() == "HI-HH"
    assert amounts(dialog)["period"] == "từ 31/03/2026 đến 30/03/2027"
    assert dialog.note_label.text() == "Nối tiếp thời hạn cũ (hết ngày 30/03/2026)."
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.receipt_edit, Qt.Key.Key_Return)
    renewal = enrollment_row(office_db, dialog.rows[0].id)
    assert (renewal.is_renewal, renewal.valid_from) == (True, D(2026, 3, 31))
    assert dialog.history.item(0, 12).text() == "Đang hiệu lực (gia hạn)"


def test_stop_through_the_dialog(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    person = add_person(office_db, "Lê Văn Tám")
    enrollment_id = add_enrollment(office_db, ACTOR, person, EnrollmentRequest("HI-HH", MARCH, 12))
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    qtbot.mouseClick(dialog.stop_radio, Qt.MouseButton.LeftButton)
    assert dialog.save_button.text() == "Dừng tham gia"
    assert dialog.stop_target.text() == "BHYT hộ gia đình, từ 09/04/2026 đến 08/04/2027 (Đang hiệu lực)"
    type_date(qtbot, dialog.stop_date_edit, D(2026, 9, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["reason"].isVisible() and dialog.errors["reason"].text() == "Hãy ghi lý do dừng tham gia."
    type_text(dialog.reason_edit, "Chuyển sang BHYT theo nơi làm việc")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stopped = enrollment_row(office_db, enrollment_id)
    assert (stopped.status, stopped.valid_to) == ("stopped", D(2026, 9, 30))
    assert person_row(office_db, person).hi_valid_to == D(2026, 9, 30)
    assert dialog.add_radio.isChecked() and not dialog.stop_radio.isEnabled()


def test_stopping_what_another_desk_just_changed_is_refused(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    person = add_person(office_db, "Lê Văn Tám")
    enrollment_id = add_enrollment(office_db, ACTOR, person, EnrollmentRequest("HI-HH", MARCH, 12))
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    stop_enrollment(office_db, Actor("desk2", role=Role.STAFF), enrollment_id, 1, D(2026, 6, 30), "Chuyển đi")  # another desk
    qtbot.mouseClick(dialog.stop_radio, Qt.MouseButton.LeftButton)
    type_text(dialog.reason_edit, "Chuyển đi nơi khác")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(popups.errors) == 1 and "vừa được sửa ở máy khác" in popups.errors[0]
    assert enrollment_row(office_db, enrollment_id).valid_to == D(2026, 6, 30)
    assert dialog.rows[0].status == "stopped", "the dialog reloaded the history"


def test_escape_closes_the_dialog(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    person = add_person(office_db, "Lê Văn Tám")
    dialog = open_dialog(qtbot, office_db, DataBus(), person)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
