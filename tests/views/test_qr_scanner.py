"""A USB QR scanner typing a CCCD line into whatever has the focus, simulated key by key.

The detector's clock is injected: each key advances it by the gap a scanner
(a few ms) or a person (100 ms and more) leaves between keys, so the tests
check the real timing rule without depending on wall time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.dates import PartialDate
from desktop.domain.qr import CccdScan
from desktop.domain.text import fold
from desktop.models import Village
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.persons import PersonInput, create_person, find_person_by_cccd
from desktop.views.bus import DataBus
from desktop.views.participants.person_dialog import PersonDialog, open_person_dialog
from desktop.views.qr_scanner import QrScanDetector, open_scan
from tests.views.conftest import Popups
from tests.views.scanner_keys import (
    CARD,
    HALF_TYPED,
    WAYS,
    Keyboard,
    Method,
    Mode,
    scanner_characters,
)

STAFF = Actor("canbo", role=Role.STAFF)

FULL = "066190012345|241234567|Nguyễn Thị Hoa|05031990|Nữ|Buôn Ky, Xã Ea Kiết, Đắk Lắk|15042021"
HOA = CccdScan("066190012345", "241234567", "Nguyễn Thị Hoa", PartialDate(1990, 3, 5), "F",
               "Buôn Ky, Xã Ea Kiết, Đắk Lắk", dt.date(2021, 4, 15))
SCANNER_MS = 4
HUMAN_MS = 140


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def detector(clock: FakeClock) -> Iterator[QrScanDetector]:
    app = QApplication.instance()
    assert app is not None
    watcher = QrScanDetector(clock=clock)
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)


class Host(QWidget):
    """A page with a search box and a list, like the participant list."""

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.other = QLineEdit()
        self.returns: list[str] = []
        self.search.returnPressed.connect(lambda: self.returns.append(self.search.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.other)


@pytest.fixture
def host(qtbot: QtBot) -> Host:
    page = Host()
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.search.setFocus()
    return page


def _key_of(char: str) -> Qt.Key:
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    return {"|": Qt.Key.Key_Bar, " ": Qt.Key.Key_Space, ",": Qt.Key.Key_Comma}.get(char, Qt.Key.Key_unknown)


def keyboard(clock: FakeClock, text: str, gap_ms: float, enter: bool = True, idle_ms: float = 3000,
             gaps: dict[int, float] | None = None) -> None:
    """Type ``text`` (and Enter) into the focused widget, ``gap_ms`` apart, after ``idle_ms`` of quiet."""
    clock.advance(idle_ms)
    keys = [(_key_of(char), char) for char in text] + ([(Qt.Key.Key_Return, "\r")] if enter else [])
    for index, (key, char) in enumerate(keys):
        if index:
            clock.advance((gaps or {}).get(index, gap_ms))
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


# --- the detector on its own -------------------------------------------------------------

def test_scan_is_recognised_and_nothing_stays_in_the_focused_field(qtbot: QtBot, host: Host, clock: FakeClock,
                                                                  detector: QrScanDetector) -> None:
    keyboard(clock, "hoa", HUMAN_MS, enter=False)
    assert host.search.text() == "hoa"
    with qtbot.waitSignal(detector.scanned) as scanned, qtbot.assertNotEmitted(detector.malformed):
        keyboard(clock, FULL, SCANNER_MS, idle_ms=800)
    assert scanned.args == [HOA]
    assert host.search.text() == "hoa" and host.search.cursorPosition() == 3
    assert host.returns == [], "the scanner's Enter must not reach the field"
    keyboard(clock, "!", HUMAN_MS, enter=False)
    assert host.search.text() == "hoa!", "typing afterwards works as before"


@pytest.mark.parametrize(("line", "expected"), [
    ("066190012345|241234567|Nguyễn Thị Hoa|05031990|Nữ|Buôn Ky", (
        "241234567", "Nguyễn Thị Hoa", PartialDate(1990, 3, 5), "F", "Buôn Ky", None)),
    ("066085012345|Y Bih Niê|01011985|Nam|Buôn Ea Kmát|20052022", (
        "", "Y Bih Niê", PartialDate(1985, 1, 1), "M", "Buôn Ea Kmát", dt.date(2022, 5, 20))),
    ("066190012345||Nguyễn Thị Hoa|05031990|Nữ||", (
        "", "Nguyễn Thị Hoa", PartialDate(1990, 3, 5), "F", "", None)),
    ("066190012345||H'Nga Mlô||||15042021", ("", "H'Nga Mlô", None, None, "", dt.date(2021, 4, 15))),
])
def test_six_and_seven_field_variants_and_empty_fields(qtbot: QtBot, host: Host, clock: FakeClock,
                                                      detector: QrScanDetector, line: str,
                                                      expected: tuple[object, ...]) -> None:
    with qtbot.waitSignal(detector.scanned) as scanned:
        keyboard(clock, line, SCANNER_MS)
    scan = scanned.args[0]
    assert (scan.old_id, scan.full_name, scan.birth, scan.sex, scan.address, scan.issued) == expected
    assert host.search.text() == "" and host.returns == []


def test_an_unreadable_id_gives_the_message_and_leaves_the_field_clean(qtbot: QtBot, host: Host, clock: FakeClock,
                                                                      detector: QrScanDetector) -> None:
    line = "12345|241234567|Nguyễn Thị Hoa|05031990|Nữ|Buôn Ky|15042021"
    with qtbot.waitSignal(detector.malformed) as malformed, qtbot.assertNotEmitted(detector.scanned):
        keyboard(clock, line, SCANNER_MS)
    assert malformed.args == ["Mã QR không đúng định dạng CCCD: số CCCD “12345” phải gồm 12 chữ số."]
    assert host.search.text() == "" and host.returns == []
    assert detector.last_line == line


@pytest.mark.parametrize(("line", "unread"), [
    ("066190012345|241234567|Nguyễn Thị Hoa|31021990|Nữ|Buôn Ky|15042021", ("birth", None)),
    ("066190012345|241234567|Nguyễn Thị Hoa|05031990|Nữ|Buôn Ky|15042021|x|y", (None, None)),
])
def test_a_field_that_cannot_be_read_never_refuses_the_scan(qtbot: QtBot, host: Host, clock: FakeClock,
                                                           detector: QrScanDetector, line: str,
                                                           unread: tuple[str | None, None]) -> None:
    with qtbot.waitSignal(detector.scanned) as scanned, qtbot.assertNotEmitted(detector.malformed):
        keyboard(clock, line, SCANNER_MS)
    scan = scanned.args[0]
    assert (scan.cccd, scan.full_name, scan.sex) == ("066190012345", "Nguyễn Thị Hoa", "F")
    assert [name for name, _reason in scan.reading.problems] == [name for name in unread if name]
    assert host.search.text() == "" and host.returns == []


def test_slow_typing_with_pipes_is_never_intercepted(qtbot: QtBot, host: Host, clock: FakeClock,
                                                     detector: QrScanDetector) -> None:
    with qtbot.assertNotEmitted(detector.scanned), qtbot.assertNotEmitted(detector.malformed, wait=50):
        keyboard(clock, FULL, HUMAN_MS)
    assert host.search.text() == FULL
    assert host.returns == [FULL], "the person's Enter reaches the field"


def test_a_fast_typist_or_a_held_key_is_not_a_scanner(qtbot: QtBot, host: Host, clock: FakeClock,
                                                      detector: QrScanDetector) -> None:
    with qtbot.assertNotEmitted(detector.scanned), qtbot.assertNotEmitted(detector.malformed, wait=50):
        keyboard(clock, "a|b|c|d|e|f", 70)
        host.search.clear()
        keyboard(clock, "ab|", 20, enter=False)  # two quick keys then a pipe: a person's burst
    assert host.search.text() == "ab|"


def test_a_hiccup_in_the_middle_of_the_id_still_reads_the_whole_card(qtbot: QtBot, host: Host, clock: FakeClock,
                                                                     detector: QrScanDetector) -> None:
    with qtbot.waitSignal(detector.scanned) as scanned:
        keyboard(clock, FULL, SCANNER_MS, gaps={7: 180, 40: 120})
    assert scanned.args == [HOA]
    assert host.search.text() == ""


def test_a_scan_without_enter_ends_with_the_pause(qtbot: QtBot, host: Host, clock: FakeClock,
                                                  detector: QrScanDetector) -> None:
    keyboard(clock, FULL, SCANNER_MS, enter=False)
    assert detector.capturing
    with qtbot.waitSignal(detector.scanned) as scanned:
        keyboard(clock, "x", HUMAN_MS, enter=False, idle_ms=900)
    assert scanned.args == [HOA]
    assert host.search.text() == "x"


@pytest.mark.qt_log_ignore("Keyboard event not accepted by receiving widget")
def test_enter_ending_a_scan_does_not_trigger_a_shortcut(qtbot: QtBot, clock: FakeClock,
                                                         detector: QrScanDetector) -> None:
    """The participant table opens a record on Enter; a scan's Enter must not open one."""
    table = QListWidget()
    qtbot.addWidget(table)
    opened: list[bool] = []
    action = QAction(table)
    action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: opened.append(True))
    table.addAction(action)
    with qtbot.waitActive(table):
        table.show()
        table.activateWindow()
    table.setFocus()
    line = "066085012345||Y Bih Nie|01011985|Nam|Buon Ky|20052022"
    with qtbot.waitSignal(detector.scanned):
        for char in line:
            clock.advance(SCANNER_MS)
            qtbot.keyClick(table, char)
        clock.advance(SCANNER_MS)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == []
    clock.advance(3000)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [True], "a person's Enter still opens the record"


