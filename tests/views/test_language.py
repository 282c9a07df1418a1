"""One language at a time: every page and dialog in Vietnamese (Qt's own texts included) or in English.

Each page of the main window and each dialog of :data:`DIALOGS` is opened on a
demo office in both languages; every text a person can read (see
``visible_text``), the context menus of its fields and the calendar of its date
fields are checked:

- in Vietnamese, no text is one of Qt's English texts, and no text Qt asked
  for was left untranslated (``qtbase_vi.ts``);
- in English, no text holds a Vietnamese letter unless it is data (names,
  places, the office's own words read from the database) or one of the
  exceptions of :data:`ALLOWED_IN_ENGLISH`, and no string of the application
  was left untranslated (``ansinh_en.ts``).

A new dialog is checked by adding its opener to :data:`DIALOGS`. The last tests
switch the language in Cài đặt while the application runs.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QThreadPool, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, inspect, select, text

from desktop import resources
from desktop.app import build_main_window
from desktop.db import Database
from desktop.models import Enrollment, Person
from desktop.services.accounts import list_accounts
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.clan_review import confirm_group, review_groups
from desktop.services.demo import generate_demo
from desktop.services.households import search_households
from desktop.services.sessions import LANGUAGES as SESSION_LANGUAGES
from desktop.views import dialogs
from desktop.views.accounts.account_dialog import EditAccountDialog, NewAccountDialog
from desktop.views.accounts.change_password_dialog import ChangePasswordDialog
from desktop.views.accounts.first_admin_dialog import FirstAdminDialog
from desktop.views.accounts.sign_in_dialog import SignInDialog
from desktop.views.accounts.start import DeskShifts
from desktop.views.clans import ClanDialog, ClanReviewDialog
from desktop.views.desk_settings import DeskSettings
from desktop.views.households.dialog import HouseholdDialog
from desktop.views.language import apply_language
from desktop.views.main_window import MainWindow
from desktop.views.participants.enrollment_dialog import EnrollmentDialog
from desktop.views.participants.person_dialog import PersonDialog
from desktop.views.setup_dialog import SetupDialog
from tests.conftest import Credentials
from tests.views.conftest import Popups
from tests.views.test_sign_out import run_desk
from tests.views.typing import type_text
from tests.views.visible_text import Shown, context_menu_texts, visible_texts

LANGUAGES = ["vi", "en"]
VIETNAMESE_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
ALLOWED_IN_ENGLISH: dict[str, str] = {
    r"\bđ\b": "amounts keep the đồng sign in both languages",
    r"Tiếng Việt": "the language list names each language in its own words",
    r"(?i)in words: [^).]*": "the amount in Vietnamese words, as the support forms print it",
}
QT_KEY_NAMES = "QShortcut"
"""Qt's names of keys (Ctrl, Shift, Del) stay as printed on the keyboard."""


# --- what counts as the other language -------------------------------------------------------

def _normal(text: str) -> str:
    """A text as read: no accelerator marks, no shortcut column, no trailing dots or colon."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(".…:").strip()


def qt_english_texts() -> set[str]:
    """Qt's English texts that ``qtbase_vi.ts`` says differently in Vietnamese (paper names like A4 stay)."""
    texts = set()
    for message in ET.parse(resources.path("translations", "qtbase_vi.ts")).iter("message"):
        source, translation = _normal(message.findtext("source") or ""), _normal(message.findtext("translation") or "")
        if source and source != translation:
            texts.add(source)
    return texts


def application_sources() -> set[str]:
    """The application's own strings (Vietnamese, the source language), as ``ansinh_en.ts`` lists them."""
    return {message.findtext("source") or "" for message in
            ET.parse(resources.path("translations", "ansinh_en.ts")).iter("message")}


def database_words(db: Database) -> list[str]:
    """Every Vietnamese text kept in the database (names, places, the office) and the names of the
    province's languages (kept with each session): data and proper names, shown as written."""
    words: set[str] = set(SESSION_LANGUAGES)
    with db.engine.connect() as connection:
        schema = inspect(connection)
        for table in schema.get_table_names():
            for column in schema.get_columns(table):
                if isinstance(column["type"], String | Text):
                    query = text(f'SELECT DISTINCT "{column["name"]}" FROM "{table}"')
                    words.update(value for (value,) in connection.execute(query)
                                 if isinstance(value, str) and VIETNAMESE_LETTERS & set(value.lower()))
    words.update(group.suggested for group in review_groups(db).groups)  # clan names the review makes of the data
    return sorted(words, key=len, reverse=True)


