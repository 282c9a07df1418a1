"""First-run setup and the settings page save the office through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.accounts import create_first_admin, has_accounts
from desktop.services.office import load_office
from desktop.views.main_window import MainWindow
from desktop.views.setup_dialog import SetupDialog
from tests.views.conftest import Popups
from tests.views.setup_forms import check_communes, fill_office
from tests.views.typing import type_text


def _admin_account(dialog: SetupDialog) -> None:
    form = dialog.account_form
    assert form is not None
    type_text(form.username_edit, "quantri")
    type_text(form.full_name_edit, "Nguyễn Thị Thu Hà")
    type_text(form.password_edit, "Cư M'gar 2026")
    type_text(form.confirm_edit, "Cư M'gar 2026")


def test_setup_saves_office_and_communes(qtbot: QtBot, db: Database, popups: Popups) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    _admin_account(dialog)
    fill_office(dialog, "Bảo hiểm xã hội cơ sở Cư M'gar", "Cư M'gar")
    type_text(dialog.form.filter_edit, "ea ")
    visible = [dialog.form.commune_list.item(r).text() for r in range(dialog.form.commune_list.count())
               if not dialog.form.commune_list.item(r).isHidden()]
    assert "Xã Ea Kiết (24265)" in visible and all("Ea" in text for text in visible)
    check_communes(dialog, "Xã Ea Kiết", "Xã Ea Tul")
    assert dialog.form.chosen_label.text() == "Đã chọn: 2 xã, phường"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    office = load_office(db)
    assert office is not None
    assert office.name == "Bảo hiểm xã hội cơ sở Cư M'gar"
    assert [c.code for c in office.communes] == ["24265", "24277"]
    assert popups.errors == []


def test_setup_without_communes_explains_and_keeps_dialog_open(qtbot: QtBot, db: Database, popups: Popups) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_office(dialog, "BHXH cơ sở Krông Búk", "Krông Búk")
    _admin_account(dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert popups.errors == ["Hãy chọn ít nhất một xã, phường mà đơn vị phụ trách."]
    assert dialog.isVisible()
    assert load_office(db) is None and not has_accounts(db)


def test_setup_refused_by_the_database_saves_no_office(qtbot: QtBot, db: Database, popups: Popups) -> None:
    """Another desk created the first admin while this one was typing: neither office nor account is saved."""
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_office(dialog, "BHXH cơ sở Cư M'gar", "Cư M'gar", "Xã Ea Kiết")
    _admin_account(dialog)
    create_first_admin(db, "maykhac", "Y Wang Niê", "buon-ma-thuot")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert popups.errors == ["Cơ sở dữ liệu này đã có tài khoản quản trị. Hãy đăng nhập bằng tài khoản đó."]
    assert dialog.isVisible() and dialog.actor is None
    assert load_office(db) is None


def test_settings_page_renames_office_and_status_bar_follows(qtbot: QtBot, admin_window: MainWindow, office_db: Database,
                                                             popups: Popups) -> None:
    main_window = admin_window
    main_window.show_page("settings")
    page = main_window.page("settings")
    form = page.office_form  # type: ignore[attr-defined]
    form.name_edit.clear()
    type_text(form.name_edit, "Bảo hiểm xã hội cơ sở Cư M'gar (thử)")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert popups.infos == ["Đã lưu thông tin đơn vị."]
    office = load_office(office_db)
    assert office is not None and office.name == "Bảo hiểm xã hội cơ sở Cư M'gar (thử)"
    assert main_window.office_label.text().startswith("Bảo hiểm xã hội cơ sở Cư M'gar (thử) — ")