# --- what a scan opens -------------------------------------------------------------------

def add_office_village(db: Database, commune_code: str, name: str, kind: str) -> int:
    with db.unit_of_work() as session:
        village = Village(commune_code=commune_code, name=name, name_key=fold(name), kind=kind)
        session.add(village)
        session.flush()
        return village.id


@pytest.fixture
def buon_ky(office_db: Database) -> int:
    return add_office_village(office_db, "24265", "Buôn Ky", "buôn")


def _wire(detector: QrScanDetector, db: Database, bus: DataBus) -> list[PersonDialog]:
    opened: list[PersonDialog] = []
    detector.scanned.connect(lambda scan: opened.append(open_scan(None, db, bus, scan, actor=STAFF)))
    return opened


def test_scan_of_a_new_card_opens_a_filled_form(qtbot: QtBot, host: Host, clock: FakeClock, office_db: Database,
                                                buon_ky: int, detector: QrScanDetector, popups: Popups) -> None:
    opened = _wire(detector, office_db, DataBus())
    with qtbot.waitSignal(detector.scanned):
        keyboard(clock, FULL, SCANNER_MS)
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert dialog.is_new and dialog.isVisible()
    assert (dialog.name_edit.text(), dialog.birth_edit.text(), dialog.sex_combo.currentText()) == (
        "Nguyễn Thị Hoa", "05/03/1990", "Nữ")
    assert (dialog.cccd_edit.text(), dialog.address_edit.text()) == ("066190012345", "Buôn Ky, Xã Ea Kiết, Đắk Lắk")
    assert (dialog.commune_combo.currentText(), dialog.village_combo.currentData()) == ("Xã Ea Kiết", buon_ky)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert find_person_by_cccd(office_db, "066190012345") == dialog.result_person_id
    assert host.search.text() == ""


