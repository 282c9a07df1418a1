"""Sign-in, password change, the first administrator and the users page, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import AuditEntry
from desktop.services import accounts
from desktop.services.accounts import WRONG_CREDENTIALS
from desktop.services.authz import Role
from desktop.services.office import load_office
from desktop.views.accounts.account_dialog import NewAccountDialog
from desktop.views.accounts.change_password_dialog import ChangePasswordDialog
from desktop.views.accounts.first_admin_dialog import FirstAdminDialog
from desktop.views.accounts.sign_in_dialog import SignInDialog
from desktop.views.accounts.start import start_session
from desktop.views.accounts.users_page import UsersPage
from desktop.views.desk_settings import DeskSettings
from desktop.views.language import apply_language
from desktop.views.setup_dialog import SetupDialog
from tests.conftest import Credentials, add_accounts
from tests.views.conftest import Popups
from tests.views.setup_forms import fill_office
from tests.views.typing import type_text

Accounts = dict[Role, Credentials]


def _click(qtbot: QtBot, button: QWidget | None) -> None:
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _sign_in_dialog(qtbot: QtBot, db: Database) -> SignInDialog:
    dialog = SignInDialog(db, DeskSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --- sign-in -------------------------------------------------------------------------------------

def test_wrong_password_is_shown_under_the_fields_and_enter_signs_in(
        qtbot: QtBot, office_db: Database, office_accounts: Accounts, popups: Popups) -> None:
    dialog = _sign_in_dialog(qtbot, office_db)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    type_text(dialog.username_edit, "CanBo")
    type_text(dialog.password_edit, "sai-mat-khau")
    _enter(qtbot, dialog.password_edit)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == WRONG_CREDENTIALS
    assert dialog.password_edit.text() == "" and dialog.isVisible() and dialog.actor is None
    type_text(dialog.password_edit, office_accounts[Role.STAFF].password)
    with qtbot.waitSignal(dialog.accepted):
        _enter(qtbot, dialog.password_edit)
    assert dialog.actor == office_accounts[Role.STAFF].actor
    assert popups.errors == []
    assert DeskSettings().last_username == "canbo"
    again = _sign_in_dialog(qtbot, office_db)
    assert again.username_edit.text() == "canbo" and again.focusWidget() is again.password_edit


def test_a_locked_account_gets_the_same_answer_as_an_unknown_name(
        qtbot: QtBot, office_db: Database, office_accounts: Accounts, popups: Popups) -> None:
    dialog = _sign_in_dialog(qtbot, office_db)
    type_text(dialog.username_edit, "khong-co-ai")
    type_text(dialog.password_edit, "sai-0-xx")
    _click(qtbot, dialog.sign_in_button)
    unknown = dialog.error_label.text()
    assert unknown.startswith("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá vì nhập sai 5 lần")
    type_text(dialog.username_edit, "xem")
    for attempt in range(5):
        type_text(dialog.password_edit, f"sai-{attempt}-xx")
        _click(qtbot, dialog.sign_in_button)
    # the right password does not help while locked, and nothing tells the lock apart from a wrong name
    type_text(dialog.password_edit, office_accounts[Role.VIEWER].password)
    _click(qtbot, dialog.sign_in_button)
    assert dialog.error_label.text() == unknown
    assert dialog.actor is None and popups.errors == []
    _assert_shown_whole(dialog.error_label)


def test_sign_in_refusals_are_in_the_desks_language(qtbot: QtBot, office_db: Database, office_accounts: Accounts,
                                                    popups: Popups) -> None:
    """The service writes its refusals in Vietnamese (the command line prints them); the window says them in English."""
    admin = office_accounts[Role.ADMIN].actor
    row = next(r for r in accounts.list_accounts(office_db, admin) if r.username == "canbo")
    accounts.update_account(office_db, admin, row.id, row.version, row.full_name, row.role, active=False)
    assert apply_language("en") == []
    try:
        dialog = _sign_in_dialog(qtbot, office_db)
        type_text(dialog.username_edit, "canbo")
        type_text(dialog.password_edit, office_accounts[Role.STAFF].password)
        _click(qtbot, dialog.sign_in_button)
        assert dialog.error_label.text() == "This account has been deactivated. Please contact the administrator."
        dialog.username_edit.clear()
        type_text(dialog.username_edit, "xem")
        wrong = ("Wrong user name or password, or the account is locked for 15 minutes after 5 wrong passwords "
                 "in a row. Try again later, or ask the administrator to unlock it.")
        for attempt in range(5):  # the attempt that locks the account is worded as any other
            type_text(dialog.password_edit, f"sai-{attempt}-xx")
            _click(qtbot, dialog.sign_in_button)
            assert dialog.error_label.text() == wrong
    finally:
        apply_language("vi")


def _assert_shown_whole(label: QLabel) -> None:
    """A wrapped message is as tall as its lines: the window grew for it, nothing is cut off."""
    lines = label.heightForWidth(label.width())
    assert lines > label.fontMetrics().height() * 1.5, "the message should wrap in this test"
    assert label.height() >= lines


def test_long_messages_are_not_cut_off(qtbot: QtBot, office_db: Database, office_accounts: Accounts) -> None:
    dialog = NewAccountDialog(office_db, office_accounts[Role.ADMIN].actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.form.username_edit, "Thu Hà")
    _click(qtbot, dialog.save_button)
    _assert_shown_whole(dialog.form.messages.labels["username"])


def test_empty_fields_are_named(qtbot: QtBot, office_db: Database, office_accounts: Accounts) -> None:
    dialog = _sign_in_dialog(qtbot, office_db)
    _click(qtbot, dialog.sign_in_button)
    assert dialog.error_label.text() == "Chưa nhập tên đăng nhập."
    type_text(dialog.username_edit, "quantri")
    _click(qtbot, dialog.sign_in_button)
    assert dialog.error_label.text() == "Chưa nhập mật khẩu."


# --- changing one's password ---------------------------------------------------------------------

def test_change_password_dialog_shows_messages_by_field_then_saves(
        qtbot: QtBot, office_db: Database, office_accounts: Accounts, popups: Popups) -> None:
    staff = office_accounts[Role.STAFF]
    dialog = ChangePasswordDialog(office_db, staff.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.old_edit, "khong-dung")
    type_text(dialog.new_edit, "mat-khau-moi-1")
    type_text(dialog.confirm_edit, "mat-khau-moi-2")
    _click(qtbot, dialog.save_button)
    assert dialog.messages.text("confirm") == "Mật khẩu nhập lại không khớp."
    dialog.confirm_edit.clear()
    type_text(dialog.confirm_edit, "mat-khau-moi-1")
    _click(qtbot, dialog.save_button)
    assert dialog.messages.text("old_password") == "Mật khẩu hiện tại không đúng."
    assert dialog.messages.text("confirm") == ""
    dialog.old_edit.clear()
    type_text(dialog.old_edit, staff.password)
    for edit in (dialog.new_edit, dialog.confirm_edit):
        edit.clear()
        type_text(edit, "canbo")
    _click(qtbot, dialog.save_button)
    assert dialog.messages.text("new_password") == "Mật khẩu mới phải có ít nhất 8 ký tự."
    for edit in (dialog.new_edit, dialog.confirm_edit):
        edit.clear()
        type_text(edit, "Mật khẩu mới của Bình")
    with qtbot.waitSignal(dialog.accepted):
        _enter(qtbot, dialog.confirm_edit)
    assert popups.infos == ["Đã đổi mật khẩu."]
    assert accounts.authenticate(office_db, "canbo", "Mật khẩu mới của Bình") == staff.actor


# --- the first administrator ----------------------------------------------------------------------

def _fill_account(form: object, username: str, full_name: str, password: str, confirm: str | None = None) -> None:
    type_text(form.username_edit, username)  # type: ignore[attr-defined]
    type_text(form.full_name_edit, full_name)  # type: ignore[attr-defined]
    type_text(form.password_edit, password)  # type: ignore[attr-defined]
    type_text(form.confirm_edit, password if confirm is None else confirm)  # type: ignore[attr-defined]


def test_setup_creates_the_office_and_its_administrator(qtbot: QtBot, db: Database, popups: Popups) -> None:
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_office(dialog, "Bảo hiểm xã hội cơ sở Cư M'gar", "Cư M'gar", "Xã Ea Kiết")
    account = dialog.account_form
    assert account is not None
    _fill_account(account, "Thu Ha", "Nguyễn Thị Thu Hà", "ngắn", "ngắn")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    _click(qtbot, save)
    assert "chỉ gồm chữ không dấu" in account.messages.text("username")
    assert account.messages.text("password") == "Mật khẩu phải có ít nhất 8 ký tự."
    assert load_office(db) is None and not accounts.has_accounts(db)  # nothing saved yet
    account.username_edit.clear()
    type_text(account.username_edit, "thuha")
    for edit in (account.password_edit, account.confirm_edit):
        edit.clear()
        type_text(edit, "Cư M'gar 2026")
    with qtbot.waitSignal(dialog.accepted):
        _click(qtbot, save)
    assert popups.errors == []
    assert load_office(db) is not None
    assert dialog.actor is not None and (dialog.actor.username, dialog.actor.role) == ("thuha", Role.ADMIN)
    assert accounts.authenticate(db, "thuha", "Cư M'gar 2026") == dialog.actor


@pytest.mark.parametrize("role", [Role.ADMIN, Role.STAFF])
def test_an_office_lost_later_is_set_up_again_by_an_administrator_and_audited(
        qtbot: QtBot, db: Database, popups: Popups, role: Role) -> None:
    signed_in = add_accounts(db)[role].actor  # accounts exist, the office profile does not
    dialog = SetupDialog(db, signed_in=signed_in)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.account_form is None
    fill_office(dialog, "Bảo hiểm xã hội cơ sở Cư M'gar", "Cư M'gar", "Xã Ea Kiết")
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    with db.reading() as session:
        entries = list(session.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.summary)
                                       .where(AuditEntry.entity == "office_profile")))
    if role is Role.ADMIN:
        assert popups.errors == [] and dialog.result() == QDialog.DialogCode.Accepted
        assert load_office(db) is not None and dialog.actor == signed_in
        assert entries == [("quantri", "create", "Thiết lập đơn vị Bảo hiểm xã hội cơ sở Cư M'gar")]
    else:
        assert len(popups.errors) == 1 and "không được phép" in popups.errors[0]
        assert load_office(db) is None and entries == []


def test_database_from_before_accounts_gets_its_administrator(qtbot: QtBot, office_db: Database,
                                                              popups: Popups) -> None:
    dialog = FirstAdminDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_account(dialog.form, "quantri", "Y Wang Niê", "buon-ma-thuot", "buon-ma-thuot!")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    _click(qtbot, save)
    assert dialog.form.messages.text("confirm") == "Mật khẩu nhập lại không khớp."
    dialog.form.confirm_edit.clear()
    type_text(dialog.form.confirm_edit, "buon-ma-thuot")
    with qtbot.waitSignal(dialog.accepted):
        _click(qtbot, save)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert accounts.has_accounts(office_db)


def _answer_modal(qtbot: QtBot, steps: list[Callable[[QWidget], None]]) -> None:
    """Answer the modal dialogs start_session opens, one step per dialog, in order."""
    def next_step() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or getattr(modal, "_answered", False):
            QTimer.singleShot(20, next_step)
            return
        modal._answered = True  # type: ignore[attr-defined]
        steps.pop(0)(modal)
        if steps:
            QTimer.singleShot(20, next_step)
    QTimer.singleShot(0, next_step)


def test_start_signs_in_and_forces_a_temporary_password_to_be_changed(
        qtbot: QtBot, office_db: Database, office_accounts: Accounts, popups: Popups) -> None:
    admin = office_accounts[Role.ADMIN].actor
    row = next(r for r in accounts.list_accounts(office_db, admin) if r.username == "xem")
    accounts.reset_password(office_db, admin, row.id, row.version, "tam-thoi-789")

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(dialog.username_edit, "xem")
        type_text(dialog.password_edit, "tam-thoi-789")
        _click(qtbot, dialog.sign_in_button)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        assert "do người quản trị đặt tạm" in dialog.findChild(QWidget, "changePasswordIntro").text()  # type: ignore[union-attr]
        type_text(dialog.old_edit, "tam-thoi-789")
        type_text(dialog.new_edit, "mat-khau-cua-linh")
        type_text(dialog.confirm_edit, "mat-khau-cua-linh")
        _click(qtbot, dialog.save_button)

    _answer_modal(qtbot, [sign_in, change])
    actor = start_session(office_db, DeskSettings())
    assert actor is not None and (actor.username, actor.role) == ("xem", Role.VIEWER)
    assert not accounts.needs_password_change(office_db, actor)


def test_quitting_the_sign_in_quits(qtbot: QtBot, office_db: Database, office_accounts: Accounts) -> None:
    _answer_modal(qtbot, [lambda dialog: _click(qtbot, dialog.buttons.button(  # type: ignore[attr-defined]
        QDialogButtonBox.StandardButton.Cancel))])
    assert start_session(office_db, DeskSettings()) is None


# --- the users page -------------------------------------------------------------------------------

@pytest.fixture
def users_page(qtbot: QtBot, office_db: Database, office_accounts: Accounts) -> UsersPage:
    page = UsersPage(office_db, office_accounts[Role.ADMIN].actor)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(page: UsersPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_admin_adds_a_viewer_account(qtbot: QtBot, users_page: UsersPage, office_db: Database,
                                     popups: Popups) -> None:
    assert _column(users_page, 0) == ["canbo", "quantri", "xem"]

    def fill(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        _fill_account(form, "hnhi", "H'Nhi Êban", "tam-thoi-2026")
        form.role_combo.setCurrentIndex(form.role_combo.findData("viewer"))
        _click(qtbot, dialog.save_button)  # type: ignore[attr-defined]

    _answer_modal(qtbot, [fill])
    _click(qtbot, users_page.add_button)
    assert popups.errors == []
    assert _column(users_page, 0) == ["canbo", "hnhi", "quantri", "xem"]
    index = _column(users_page, 0).index("hnhi")
    assert users_page.model.index(index, 2).data() == "Chỉ xem"
    assert users_page.model.index(index, 3).data() == "Chờ đổi mật khẩu"
    assert users_page.selected() is not None and users_page.selected().username == "hnhi"  # type: ignore[union-attr]
    actor = accounts.authenticate(office_db, "hnhi", "tam-thoi-2026")
    assert actor.role is Role.VIEWER and accounts.needs_password_change(office_db, actor)


def test_admin_resets_a_password_and_unlocks(qtbot: QtBot, users_page: UsersPage, office_db: Database,
                                            popups: Popups) -> None:
    for _ in range(5):
        with pytest.raises(accounts.SignInError):
            accounts.authenticate(office_db, "canbo", "sai-sai-sai")
    users_page.refresh()
    users_page.select_username("canbo")
    assert users_page.unlock_button.isEnabled()
    assert users_page.model.index(0, 3).data().startswith("Tạm khoá đến ")
    _click(qtbot, users_page.unlock_button)
    assert users_page.model.index(0, 3).data() == "Đang hoạt động" and not users_page.unlock_button.isEnabled()
    _click(qtbot, users_page.reset_button)
    assert len(popups.infos) == 1 and popups.infos[0].startswith("Mật khẩu tạm của canbo: ")
    temporary = popups.infos[0].split(": ", 1)[1].split("\n")[0]
    actor = accounts.authenticate(office_db, "canbo", temporary)
    assert accounts.needs_password_change(office_db, actor)
    assert users_page.model.index(0, 3).data() == "Chờ đổi mật khẩu"


def test_last_admin_cannot_be_stopped_and_others_can(qtbot: QtBot, users_page: UsersPage, popups: Popups) -> None:
    users_page.select_username("quantri")
    _click(qtbot, users_page.active_button)
    assert len(popups.errors) == 1 and "tài khoản quản trị cuối cùng" in popups.errors[0]
    users_page.select_username("xem")
    assert users_page.active_button.text() == "Ngừng hoạt động"
    _click(qtbot, users_page.active_button)
    assert users_page.model.index(2, 3).data() == "Ngừng hoạt động"
    assert users_page.active_button.text() == "Cho hoạt động lại"


def test_edit_dialog_changes_role(qtbot: QtBot, users_page: UsersPage, office_db: Database,
                                  office_accounts: Accounts) -> None:
    users_page.select_username("xem")

    def promote(dialog: QWidget) -> None:
        combo = dialog.role_combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData("staff"))
        _click(qtbot, dialog.save_button)  # type: ignore[attr-defined]

    _answer_modal(qtbot, [promote])
    _click(qtbot, users_page.edit_button)
    assert users_page.model.index(2, 2).data() == "Cán bộ nghiệp vụ"
    assert accounts.authenticate(office_db, "xem", office_accounts[Role.VIEWER].password).role is Role.STAFF


def test_users_page_refuses_non_admins(qtbot: QtBot, office_db: Database, office_accounts: Accounts) -> None:
    page = UsersPage(office_db, office_accounts[Role.STAFF].actor)
    qtbot.addWidget(page)
    assert page.notice.text() == "Chỉ tài khoản quản trị được xem và quản lý người dùng."
    assert page.model.rowCount() == 0 and not page.add_button.isEnabled()
