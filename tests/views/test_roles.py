"""The main window as each role sees it: what is listed, what is greyed out, and what still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.persons import PersonInput, create_person
from desktop.views.agents.page import AgentsPage
from desktop.views.households.page import HouseholdPage
from desktop.views.main_window import MainWindow
from desktop.views.reports.page import ReportsPage
from desktop.views.sessions.page import SessionsPage
from desktop.views.settings_page import SettingsPage
from tests.views.conftest import Popups
from tests.views.typing import type_text

VIEW_ONLY = "Tài khoản chỉ xem không được làm việc này"
ADMIN_ONLY = "Chỉ tài khoản quản trị được làm việc này"


def _refused(button: QWidget, why: str = VIEW_ONLY) -> bool:
    return not button.isEnabled() and button.toolTip() == why


def _page(window: MainWindow, key: str) -> QWidget:
    window.show_page(key)
    return window.page(key)


def _action_buttons(window: MainWindow) -> dict[str, QPushButton]:
    """Every New / Edit / Delete / Import / Export button of the pages a viewer can open."""
    participants = window.participants_page()
    households = _page(window, "households")
    sessions = _page(window, "sessions")
    agents = _page(window, "agents")
    reports = _page(window, "reports")
    assert isinstance(households, HouseholdPage) and isinstance(sessions, SessionsPage)
    assert isinstance(agents, AgentsPage) and isinstance(reports, ReportsPage)
    return {
        "new person": participants.list.new_button, "export persons": participants.list.export_button,
        "renew": participants.expiring.renew_button,
        "new household": households.new_button,
        "new session": sessions.new_button, "edit session": sessions.edit_button,
        "delete session": sessions.delete_button, "attendance": sessions.attendance_button,
        "export sheet": sessions.export_button,
        "new agent": agents.agents_tab.new_button, "save agent": agents.agents_tab.save_button,
        "save targets": agents.targets_tab.save_button, "import targets": agents.targets_tab.import_button,
        "save figures": agents.figures_tab.save_button,
        "export xlsx": reports.xlsx_button, "export pdf": reports.pdf_button,
    }


def test_status_bar_names_the_signed_in_account_and_role(main_window: MainWindow, viewer_window: MainWindow,
                                                          admin_window: MainWindow) -> None:
    assert main_window.user_label.text() == "Người dùng: canbo (Cán bộ nghiệp vụ)"
    assert viewer_window.user_label.text() == "Người dùng: xem (Chỉ xem)"
    assert admin_window.user_label.text() == "Người dùng: quantri (Quản trị)"
    assert any(isinstance(w, QLabel) and w.text().startswith("Người dùng: xem")
               for w in viewer_window.statusBar().findChildren(QLabel))


def test_viewer_has_no_enabled_new_import_or_export_action(viewer_window: MainWindow) -> None:
    assert "imports" not in viewer_window.page_keys()
    titles = [viewer_window.sidebar.item(row).text() for row in range(viewer_window.sidebar.count())]
    assert "Nhập danh sách" not in titles
    buttons = _action_buttons(viewer_window)
    assert [name for name, button in buttons.items() if not _refused(button)] == []
    reports = viewer_window.page("reports")
    assert isinstance(reports, ReportsPage)
    assert reports.print_button.toolTip() != VIEW_ONLY


def test_viewer_can_still_search_the_register(qtbot: QtBot, viewer_window: MainWindow, office_db: Database,
                                             staff_actor: Actor) -> None:
    create_person(office_db, staff_actor, PersonInput(full_name="Nguyễn Thị Hiền", birth="1980", sex="F"))
    create_person(office_db, staff_actor, PersonInput(full_name="Y Bhim Niê", birth="1990", sex="M"))
    page = viewer_window.participants_page().list
    viewer_window.show_page("participants")
    type_text(page.search_edit, "nguyen thi hien")
    qtbot.waitUntil(lambda: page.count_label.text() == "Tìm thấy 1 người", timeout=5000)
    assert page.model.index(0, 0).data() == "Nguyễn Thị Hiền"
    page.wait_idle()


def test_viewer_can_open_a_report_preview(qtbot: QtBot, viewer_window: MainWindow, popups: Popups) -> None:
    reports = _page(viewer_window, "reports")
    assert isinstance(reports, ReportsPage)
    assert reports.preview_button.isEnabled()
    with qtbot.waitSignal(reports.preview_shown, timeout=30_000):
        qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    assert popups.errors == []


def test_staff_window_has_every_register_action_enabled(main_window: MainWindow) -> None:
    assert "imports" in main_window.page_keys()
    buttons = _action_buttons(main_window)
    refused = [name for name, button in buttons.items() if button.toolTip() in (VIEW_ONLY, ADMIN_ONLY)]
    assert refused == []
    always_enabled = {"new person", "export persons", "new household", "new session", "new agent", "save agent",
                      "save targets", "import targets", "save figures"}
    assert [name for name in always_enabled if not buttons[name].isEnabled()] == []
    imports = _page(main_window, "imports")
    assert imports.choose_button.isEnabled()  # type: ignore[attr-defined]


def test_staff_sees_the_office_profile_but_only_an_administrator_edits_it(main_window: MainWindow,
                                                                          admin_window: MainWindow) -> None:
    staff_settings = _page(main_window, "settings")
    assert isinstance(staff_settings, SettingsPage)
    assert _refused(staff_settings.save_button, ADMIN_ONLY)
    assert not staff_settings.office_form.isEnabled()
    assert staff_settings.language_combo.isEnabled()  # this desk's language is not an office setting
    admin_settings = _page(admin_window, "settings")
    assert isinstance(admin_settings, SettingsPage)
    assert admin_settings.save_button.isEnabled() and admin_settings.office_form.isEnabled()


def test_users_and_audit_pages_are_listed_only_for_administrators(
        main_window: MainWindow, admin_window: MainWindow, viewer_window: MainWindow) -> None:
    for window in (main_window, viewer_window):
        assert "users" not in window.page_keys() and "audit" not in window.page_keys()
    assert admin_window.page_keys()[-2:] == ["users", "audit"]
    for key, page_class in (("users", "UsersPage"), ("audit", "AuditPage")):
        admin_window.sidebar.setCurrentRow(admin_window.page_keys().index(key))
        assert admin_window.current_page_key() == key
        assert type(admin_window.page(key)).__name__ == page_class