def test_scan_of_a_known_card_opens_that_record(qtbot: QtBot, host: Host, clock: FakeClock, office_db: Database,
                                                detector: QrScanDetector, popups: Popups) -> None:
    person_id = create_person(office_db, Actor("thu.ha", role=Role.STAFF), PersonInput(
        full_name="Nguyễn Thị Hoa", birth="1990", sex="F", cccd="066190012345", phone="0912345678"))
    opened = _wire(detector, office_db, DataBus())
    with qtbot.waitSignal(detector.scanned):
        keyboard(clock, FULL, SCANNER_MS)
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert not dialog.is_new
    assert dialog.windowTitle() == "Hồ sơ: Nguyễn Thị Hoa"
    assert (dialog.birth_edit.text(), dialog.phone_edit.text()) == ("1990", "0912345678")
    assert dialog.delete_button.isVisible()
    dialog.reject()
    assert find_person_by_cccd(office_db, "066190012345") == person_id


def test_scan_while_the_new_person_form_is_open_fills_it(qtbot: QtBot, clock: FakeClock, office_db: Database,
                                                         buon_ky: int, detector: QrScanDetector,
                                                         popups: Popups) -> None:
    form = open_person_dialog(None, office_db, DataBus(), actor=STAFF)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.activateWindow()
    form.note_edit.setFocus()
    opened = _wire(detector, office_db, DataBus())
    with qtbot.waitSignal(detector.scanned):
        keyboard(clock, FULL, SCANNER_MS)
    assert opened == [form]
    assert form.note_edit.text() == "", "the scan's first keys were taken back from the focused field"
    assert form.name_edit.text() == "Nguyễn Thị Hoa"
    assert form.cccd_edit.text() == "066190012345" and form.village_combo.currentData() == buon_ky
    assert form.isVisible() and form.result_person_id is None, "the scanner's Enter did not save the form"


