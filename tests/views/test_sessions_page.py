"""The Tuyên truyền page driven as a person would: add a session, print its sheet, check people in, see results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.dates import PartialDate
from desktop.domain.qr import CccdScan
from desktop.models import Attendance, OutreachSession, Person
from desktop.services.attendance import list_attendance
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.services.persons import PersonInput, create_person
from desktop.services.sessions import create_session
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.qr_scanner import QrScanDetector
from desktop.views.sessions import SessionsPage
from desktop.views.sessions.attendance_dialog import C_PRESENT, AttendanceDialog
from tests.services.test_attendance import CCCD, set_card
from tests.services.test_enrollments import add_person, add_village
from tests.services.test_sessions import DAY, session_input
from tests.views.conftest import Popups
from tests.views.scanner_keys import CARD, HALF_TYPED, WAYS, Keyboard
from tests.views.typing import type_text

TODAY = DAY


@pytest.fixture
def place(office_db: Database) -> dict[str, int]:
    village = add_village(office_db)
    people = {
        "uninsured": add_person(office_db, "Y Bhim Niê", village_id=village),
        "expiring": add_person(office_db, "H Hoa Êban", village_id=village),
        "insured": add_person(office_db, "Ama Khăm", village_id=village),
    }
    set_card(office_db, people["uninsured"], None, CCCD)
    set_card(office_db, people["expiring"], DAY + dt.timedelta(days=10))
    set_card(office_db, people["insured"], DAY + dt.timedelta(days=300))
    people["village"] = village
    return people


@pytest.fixture
def page(qtbot: QtBot, office_db: Database, popups: Popups) -> Iterator[SessionsPage]:
    widget = SessionsPage(office_db, DataBus(), today=TODAY, actor=Actor("thu.ha", role=Role.STAFF))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.count_label.text().endswith("trong kỳ"))
    yield widget
    widget._background.wait()


def requeried(qtbot: QtBot, page: SessionsPage) -> None:
    generation = page.generation
    with qtbot.waitSignal(page.results_shown, timeout=10_000, check_params_cb=lambda g: g >= generation):
        page.requery()


def test_a_session_is_added_through_the_form(qtbot: QtBot, page: SessionsPage, office_db: Database,
                                             place: dict[str, int]) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    save = dialog.findChild(QPushButton, "saveSession")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # nothing filled in yet
    errors = {name: label.text() for name, label in dialog.errors.items() if not label.isHidden()}
    assert errors["commune_code"] == "Chưa chọn xã, phường nơi tổ chức."
    assert "organiser" not in errors  # the office itself, until the desk says otherwise
    dialog.organiser_edit.clear()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors["organiser"].text() == "Chưa nhập đơn vị hoặc người tổ chức."
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("doi_thoai"))
    dialog.commune_combo.setCurrentIndex(dialog.commune_combo.findData("24301"))
    dialog.village_combo.setCurrentIndex(dialog.village_combo.findData(place["village"]))
    assert dialog.venue_edit.text() == "Nhà văn hóa Buôn Ea Bông"  # suggested from the village
    type_text(dialog.start_edit, "7h30")
    type_text(dialog.end_edit, "1000")
    type_text(dialog.organiser_edit, "Bảo hiểm xã hội cơ sở Cư M'gar")
    type_text(dialog.topic_edit, "Đối thoại về BHYT hộ gia đình")
    dialog.language_checks["Ê Đê"].setChecked(True)
    type_text(dialog.other_languages_edit, "M'nông")
    dialog.support_spin.setValue(50_000)
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with office_db.reading() as session:
        stored = session.query(OutreachSession).one()
        assert (stored.kind, stored.starts_at, stored.ends_at) == ("doi_thoai", "07:30", "10:00")
        assert stored.languages == "Kinh, Ê Đê, M'nông"
        stored_id = stored.id
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Hội nghị đối thoại"
    assert page.current_id() == stored_id


def test_the_sheet_is_prefilled_previewed_and_exported(qtbot: QtBot, page: SessionsPage, office_db: Database,
                                                       place: dict[str, int], popups: Popups, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = create_session(office_db, Actor("thu.ha", role=Role.STAFF), session_input(place["village"]))
    requeried(qtbot, page)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # the desk agrees to pre-fill
    preview = page.preview
    assert preview is not None and preview.isVisible()
    assert "Y Bhim Niê" in preview.html and "H Hoa Êban" in preview.html and "Ký nhận" in preview.html
    assert "Ama Khăm" not in preview.html  # insured for long: not invited
    preview.close()
    assert [line.full_name for line in list_attendance(office_db, session_id)] == ["H Hoa Êban", "Y Bhim Niê"]

    target = tmp_path / "ky_nhan.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Ký nhận" in text and "Y Bhim Niê" in text and "H Hoa Êban" in text
    assert popups.errors == []


def open_attendance(qtbot: QtBot, page: SessionsPage) -> AttendanceDialog:
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    dialog = page.attendance_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def when_quick_form_shows(dialog: AttendanceDialog, action: Callable[[], None]) -> QTimer:
    """Run ``action`` once the quick form (a modal dialog a scan opens) is up."""
    timer = QTimer(dialog)
    timer.setInterval(20)

    def check() -> None:
        if dialog.quick_dialog is not None and dialog.quick_dialog.isVisible():
            timer.stop()
            action()

    timer.timeout.connect(check)
    timer.start()
    return timer


def row_of(dialog: AttendanceDialog, name: str) -> int:
    return next(index for index, line in enumerate(dialog.lines) if line.full_name == name)


def test_people_are_checked_in_by_qr_ticks_and_walk_ins(qtbot: QtBot, page: SessionsPage, office_db: Database,
                                                        place: dict[str, int], popups: Popups) -> None:
    create_session(office_db, Actor("thu.ha", role=Role.STAFF), session_input(place["village"]))
    requeried(qtbot, page)
    dialog = open_attendance(qtbot, page)
    qtbot.mouseClick(dialog.prefill_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2

    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.scan_mode
    banner = dialog.findChild(QLabel, "checkInBanner")
    scan = CccdScan(CCCD, "", "Y Bhim Niê", PartialDate(1980, 5, 17), "M", "Buôn Ea Bông", None)
    dialog.detector.scanned.emit(scan)
    assert banner.text() == "Đã điểm danh: Y Bhim Niê"
    assert dialog.table.item(row_of(dialog, "Y Bhim Niê"), C_PRESENT).checkState() == Qt.CheckState.Checked
    dialog.detector.scanned.emit(scan)
    assert banner.text() == "Đã điểm danh trước đó: Y Bhim Niê"
    # the USB scanner types the card's line into whatever has the focus: the detector catches it, and the
    # quick form opens filled from the card of someone not on file
    def confirm_card() -> None:
        quick = dialog.quick_dialog
        assert quick is not None and (quick.name_edit.text(), quick.birth_edit.text()) == ("H Mai Byă", "03/02/1990")
        qtbot.mouseClick(quick.findChild(QPushButton, "quickSave"), Qt.MouseButton.LeftButton)

    when_quick_form_shows(dialog, confirm_card)
    type_text(dialog.search_edit, "066190000777||H Mai Byă|03021990|Nữ|Buôn Ea Bông, Cuôr Đăng|01012022")
    with qtbot.waitSignal(dialog.detector.scanned, timeout=3_000):
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: banner.text() == "Đã điểm danh: H Mai Byă", timeout=3_000)
    assert dialog.search_edit.text() == ""  # the scan never lands in the search box
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert not dialog.scan_mode and banner.isHidden()

    # a tick on the invited list, by keyboard
    row = row_of(dialog, "H Hoa Êban")
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, C_PRESENT)
    qtbot.keyClick(dialog.table.viewport(), Qt.Key.Key_Space)
    assert dialog.table.item(row_of(dialog, "H Hoa Êban"), C_PRESENT).checkState() == Qt.CheckState.Checked

    # a walk-in found by name
    type_text(dialog.search_edit, "ama kham")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.results.count() == 1
    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    assert banner.text() == "Đã điểm danh: Ama Khăm"

    # someone not on file: the quick form, filled and confirmed while it is open
    def fill_quick_form() -> None:
        quick = dialog.quick_dialog
        type_text(quick.name_edit, "Hoàng Thị Lan")
        type_text(quick.birth_edit, "1990")
        qtbot.mouseClick(quick.findChild(QPushButton, "quickSave"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_quick_form)
    qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
    assert banner.text() == "Đã điểm danh: Hoàng Thị Lan"
    assert "Có mặt 5/5 người." in dialog.summary_label.text()
    assert "250.000 đ (bằng chữ: Hai trăm năm mươi nghìn đồng)" in dialog.summary_label.text()
    with office_db.reading() as session:
        sources = sorted(line.source for line in session.query(Attendance).filter(Attendance.attended))
        assert sources == ["list", "list", "qr", "walk_in", "walk_in"]  # a listed person keeps "list"
    dialog.accept()
    assert popups.errors == []


def test_a_signed_sheet_is_read_back_and_results_follow_enrollments(
        qtbot: QtBot, page: SessionsPage, office_db: Database, place: dict[str, int], popups: Popups,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = create_session(office_db, Actor("thu.ha", role=Role.STAFF), session_input(place["village"]))
    requeried(qtbot, page)
    target = tmp_path / "ky_nhan.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # pre-fills, then writes R7 as xlsx
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)

    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet is not None
    header = next(row for row in sheet.iter_rows() if any(cell.value == "Ký nhận" for cell in row))
    sign_column = next(cell.column for cell in header if cell.value == "Ký nhận")
    for row in sheet.iter_rows(min_row=header[0].row + 1):
        if row[1].value == "Y Bhim Niê":
            sheet.cell(row=row[0].row, column=sign_column, value="Bhim")
    book.save(target)

    dialog = open_attendance(qtbot, page)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_args: str(target))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert popups.infos and "1 người có mặt" in popups.infos[-1]
    present = [line.full_name for line in dialog.lines if line.attended]
    assert present == ["Y Bhim Niê"]
    dialog.accept()

    requeried(qtbot, page)
    assert "Tham gia, gia hạn sau buổi: 0 người." in page.result_label.text()
    add_enrollment(office_db, Actor("thu.ha", role=Role.STAFF), place["uninsured"],
                   EnrollmentRequest("HI-HH", DAY + dt.timedelta(days=3), 12))
    generation = page.generation
    with qtbot.waitSignal(page.results_shown, timeout=10_000, check_params_cb=lambda g: g > generation):
        page._bus.changed.emit("enrollments")
    text = page.result_label.text()
    assert "Tham gia, gia hạn sau buổi: 1 người." in text
    assert "BHYT hộ gia đình: 1" in text and "Tỷ lệ vận động thành công: 100,0%." in text
    assert "Bằng chữ: Năm mươi nghìn đồng." in text
    total_row = page.period_table.rowCount() - 1
    assert page.period_table.item(total_row, 0).text() == "Tổng cộng"
    assert page.period_table.item(total_row, 3).text() == "1"
    assert page.current_id() == session_id


# --- the same card at the door, every way a desk receives it ----------------------------------
HIEN_CCCD = "066190001234"


@pytest.fixture
def door(qtbot: QtBot, office_db: Database, place: dict[str, int], popups: Popups) -> Iterator[AttendanceDialog]:
    """The check-in window of a session, with the application-wide detector (as the main window installs it)."""
    app = QApplication.instance()
    assert app is not None
    detector = QrScanDetector()
    app.installEventFilter(detector)
    widget = SessionsPage(office_db, DataBus(), detector=detector, today=TODAY, actor=Actor("thu.ha", role=Role.STAFF))
    qtbot.addWidget(widget)
    widget.show()
    create_session(office_db, Actor("thu.ha", role=Role.STAFF), session_input(place["village"]))
    requeried(qtbot, widget)
    dialog = open_attendance(qtbot, widget)
    dialog.search_edit.setFocus()
    yield dialog
    dialog.accept()
    app.removeEventFilter(detector)
    widget._background.wait()


@pytest.mark.parametrize("way", list(WAYS))
def test_a_registered_card_is_checked_in_however_it_arrives(qtbot: QtBot, door: AttendanceDialog,
                                                           office_db: Database, place: dict[str, int], way: str) -> None:
    create_person(office_db, Actor("thu.ha", role=Role.STAFF), PersonInput(
        full_name="Nguyễn Thị Hiền", birth="1990", sex="F", cccd=HIEN_CCCD, village_id=place["village"]))
    line, mode, method = WAYS[way]
    keys = Keyboard(method)
    keys.type(HALF_TYPED[method], idle_ms=0)
    half_typed = door.search_edit.text()
    assert half_typed in ("hoa", "hòa")
    assert not door.scan_mode
    with qtbot.waitSignal(door.detector.scanned, timeout=3_000):
        keys.scan(line, mode, idle_ms=800)
    banner = door.findChild(QLabel, "checkInBanner")
    assert banner.text() == "Đã điểm danh: Nguyễn Thị Hiền"
    assert door.scan_mode, "a scan at the door switches the check-in on"
    assert door.search_edit.text() == half_typed, "the half-typed search did not swallow the scan"
    assert door.table.item(row_of(door, "Nguyễn Thị Hiền"), C_PRESENT).checkState() == Qt.CheckState.Checked


@pytest.mark.parametrize("way", list(WAYS))
def test_a_card_not_on_file_fills_the_quick_form_however_it_arrives(qtbot: QtBot, door: AttendanceDialog,
                                                                   office_db: Database, way: str) -> None:
    line, mode, method = WAYS[way]
    seen: dict[str, str] = {}

    def check_and_add() -> None:
        quick = door.quick_dialog
        assert quick is not None
        seen.update(name=quick.name_edit.text(), birth=quick.birth_edit.text(), sex=quick.sex_combo.currentText(),
                    cccd=quick.cccd_edit.text())
        if not quick.name_edit.text():  # the ID alone: the clerk types the rest from the card
            type_text(quick.name_edit, "Nguyễn Thị Hiền")
            type_text(quick.birth_edit, "21/09/1990")
        qtbot.mouseClick(quick.findChild(QPushButton, "quickSave"), Qt.MouseButton.LeftButton)

    when_quick_form_shows(door, check_and_add)
    keys = Keyboard(method)
    keys.type(HALF_TYPED[method], idle_ms=0)
    with qtbot.waitSignal(door.detector.scanned, timeout=3_000):
        keys.scan(line, mode, idle_ms=800)
    banner = door.findChild(QLabel, "checkInBanner")
    qtbot.waitUntil(lambda: banner.text() == "Đã điểm danh: Nguyễn Thị Hiền", timeout=3_000)
    if way == "digits only":
        assert seen == {"name": "", "birth": "", "sex": "— Chưa rõ —", "cccd": HIEN_CCCD}
    else:
        assert seen == {"name": "Nguyễn Thị Hiền", "birth": "21/09/1990", "sex": "Nữ", "cccd": HIEN_CCCD}
    with office_db.reading() as session:
        person = session.query(Person).filter(Person.cccd == HIEN_CCCD).one()
        assert person.address == ("" if way == "digits only" else "Thôn 1, Xã Cư M'gar, Đắk Lắk")
        line_row = session.query(Attendance).filter(Attendance.person_id == person.id).one()
        assert line_row.attended and line_row.source == "qr"


def test_a_card_whose_name_cannot_be_repaired_leaves_it_to_the_clerk_and_says_so(
        qtbot: QtBot, door: AttendanceDialog, office_db: Database) -> None:
    """Latin-1 bytes whose control characters were lost: "Nguy?n" fits ễ, ề, ể and ệ alike."""
    notes: list[str] = []

    def check() -> None:
        quick = door.quick_dialog
        assert quick is not None
        notes.append(quick.scan_note.text() if quick.scan_note.isVisible() else "")
        assert (quick.name_edit.text(), quick.birth_edit.text(), quick.cccd_edit.text()) == ("", "21/09/1990",
                                                                                             HIEN_CCCD)
        quick.reject()

    when_quick_form_shows(door, check)
    garbled = "".join(char for char in CARD.encode().decode("latin-1") if not "\x80" <= char <= "\x9f")
    with qtbot.waitSignal(door.detector.scanned, timeout=3_000):
        Keyboard().scan(garbled, "unicode")
    qtbot.waitUntil(lambda: bool(notes), timeout=3_000)
    assert notes == ["Không đọc được từ thẻ: họ và tên. Hãy nhập theo thẻ."]


def test_where_the_card_disagrees_with_the_record_it_is_shown_not_imposed(
        qtbot: QtBot, door: AttendanceDialog, office_db: Database, place: dict[str, int]) -> None:
    create_person(office_db, Actor("thu.ha", role=Role.STAFF), PersonInput(
        full_name="Nguyễn Thị Hiên", birth="1991", sex="F", cccd=HIEN_CCCD, village_id=place["village"]))
    with qtbot.waitSignal(door.detector.scanned, timeout=3_000):
        Keyboard().scan(CARD, "cp1252")
    banner = door.findChild(QLabel, "checkInBanner")
    assert banner.text() == (
        "Đã điểm danh: Nguyễn Thị Hiên\nThẻ ghi khác hồ sơ (hồ sơ giữ nguyên, sửa nếu cần): họ và tên trên thẻ "
        "“Nguyễn Thị Hiền”, hồ sơ “Nguyễn Thị Hiên”; ngày sinh trên thẻ “21/09/1990”, hồ sơ “1991”.")
    with office_db.reading() as session:
        assert session.query(Person).filter(Person.cccd == HIEN_CCCD).one().full_name == "Nguyễn Thị Hiên"


HOSTILE_VENUE = "<h1 style='color:red'>TÀI KHOẢN BỊ KHOÁ – gọi 0900000000</h1><a href='http://x'>x</a><img src='/etc/x.png'>"


def test_html_in_a_village_or_venue_name_is_shown_as_text(
        qtbot: QtBot, page: SessionsPage, office_db: Database, popups: Popups) -> None:
    """Finding 13 of issue 17: such a name drew a large red banner in the attendance dialog header."""
    village = add_village(office_db, name="Buôn <b>Ea</b> <a href='http://x'>Bông</a>")
    create_session(office_db, Actor("thu.ha", role=Role.STAFF), session_input(village, venue=HOSTILE_VENUE))
    requeried(qtbot, page)
    dialog = open_attendance(qtbot, page)
    caption = dialog.findChild(QLabel, "sessionCaption")
    assert caption is not None
    shown = QTextDocument()
    shown.setHtml(caption.text())
    text = shown.toPlainText()
    assert HOSTILE_VENUE in text and "Buôn <b>Ea</b> <a href='http://x'>Bông</a>" in text
    assert "<h1" not in caption.text() and "<img" not in caption.text() and "<a " not in caption.text()
    dialog.close()