def english_leftovers(shown: list[Shown], data: list[str]) -> list[Shown]:
    def without_allowed(value: str) -> str:
        for pattern in ALLOWED_IN_ENGLISH:
            value = re.sub(pattern, "", value)
        for word in data:
            value = value.replace(word, "")
        return value

    return [s for s in shown if VIETNAMESE_LETTERS & set(without_allowed(s.text).lower())]


def vietnamese_leftovers(shown: list[Shown]) -> list[Shown]:
    english = qt_english_texts()
    return [s for s in shown if _normal(s.text) in english]


class UnansweredLookups(QTranslator):
    """Installed before the language's catalogues, so it is asked last: it sees what no catalogue answered."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.asked.add((context, source))
        return None  # not found: Qt shows the source text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _is_qt_context(context: str) -> bool:
    return bool(re.fullmatch(r"Q[A-Z]\w*|CloseButton", context))


# --- the desk the test works at --------------------------------------------------------------

@dataclass
class Desk:
    """A demo office open in the main window for its administrator, in one language."""

    qtbot: QtBot
    db: Database
    window: MainWindow
    actor: Actor
    opened: list[QWidget] = field(default_factory=list)
    printers: list[QPrinter] = field(default_factory=list)

    def keep(self, widget: QWidget) -> QWidget:
        self.opened.append(widget)
        return widget

    def printer(self) -> QPrinter:
        """A printer that lives as long as the desk (a print dialog only points to its printer)."""
        self.printers.append(QPrinter())
        return self.printers[-1]

    def person_id(self) -> int:
        """A member of a household with enrollments: the forms show every part."""
        with self.db.reading() as session:
            found = session.scalar(select(Enrollment.person_id).join(Person, Person.id == Enrollment.person_id)
                                   .where(Person.household_id.is_not(None)).order_by(Enrollment.person_id).limit(1))
        assert found is not None
        return found


Opener = Callable[[Desk], QWidget]


def _sign_in_refused(desk: Desk) -> QWidget:
    dialog = SignInDialog(desk.db, DeskSettings())
    dialog.show()
    dialog.username_edit.clear()
    type_text(dialog.username_edit, "quantri")
    type_text(dialog.password_edit, "not-the-password")
    desk.qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    return dialog


def _file_dialog(mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> Opener:
    def open_it(desk: Desk) -> QWidget:
        dialog = QFileDialog(desk.window, "An Sinh Desk", str(Path.home()), "Excel (*.xlsx)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as Linux shows it
        dialog.setFileMode(mode)
        dialog.setAcceptMode(accept)
        return dialog
    return open_it


def _message_box(icon: QMessageBox.Icon, buttons: QMessageBox.StandardButton) -> Opener:
    return lambda desk: dialogs.message_box(desk.window, icon, "An Sinh Desk", "…", buttons)


def settle() -> None:
    """Let the screens' background queries finish and hand over their results."""
    for _round in range(3):  # a result may start the next query
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()


def _clan(desk: Desk) -> QWidget:
    """The demo's largest group of old clan texts confirmed as a clan in the model, on its page."""
    group = review_groups(desk.db).groups[0]
    clan_id, _ = confirm_group(desk.db, desk.actor, group.commune_code, [v.text for v in group.variants],
                               name=group.suggested, joined_on=dt.date(2026, 1, 15))
    return ClanDialog(desk.db, desk.window._bus, clan_id, desk.window, actor=desk.actor)


def _sessions_page(desk: Desk) -> QWidget:
    desk.window.show_page("sessions")
    page = desk.window.page("sessions")
    settle()
    page.table.selectRow(0)  # type: ignore[attr-defined]
    return page