# --- cards as Windows desks receive them: real key events with their timestamps ----------------
HIEN = CccdScan("066190001234", "245123456", "Nguyễn Thị Hiền", PartialDate(1990, 9, 21), "F",
                "Thôn 1, Xã Cư M'gar, Đắk Lắk", dt.date(2021, 4, 15))


@pytest.fixture
def stamped(qtbot: QtBot) -> Iterator[QrScanDetector]:
    """The detector on the application, timing keys by their events' timestamps (its clock stands still)."""
    app = QApplication.instance()
    assert app is not None
    watcher = QrScanDetector(clock=lambda: 5000.0)
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)


@pytest.mark.parametrize(("mode", "method", "rewrites"), [
    ("unicode", None, 0), ("cp1252", None, 0), ("latin-1", None, 0), ("cp1252-lost", None, 0),
    ("cp1252", "telex", 1), ("cp1252", "vni", 1), ("unicode", "vni", 1),
])
def test_the_same_card_is_read_whatever_the_scanner_mode_and_input_method(
        qtbot: QtBot, host: Host, stamped: QrScanDetector, mode: Mode, method: Method | None, rewrites: int) -> None:
    keys = Keyboard(method)
    keys.type({"telex": "hieenf", "vni": "hie6n2"}.get(method or "", "hiền"), idle_ms=0)
    with qtbot.waitSignal(stamped.scanned) as scanned, qtbot.assertNotEmitted(stamped.malformed):
        keys.scan(CARD, mode, idle_ms=800)
    scan = scanned.args[0]
    assert scan == HIEN
    assert scan.reading.rewrites == rewrites and scan.reading.problems == ()
    assert host.search.text() == "hiền", "the half-typed search is left as it was"
    assert host.returns == []


