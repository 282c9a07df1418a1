"""The main window opens, every page is reachable, its state survives a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import build_main_window
from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.domain.qr import parse_cccd_qr
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views.dashboard.page import DrillDown
from desktop.views.desk_settings import DeskSettings
from desktop.views.language import apply_language
from desktop.views.main_window import MainWindow
from desktop.views.participants.enrollment_dialog import EnrollmentDialog
from desktop.views.participants.person_dialog import PersonDialog

STAFF = Actor("canbo", role=Role.STAFF)

PAGE_TITLES = [
    "Tổng quan", "Người tham gia", "Hộ gia đình", "Dòng họ", "Tuyên truyền", "Đại lý thu & chỉ tiêu",
    "Nhập danh sách", "Báo cáo", "Cài đặt",
]


def test_every_page_is_reachable_from_the_sidebar(qtbot: QtBot, main_window: MainWindow) -> None:
    titles = [main_window.sidebar.item(row).text() for row in range(main_window.sidebar.count())]
    assert titles == PAGE_TITLES
    for row, key in enumerate(main_window.page_keys()):
        item = main_window.sidebar.item(row)
        rect = main_window.sidebar.visualItemRect(item)
        qtbot.mouseClick(main_window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.stack.currentWidget() is main_window.page(key)
        assert main_window.current_page_key() == key
    main_window.close()


def test_keyboard_shortcuts_switch_pages(qtbot: QtBot, main_window: MainWindow) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "participants"
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "clans"
    qtbot.keyClick(main_window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "settings"


def test_status_bar_names_the_office_and_its_communes(main_window: MainWindow) -> None:
    text = main_window.office_label.text()
    assert text.startswith("Bảo hiểm xã hội cơ sở Cư M'gar — ")
    assert "Xã Cuôr Đăng" in text and "Xã Quảng Phú" in text


def test_window_state_and_page_survive_a_restart(qtbot: QtBot, office_db: Database, popups: object) -> None:
    first = build_main_window(office_db, DeskSettings(), STAFF)
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 655)
    first.show_page("sessions")
    first.close()
    second = build_main_window(office_db, DeskSettings(), STAFF)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_key() == "sessions"
    assert (second.size().width(), second.size().height()) == (777, 655)


def test_about_box_names_version_and_sources(main_window: MainWindow) -> None:
    text = main_window.about_text()
    assert "An Sinh Desk" in text and "0.1.0" in text and "Liberation Serif" in text


def test_english_translation_relabels_the_sidebar(qtbot: QtBot, office_db: Database) -> None:
    assert apply_language("en") == [], "ansinh_en.qm was not compiled (python -m desktop.views.translations)"
    try:
        window = build_main_window(office_db, DeskSettings(), STAFF)
        qtbot.addWidget(window)
        titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
        assert titles[:2] == ["Dashboard", "Participants"]
        assert titles[-1] == "Settings"
    finally:
        apply_language("vi")


def _open_person_dialogs() -> list[PersonDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog) and w.isVisible()]


def test_new_person_button_opens_the_form(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.show_page("participants")
    page = main_window.participants_page().list
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_open_person_dialogs()) == 1, timeout=3000)
    dialog = _open_person_dialogs()[0]
    assert dialog.is_new
    dialog.close()


def test_a_cccd_scan_anywhere_opens_a_prefilled_form(qtbot: QtBot, main_window: MainWindow) -> None:
    scan = parse_cccd_qr("066190012345||Nguyễn Thị Hiền|04051990|Nữ|Thôn 3, Xã Quảng Phú, Đắk Lắk|01022022")
    main_window.qr_detector.scanned.emit(scan)
    qtbot.waitUntil(lambda: len(_open_person_dialogs()) == 1, timeout=3000)
    dialog = _open_person_dialogs()[0]
    data = dialog.form_data()
    assert (data.full_name, data.cccd, data.birth, data.sex) == ("Nguyễn Thị Hiền", "066190012345", "04/05/1990", "F")
    dialog.close()


def test_a_dashboard_bar_opens_the_persons_behind_it(qtbot: QtBot, main_window: MainWindow) -> None:
    dashboard = main_window.page("dashboard")
    dashboard.drill_down.emit(DrillDown("expiring", "24277"))  # type: ignore[attr-defined]
    assert main_window.current_page_key() == "participants"
    page = main_window.participants_page().list
    assert main_window.participants_page().tabs.currentWidget() is page
    spec = page.current_filter()
    assert (spec.commune_code, spec.status, spec.text) == ("24277", CoverageStatus.EXPIRING, "")
    assert page.commune_combo.currentText() == "Xã Ea Tul"
    page.wait_idle()


def test_the_dashboards_clan_card_opens_the_communes_clans(qtbot: QtBot, main_window: MainWindow) -> None:
    dashboard = main_window.page("dashboard")
    dashboard.drill_down.emit(DrillDown("clans", "24301"))  # type: ignore[attr-defined]
    assert main_window.current_page_key() == "clans"
    page = main_window.page("clans")
    assert page.commune_combo.currentText() == "Xã Cuôr Đăng"  # type: ignore[attr-defined]
    assert page.model_check.isChecked()  # type: ignore[attr-defined]
    page.wait_idle()  # type: ignore[attr-defined]


def test_enrollment_history_opens_for_the_selected_person(qtbot: QtBot, main_window: MainWindow, office_db: Database) -> None:
    from tests.services.participants_data import seed

    known = seed(office_db)
    page = main_window.participants_page().list
    main_window.show_page("participants")
    with qtbot.waitSignal(page.count_shown, timeout=5000):
        page.requery()
    row = page.model.row_of(known.hien)
    assert row is not None
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.mouseClick(page.enrollments_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, EnrollmentDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert "Nguyễn Thị Hiền" in dialogs[0].windowTitle()
    dialogs[0].close()
    page.wait_idle()


def test_pages_are_built_when_first_shown(qtbot: QtBot, office_db: Database) -> None:
    """Start-up builds only the page left open last time; the others wait for a visit."""
    window = build_main_window(office_db, DeskSettings(), STAFF)
    qtbot.addWidget(window)
    assert set(window.pages) == {window.current_page_key()}
    window.show_page("reports")
    assert "reports" in window.pages and window.stack.currentWidget() is window.pages["reports"]
    assert window.stack.count() == len(window.page_keys())


def test_the_window_makes_the_backup_of_the_day_and_says_so(qtbot: QtBot, main_window: MainWindow) -> None:
    from desktop.services.backup import BackupPolicy

    policy = BackupPolicy.load()
    main_window.start_backup_of_the_day()
    qtbot.waitUntil(lambda: bool(main_window.statusBar().currentMessage()), timeout=20_000)
    assert main_window.statusBar().currentMessage().startswith("Đã sao lưu tự động: ansinh-")
    assert len(list(policy.folder.glob("ansinh-*.db"))) == 1
    main_window.start_backup_of_the_day()  # the same day: nothing more
    main_window._background.wait()
    qtbot.wait(50)
    assert len(list(policy.folder.glob("ansinh-*.db"))) == 1