DIALOGS: dict[str, Opener] = {
    # Qt's own dialogs, as the application shows them
    "question": _message_box(QMessageBox.Icon.Question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No),
    "error": _message_box(QMessageBox.Icon.Critical, QMessageBox.StandardButton.Ok),
    "about": lambda desk: QMessageBox(QMessageBox.Icon.NoIcon, "An Sinh Desk", desk.window.about_text(),
                                      QMessageBox.StandardButton.Ok, desk.window),
    "open file": _file_dialog(QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
    "save file": _file_dialog(QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
    "choose folder": _file_dialog(QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen),
    "print preview": lambda desk: QPrintPreviewDialog(desk.printer(), desk.window),
    "print": lambda desk: QPrintDialog(desk.printer(), desk.window),
    # the application's dialogs
    "setup": lambda desk: SetupDialog(desk.db),
    "first administrator": lambda desk: FirstAdminDialog(desk.db),
    "sign-in, refused": _sign_in_refused,
    "change password": lambda desk: ChangePasswordDialog(desk.db, desk.actor, parent=desk.window),
    "new account": lambda desk: NewAccountDialog(desk.db, desk.actor, desk.window),
    "edit account": lambda desk: EditAccountDialog(desk.db, desk.actor, list_accounts(desk.db, desk.actor)[-1],
                                                   desk.window),
    "new person": lambda desk: PersonDialog(desk.db, desk.window._bus, parent=desk.window, actor=desk.actor),
    "person": lambda desk: PersonDialog(desk.db, desk.window._bus, desk.person_id(), parent=desk.window,
                                        actor=desk.actor),
    "enrollments": lambda desk: EnrollmentDialog(desk.db, desk.window._bus, desk.person_id(), desk.window,
                                                 actor=desk.actor),
    "household": lambda desk: HouseholdDialog(desk.db, desk.window._bus, search_households(desk.db)[0].id,
                                              desk.window, actor=desk.actor),
    "new household": lambda desk: HouseholdDialog(desk.db, desk.window._bus, None, desk.window, actor=desk.actor),
    "clan review": lambda desk: ClanReviewDialog(desk.db, desk.window._bus, desk.window, actor=desk.actor),
    "clan": _clan,
    "new clan": lambda desk: ClanDialog(desk.db, desk.window._bus, None, desk.window, actor=desk.actor),
    "outreach session": lambda desk: _sessions_page(desk).open_session(  # type: ignore[attr-defined]
        _sessions_page(desk).current_id()),  # type: ignore[attr-defined]
    "attendance": lambda desk: _sessions_page(desk).open_attendance(),  # type: ignore[attr-defined]
    "attendance sheet preview": lambda desk: _sessions_page(desk).print_sheet(),  # type: ignore[attr-defined]
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo office, built once and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    generate_demo(db, persons=300)
    db.dispose()  # the last connection closing moves the write-ahead log into the file that is copied
    return path


class Speaking:
    """The language under test, installed with the recorder of unanswered lookups underneath."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.unanswered = UnansweredLookups()

    def __enter__(self) -> Speaking:
        application = QCoreApplication.instance()
        assert application is not None
        application.installTranslator(self.unanswered)
        assert apply_language(self.language) == [], "compile the translations: python -m desktop.views.translations"
        self.unanswered.asked.clear()  # installing asked Qt for its layout direction before the catalogues came
        return self

    def __exit__(self, *_exc: object) -> None:
        application = QCoreApplication.instance()
        assert application is not None
        application.removeTranslator(self.unanswered)
        apply_language("vi")

    def untranslated(self) -> list[str]:
        """In Vietnamese, Qt's texts nobody translated; in English, the application's.

        PySide looks an application string up under its class and then under each
        Qt base class (QWidget, QObject…): those lookups are the application's.
        """
        own = application_sources()
        if self.language == "vi":
            return sorted({f"{context}: {source}" for context, source in self.unanswered.asked
                           if _is_qt_context(context) and context != QT_KEY_NAMES and source not in own})
        return sorted({source for _context, source in self.unanswered.asked
                       if source in own or VIETNAMESE_LETTERS & set(source.lower())})


@pytest.fixture(params=LANGUAGES)
def desk(request: pytest.FixtureRequest, qtbot: QtBot, demo_file: Path, tmp_path: Path,
         popups: Popups) -> Iterator[tuple[Desk, Speaking]]:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    assert search_households(db), "the copy holds the demo office"
    with Speaking(request.param) as speaking:
        actor = Actor("quantri", role=Role.ADMIN)
        window = build_main_window(db, DeskSettings(), actor)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made = Desk(qtbot, db, window, actor)
        yield made, speaking
        for widget in reversed(made.opened):
            widget.close()
        window.close()
    db.dispose()


def _fields_with_menus(root: QWidget) -> list[QWidget]:
    """One field of each kind that has Qt's context menu (line, number, date, text, table)."""
    kinds = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
    found: dict[type, QWidget] = {}
    for widget in root.findChildren(QWidget):
        for kind in kinds:
            if isinstance(widget, kind) and widget.isVisible() and kind not in found:
                found[kind] = widget
    return list(found.values())


def _calendar_texts(qtbot: QtBot, root: QWidget) -> list[Shown]:
    """Open the calendar of the first date field as a person does (a click on its arrow) and read it."""
    edits = [edit for edit in root.findChildren(QDateEdit)
             if edit.isVisible() and edit.isEnabled() and edit.calendarPopup()]
    if not edits:
        return []
    edit = edits[0]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))
    calendar = edit.calendarWidget()
    popup = calendar.window()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    texts = visible_texts(popup)
    popup.close()
    return texts


def everything_shown(qtbot: QtBot, root: QWidget) -> list[Shown]:
    shown = visible_texts(root)
    for widget in _fields_with_menus(root):
        shown += context_menu_texts(widget)
    return shown + _calendar_texts(qtbot, root)


def check(shown: list[Shown], speaking: Speaking, db: Database) -> None:
    if speaking.language == "vi":
        leftovers = vietnamese_leftovers(shown)
    else:
        leftovers = english_leftovers(shown, database_words(db))
    first_seen = {s.text: s for s in reversed(leftovers)}  # one line per text, where it was first met
    assert not leftovers, "\n".join(f"{s.where}: {s.text!r}" for s in first_seen.values())
    untranslated = speaking.untranslated()
    assert not untranslated, "\n".join(untranslated)


def test_every_page_speaks_the_chosen_language(desk: tuple[Desk, Speaking]) -> None:
    made, speaking = desk
    window = made.window
    shown: list[Shown] = []
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        settle()
        shown += everything_shown(made.qtbot, page)
    check(shown + visible_texts(window), speaking, made.db)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_speaks_the_chosen_language(desk: tuple[Desk, Speaking], name: str) -> None:
    made, speaking = desk
    dialog = made.keep(DIALOGS[name](made))
    if not dialog.isVisible():
        dialog.show()
    made.qtbot.waitExposed(dialog)
    check(everything_shown(made.qtbot, dialog), speaking, made.db)


# --- switching while the application runs -------------------------------------------------------

@pytest.fixture
def shifts(qtbot: QtBot, office_db: Database, office_accounts: dict[Role, Credentials],
           popups: Popups) -> Iterator[DeskShifts]:
    """The desk as the application runs it, its administrator signed in, back in Vietnamese afterwards."""
    yield from run_desk(qtbot, office_db, office_accounts[Role.ADMIN])
    apply_language("vi")


def _choose_language(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """On Cài đặt / Settings, move the language list one step with the keyboard."""
    window.show_page("settings")
    combo = window.page("settings").language_combo  # type: ignore[attr-defined]
    combo.setFocus()
    qtbot.keyClick(combo, key)


def _yes_no(window: MainWindow) -> list[str]:
    box = dialogs.message_box(window, QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                              | QMessageBox.StandardButton.No)
    return [box.button(QMessageBox.StandardButton.Yes).text(), box.button(QMessageBox.StandardButton.No).text()]


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_a_new_language_takes_effect_without_a_restart(qtbot: QtBot, shifts: DeskShifts) -> None:
    first = shifts.window
    assert first is not None and _sidebar(first)[0] == "Tổng quan" and _yes_no(first) == ["&Có", "&Không"]

    _choose_language(qtbot, first, Qt.Key.Key_Down)  # Tiếng Việt -> English; the desk agrees to switch now
    qtbot.waitUntil(lambda: shifts.window is not None and shifts.window is not first)
    english = shifts.window
    assert english is not None and english.actor == first.actor  # the same person, still signed in
    assert DeskSettings().language == "en"
    assert _sidebar(english)[0] == "Dashboard" and english.current_page_key() == "settings"
    assert english.windowTitle().startswith("An Sinh Desk") and "BHXH" not in english.windowTitle()
    assert _yes_no(english) == ["&Yes", "&No"]

    _choose_language(qtbot, english, Qt.Key.Key_Up)  # and back
    qtbot.waitUntil(lambda: shifts.window is not None and shifts.window is not english)
    back = shifts.window
    assert back is not None and _sidebar(back)[0] == "Tổng quan" and _yes_no(back) == ["&Có", "&Không"]
    assert DeskSettings().language == "vi"


def test_declining_the_switch_keeps_the_language_and_the_window(qtbot: QtBot, shifts: DeskShifts,
                                                                 popups: Popups) -> None:
    popups.confirm_answer = False
    window = shifts.window
    assert window is not None
    _choose_language(qtbot, window, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert shifts.window is window and window.isVisible()
    assert window.page("settings").language_combo.currentData() == "vi"  # type: ignore[attr-defined]
    assert DeskSettings().language == "vi" and _sidebar(window)[0] == "Tổng quan"