def test_id_digits_a_vni_input_method_took_as_tones_of_a_half_typed_word_are_recovered(
        qtbot: QtBot, host: Host, stamped: QrScanDetector) -> None:
    """"Hòa" typed in the search box, then a scan: VNI reads the ID's first digits as marks for "Hòa"
    (0 takes the tone off, 6 adds a circumflex, 1 an acute) and the field never gets them."""
    keys = Keyboard("vni")
    keys.type("Hoa2", idle_ms=0)
    assert host.search.text() == "Hòa"
    with qtbot.waitSignal(stamped.scanned) as scanned, qtbot.assertNotEmitted(stamped.malformed):
        keys.scan(CARD, "unicode", idle_ms=700)
    assert scanned.args[0] == HIEN
    assert scanned.args[0].reading.rewrites == 4, "four digits came back from the input method's rewrites"
    assert host.search.text() == "Hòa"


def test_telex_rewriting_a_unicode_line_cannot_be_told_from_the_card_and_is_left_to_the_registry(
        qtbot: QtBot, host: Host, stamped: QrScanDetector) -> None:
    with qtbot.waitSignal(stamped.scanned) as scanned:
        Keyboard("telex").scan(CARD, "unicode")
    scan = scanned.args[0]
    assert scan.cccd == HIEN.cccd and scan.full_name == HIEN.full_name
    assert scan.address == "Thôn 1, Xã Cư M'gả, Đắk Lắk" and scan.reading.rewrites == 1


def test_the_id_alone_is_a_scan_and_leaves_the_search_box_as_it_was(qtbot: QtBot, host: Host,
                                                                   stamped: QrScanDetector) -> None:
    keys = Keyboard()
    keys.type("Ngu", idle_ms=0)
    with qtbot.waitSignal(stamped.scanned) as scanned:
        keys.scan("066190001234", idle_ms=700)
    assert scanned.args == [CccdScan("066190001234")]
    assert host.search.text() == "Ngu" and host.returns == []
    with qtbot.assertNotEmitted(stamped.scanned, wait=50):
        keys.type("066190001234", enter=True)  # a clerk typing the same digits searches with them
    assert host.returns == ["Ngu066190001234"]


def test_keys_queued_while_the_application_was_busy_are_timed_by_their_timestamps(
        qtbot: QtBot, host: Host, stamped: QrScanDetector) -> None:
    """The detector's clock stands still, as if every event were handled at once after a freeze."""
    with qtbot.assertNotEmitted(stamped.scanned, wait=50), qtbot.assertNotEmitted(stamped.malformed):
        Keyboard().type(CARD[:30], enter=True)
    assert host.returns == [CARD[:30]], "a person's keys stay a person's keys"
    host.search.clear()
    with qtbot.waitSignal(stamped.scanned):
        Keyboard().scan(CARD)
    assert host.search.text() == ""


def test_alt_keypad_digits_that_compose_a_character_are_not_taken_for_text(qtbot: QtBot, host: Host,
                                                                           stamped: QrScanDetector) -> None:
    with qtbot.waitSignal(stamped.scanned) as scanned:
        Keyboard().scan(CARD, "cp1252")
    assert scanned.args[0].reading.raw == "".join(s.char for s in scanner_characters(CARD, "cp1252"))
    assert host.search.text() == ""


# --- the person form, every way a desk receives the card ------------------------------------------
@pytest.fixture
def thon_1(office_db: Database) -> int:
    return add_office_village(office_db, "24280", "Thôn 1", "thôn")


@pytest.mark.parametrize("way", list(WAYS))
def test_a_card_not_on_file_prefills_the_person_form_however_it_arrives(
        qtbot: QtBot, host: Host, office_db: Database, thon_1: int, stamped: QrScanDetector, popups: Popups,
        way: str) -> None:
    line, mode, method = WAYS[way]
    opened = _wire(stamped, office_db, DataBus())
    keys = Keyboard(method)
    keys.type(HALF_TYPED[method], idle_ms=0)
    half_typed = host.search.text()
    with qtbot.waitSignal(stamped.scanned):
        keys.scan(line, mode, idle_ms=800)
    [form] = opened
    qtbot.addWidget(form)
    assert form.is_new and host.search.text() == half_typed
    data = form.form_data()
    if way == "digits only":
        assert (data.cccd, data.full_name, data.birth) == ("066190001234", "", "")
        return
    assert (data.full_name, data.birth, data.sex, data.cccd) == ("Nguyễn Thị Hiền", "21/09/1990", "F", "066190001234")
    assert (form.commune_combo.currentText(), form.village_combo.currentData()) == ("Xã Cư M'gar", thon_1)
    assert form.scan_note.isHidden()


