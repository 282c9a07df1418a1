"""The person form driven as a desk clerk would: typing, Tab, Enter, Esc and the real buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import Household, Village
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.persons import PersonInput, create_person, find_person_by_cccd, load_person
from desktop.views.bus import DataBus
from desktop.views.participants.person_dialog import (
    PersonDialog,
    ethnic_choices,
    matching_ethnic_labels,
)
from tests.views.conftest import Popups
from tests.views.typing import type_text

EA_KIET = "24265"
ACTOR = Actor("thu.ha", role=Role.STAFF)
# The offscreen platform cannot raise a popup or grab the keyboard for it; the completer list still works.
popup_on_offscreen = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard")


@pytest.fixture
def place(office_db: Database) -> dict[str, int]:
    """Two villages of Xã Ea Kiết and a household in the first, without a head yet."""
    with office_db.unit_of_work() as session:
        buon_ky = Village(commune_code=EA_KIET, name="Buôn Ky", name_key=fold("Buôn Ky"), kind="buôn")
        thon_3 = Village(commune_code=EA_KIET, name="Thôn 3", name_key=fold("Thôn 3"))
        session.add_all([buon_ky, thon_3])
        session.flush()
        household = Household(code="242650000001", village_id=buon_ky.id)
        session.add(household)
        session.flush()
        return {"buon_ky": buon_ky.id, "thon_3": thon_3.id, "household": household.id}


@pytest.fixture
def bus_topics() -> Iterator[tuple[DataBus, list[str]]]:
    bus, topics = DataBus(), list[str]()
    bus.changed.connect(topics.append)
    yield bus, topics


def open_dialog(qtbot: QtBot, db: Database, bus: DataBus, person_id: int | None = None) -> PersonDialog:
    dialog = PersonDialog(db, bus, person_id, actor=ACTOR)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard, as a clerk tabbing through the form does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key from the keyboard: an open completer list gets it first, else the focused field."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def fill_hoa(qtbot: QtBot, dialog: PersonDialog) -> None:
    type_text(dialog.name_edit, "Nguyễn Thị Hoa")
    type_text(dialog.birth_edit, "05/03/1990")
    choose(qtbot, dialog.sex_combo, "Nữ")
    type_text(dialog.cccd_edit, "066190012345")
    choose(qtbot, dialog.commune_combo, "Xã Ea Kiết")
    choose(qtbot, dialog.village_combo, "Buôn Ky")


def cell(dialog: PersonDialog, row: int, column: int) -> str:
    item = dialog.duplicates_table.item(row, column)
    assert item is not None
    return item.text()


@popup_on_offscreen
def test_new_person_typed_and_saved_with_enter(qtbot: QtBot, office_db: Database, place: dict[str, int],
                                               bus_topics: tuple[DataBus, list[str]], popups: Popups) -> None:
    bus, topics = bus_topics
    dialog = open_dialog(qtbot, office_db, bus)
    assert dialog.windowTitle() == "Thêm người tham gia"
    assert not dialog.delete_button.isVisible()
    assert dialog.birth_edit.placeholderText() == "dd/mm/yyyy, mm/yyyy hoặc yyyy"
    assert not dialog.save_button.isEnabled()
    assert dialog.hint_label.text() == "Cần nhập hoặc sửa: Họ và tên, Ngày sinh"
    fill_hoa(qtbot, dialog)
    type_text(dialog.ethnic_combo, "kinh")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ethnic_combo.currentText() == "Kinh (01)"
    type_text(dialog.si_edit, "0123456789")
    type_text(dialog.phone_edit, "0912 345 678")
    type_text(dialog.household_edit, "242650000001")
    assert dialog.household_info.text() == "Chủ hộ: chưa có chủ hộ · Buôn Ky · 0 người"
    choose(qtbot, dialog.relationship_combo, "Chủ hộ")
    choose(qtbot, dialog.category_combo, "Hộ cận nghèo")
    assert dialog.save_button.isEnabled() and dialog.hint_label.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    person_id = find_person_by_cccd(office_db, "066190012345")
    assert person_id is not None and dialog.result_person_id == person_id
    record = load_person(office_db, person_id)
    assert (record.full_name, record.birth, record.sex, record.ethnic_code) == ("Nguyễn Thị Hoa", "05/03/1990", "F", "01")
    assert (record.si_code, record.phone, record.village_id) == ("0123456789", "0912345678", place["buon_ky"])
    assert (record.household_code, record.household_head, record.category) == ("242650000001", "Nguyễn Thị Hoa", "near_poor")
    assert topics == ["persons", "households"]
    assert popups.errors == []


@popup_on_offscreen
def test_ethnic_completer_matches_names_codes_and_other_names_without_accents(qtbot: QtBot, office_db: Database,
                                                                             popups: Popups) -> None:
    choices = ethnic_choices()
    assert matching_ethnic_labels("ede", choices)[0] == "Ê-đê (12)"
    assert matching_ethnic_labels("Mơ Nông", choices) == ["Mnông (20)"]
    assert matching_ethnic_labels("rhade", choices) == ["Ê-đê (12)"]
    assert matching_ethnic_labels("20", choices)[0] == "Mnông (20)"
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.ethnic_combo, "gia rai")
    popup = dialog.ethnic_completer.popup()
    assert popup is not None and popup.isVisible()
    assert dialog.ethnic_completer.model().index(0, 0).data() == "Gia-rai (10)"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.ethnic_combo.currentText() == "Gia-rai (10)"
    assert dialog.form_data().ethnic == "Gia-rai (10)" and dialog.isVisible()
    line = dialog.ethnic_combo.lineEdit()
    assert line is not None
    line.clear()
    type_text(dialog.ethnic_combo, "12")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ethnic_combo.currentText() == "Ê-đê (12)"
    assert dialog.sex_combo.hasFocus() is False and dialog.cccd_edit.hasFocus()


def test_errors_show_when_leaving_a_field_and_keep_save_disabled(qtbot: QtBot, office_db: Database,
                                                                popups: Popups) -> None:
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "Nguyễn Văn Nam")
    type_text(dialog.birth_edit, "31/02/1990")
    assert dialog.messages["birth"].isHidden(), "no message while the clerk is still typing"
    leave(qtbot, dialog.birth_edit)
    message = dialog.messages["birth"]
    assert message.isVisible() and message.text() == "Ngày sinh 31/02/1990 không tồn tại."
    assert "#b71c1c" in message.styleSheet()
    type_text(dialog.cccd_edit, "06619001234")
    leave(qtbot, dialog.cccd_edit)
    assert dialog.messages["cccd"].text() == "Số CCCD phải gồm 12 chữ số (đang có 11)."
    assert not dialog.save_button.isEnabled()
    assert dialog.hint_label.text() == "Cần nhập hoặc sửa: Ngày sinh, Số CCCD"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter does nothing while errors remain
    assert dialog.isVisible() and dialog.result() == 0
    dialog.birth_edit.clear()
    type_text(dialog.birth_edit, "1990")
    assert dialog.messages["birth"].isHidden(), "a fixed field's message goes away as it is typed"
    type_text(dialog.cccd_edit, "5")
    assert dialog.messages["cccd"].isHidden()
    assert dialog.save_button.isEnabled() and dialog.hint_label.text() == ""


def test_cccd_warnings_are_amber_and_do_not_block_saving(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "Nguyễn Văn Nam")
    type_text(dialog.birth_edit, "1991")
    choose(qtbot, dialog.sex_combo, "Nam")
    type_text(dialog.cccd_edit, "099190012345")
    warning = dialog.messages["cccd"]
    assert warning.isVisible() and "#8a5a00" in warning.styleSheet()
    assert warning.text().split("\n") == [
        "Mã tỉnh 099 ở đầu số CCCD không có trong danh mục tỉnh, thành phố.",
        "Số CCCD cho biết giới tính Nữ nhưng hồ sơ ghi Nam.",
        "Số CCCD cho biết năm sinh 1990 nhưng hồ sơ ghi 1991.",
    ]
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert find_person_by_cccd(office_db, "099190012345") == dialog.result_person_id


def test_unknown_household_and_relationship_without_household(qtbot: QtBot, office_db: Database,
                                                              place: dict[str, int], popups: Popups) -> None:
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "Y Bih Niê")
    type_text(dialog.birth_edit, "1985")
    choose(qtbot, dialog.relationship_combo, "Con")
    assert dialog.errors["relationship_code"] == "Chưa chọn hộ gia đình nên chưa ghi được quan hệ với chủ hộ."
    type_text(dialog.household_edit, "999")
    leave(qtbot, dialog.household_edit)
    assert dialog.messages["household_id"].text() == "Không có hộ gia đình mã “999”."
    assert not dialog.save_button.isEnabled()
    dialog.household_edit.clear()
    type_text(dialog.household_edit, "242650000001")
    assert dialog.messages["household_id"].isHidden() and dialog.messages["relationship_code"].isHidden()
    assert dialog.household_info.isVisible() and dialog.save_button.isEnabled()


def test_name_match_offers_opening_the_record_or_saving_anyway(qtbot: QtBot, office_db: Database,
                                                               place: dict[str, int], popups: Popups) -> None:
    existing = create_person(office_db, ACTOR, PersonInput(full_name="Nguyễn Thị Hoa", birth="1990", sex="F",
                                                           village_id=place["buon_ky"]))
    dialog = open_dialog(qtbot, office_db, DataBus())
    fill_hoa(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicates_panel.isVisible() and dialog.isVisible()
    assert dialog.duplicates_table.rowCount() == 1
    assert cell(dialog, 0, 0) == "Nguyễn Thị Hoa"
    assert cell(dialog, 0, 5) == "Trùng họ tên, năm sinh và thôn"
    assert dialog.save_anyway_button.isVisible() and dialog.save_anyway_button.text() == "Vẫn lưu người mới"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_anyway_button, Qt.MouseButton.LeftButton)
    assert dialog.result_person_id not in (None, existing)


def test_same_cccd_only_offers_opening_the_existing_record(qtbot: QtBot, office_db: Database,
                                                           place: dict[str, int], popups: Popups) -> None:
    existing = create_person(office_db, ACTOR, PersonInput(full_name="Nguyễn Thị Hoa", birth="05/03/1990",
                                                           sex="F", cccd="066190012345"))
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "Trần Thị Lan")
    type_text(dialog.birth_edit, "1990")
    type_text(dialog.cccd_edit, "066190012345")
    qtbot.keyClick(dialog.cccd_edit, Qt.Key.Key_Return)
    assert dialog.duplicates_panel.isVisible()
    assert cell(dialog, 0, 5) == "Trùng số CCCD"
    assert not dialog.save_anyway_button.isVisible()
    with qtbot.waitSignal(dialog.open_existing) as opened:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == [existing] and dialog.existing_person_id == existing
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_person_id is None
    assert find_person_by_cccd(office_db, "066190012345") == existing


def test_edit_mode_loads_the_record_and_saves_a_new_version(qtbot: QtBot, office_db: Database,
                                                            place: dict[str, int],
                                                            bus_topics: tuple[DataBus, list[str]],
                                                            popups: Popups) -> None:
    bus, topics = bus_topics
    person_id = create_person(office_db, ACTOR, PersonInput(
        full_name="Y Bih Niê", birth="1985", sex="M", ethnic="12", village_id=place["thon_3"], category="minority"))
    dialog = open_dialog(qtbot, office_db, bus, person_id)
    assert dialog.windowTitle() == "Hồ sơ: Y Bih Niê"
    assert (dialog.name_edit.text(), dialog.birth_edit.text(), dialog.sex_combo.currentText()) == ("Y Bih Niê", "1985", "Nam")
    assert dialog.ethnic_combo.currentText() == "Ê-đê (12)"
    assert (dialog.commune_combo.currentText(), dialog.village_combo.currentText()) == ("Xã Ea Kiết", "Thôn 3")
    assert dialog.category_combo.currentData() == "minority" and dialog.delete_button.isVisible()
    type_text(dialog.phone_edit, "0987654321")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = load_person(office_db, person_id)
    assert (record.phone, record.version) == ("0987654321", 2)
    assert topics == ["persons"]


def test_concurrent_edit_is_explained_and_the_dialog_stays_open(qtbot: QtBot, office_db: Database,
                                                                popups: Popups) -> None:
    person_id = create_person(office_db, ACTOR, PersonInput(full_name="Y Bih Niê", birth="1985"))
    first = open_dialog(qtbot, office_db, DataBus(), person_id)
    second = open_dialog(qtbot, office_db, DataBus(), person_id)
    type_text(first.phone_edit, "0987654321")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    type_text(second.note_edit, "Đến quầy hỏi gia hạn")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert len(popups.errors) == 1 and "vừa được sửa ở máy khác" in popups.errors[0]
    assert second.isVisible() and second.result_person_id is None
    record = load_person(office_db, person_id)
    assert (record.phone, record.note) == ("0987654321", "")


def test_delete_asks_first_then_removes_the_record(qtbot: QtBot, office_db: Database,
                                                   bus_topics: tuple[DataBus, list[str]], popups: Popups) -> None:
    bus, topics = bus_topics
    person_id = create_person(office_db, ACTOR, PersonInput(full_name="Y Bih Niê", birth="1985", cccd="066085012345"))
    dialog = open_dialog(qtbot, office_db, bus, person_id)
    popups.confirm_answer = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and find_person_by_cccd(office_db, "066085012345") == person_id
    popups.confirm_answer = True
    with qtbot.waitSignal(dialog.deleted):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert find_person_by_cccd(office_db, "066085012345") is None
    assert dialog.was_deleted and topics == ["persons"]


def test_escape_cancels_without_saving(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "Nguyễn Thị Hoa")
    type_text(dialog.birth_edit, "1990")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.birth_edit, Qt.Key.Key_Escape)
    assert dialog.result_person_id is None


def test_tab_walks_the_form_in_reading_order(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    dialog = open_dialog(qtbot, office_db, DataBus())
    order = [dialog.name_edit, dialog.birth_edit, dialog.sex_combo]
    dialog.name_edit.setFocus()
    for current, following in zip(order, order[1:], strict=False):
        assert current.hasFocus()
        leave(qtbot, current)
        assert following.hasFocus()


def test_database_check_errors_show_beside_the_field(qtbot: QtBot, office_db: Database, place: dict[str, int],
                                                     popups: Popups) -> None:
    create_person(office_db, ACTOR, PersonInput(full_name="Y Bih Niê", birth="1960", household_id=place["household"],
                                                relationship_code="00"))
    dialog = open_dialog(qtbot, office_db, DataBus())
    type_text(dialog.name_edit, "H'Nga Mlô")
    type_text(dialog.birth_edit, "1962")
    type_text(dialog.household_edit, "242650000001")
    assert dialog.household_info.text() == "Chủ hộ: Y Bih Niê · Buôn Ky · 1 người"
    choose(qtbot, dialog.relationship_combo, "Chủ hộ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.messages["relationship_code"]
    assert message.isVisible() and message.text() == (
        "Hộ 242650000001 đã có chủ hộ là Y Bih Niê; muốn đổi chủ hộ, hãy làm ở trang Hộ gia đình.")
    assert dialog.isVisible() and not dialog.save_button.isEnabled() and popups.errors == []
    choose(qtbot, dialog.relationship_combo, "Vợ")
    assert message.isHidden() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_person(office_db, dialog.result_person_id or 0).relationship_code == "01"