@pytest.mark.parametrize("way", list(WAYS))
def test_a_registered_card_opens_the_record_however_it_arrives(
        qtbot: QtBot, host: Host, office_db: Database, stamped: QrScanDetector, popups: Popups, way: str) -> None:
    person_id = create_person(office_db, STAFF, PersonInput(full_name="Nguyễn Thị Hiền", birth="09/1990", sex="F",
                                                            cccd="066190001234", phone="0912345678"))
    line, mode, method = WAYS[way]
    opened = _wire(stamped, office_db, DataBus())
    keys = Keyboard(method)
    keys.type(HALF_TYPED[method], idle_ms=0)
    with qtbot.waitSignal(stamped.scanned):
        keys.scan(line, mode, idle_ms=800)
    [form] = opened
    qtbot.addWidget(form)
    assert not form.is_new and form.windowTitle() == "Hồ sơ: Nguyễn Thị Hiền"
    assert (form.birth_edit.text(), form.phone_edit.text()) == ("09/1990", "0912345678")
    assert form.scan_note.isHidden(), "the card agrees with the record as far as the record knows"
    form.reject()
    assert find_person_by_cccd(office_db, "066190001234") == person_id


def test_a_registered_card_that_disagrees_shows_it_on_the_record(qtbot: QtBot, host: Host, office_db: Database,
                                                                stamped: QrScanDetector, popups: Popups) -> None:
    create_person(office_db, STAFF, PersonInput(full_name="Nguyễn Thị Hiên", birth="1990", sex="M", cccd="066190001234"))
    opened = _wire(stamped, office_db, DataBus())
    with qtbot.waitSignal(stamped.scanned):
        Keyboard().scan(CARD, "latin-1")
    [form] = opened
    qtbot.addWidget(form)
    assert form.name_edit.text() == "Nguyễn Thị Hiên", "the record stands"
    assert form.scan_note.text() == (
        "Thẻ ghi khác hồ sơ (hồ sơ giữ nguyên, sửa nếu cần): họ và tên trên thẻ “Nguyễn Thị Hiền”, "
        "hồ sơ “Nguyễn Thị Hiên”; giới tính trên thẻ “Nữ”, hồ sơ “Nam”.")
    form.reject()


def test_a_scan_into_the_new_person_form_keeps_what_the_clerk_typed_for_fields_it_cannot_read(
        qtbot: QtBot, office_db: Database, thon_1: int, stamped: QrScanDetector, popups: Popups) -> None:
    form = open_person_dialog(None, office_db, DataBus(), actor=STAFF)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.activateWindow()
    form.name_edit.setFocus()
    opened = _wire(stamped, office_db, DataBus())
    keys = Keyboard()
    keys.type("Nguyễn Thị Hiền", idle_ms=0)
    garbled = "".join(char for char in CARD.encode().decode("latin-1") if not "\x80" <= char <= "\x9f")
    with qtbot.waitSignal(stamped.scanned):
        keys.scan(garbled, idle_ms=900)
    assert opened == [form]
    assert form.name_edit.text() == "Nguyễn Thị Hiền", "the name the card could not give is the clerk's"
    assert (form.birth_edit.text(), form.cccd_edit.text()) == ("21/09/1990", "066190001234")
    assert form.scan_note.text() == "Không đọc được từ thẻ: họ và tên. Hãy nhập theo thẻ."
    assert form.isVisible() and form.result_person_id is None
