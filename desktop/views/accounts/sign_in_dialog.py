"""Signing in: the first thing a desk user sees; cancelling quits the application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services.accounts import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    AccountInactiveError,
    WrongCredentialsError,
    authenticate,
)
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError
from desktop.services.office import load_office
from desktop.views.accounts.account_form import password_edit
from desktop.views.desk_settings import DeskSettings
from desktop.views.fields import grow_to_fit, message_label, tab_chain


class SignInDialog(QDialog):
    """User name and password; a refusal (wrong password, lock-out) is shown under the fields."""

    def __init__(self, db: Database, desk: DeskSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._desk = desk or DeskSettings()
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập — An Sinh Desk"))
        self.setMinimumWidth(420)
        office = load_office(db)
        title = QLabel(self.tr("Đăng nhập"))
        title.setObjectName("pageTitle")
        place = QLabel(office.name if office else "")
        place.setWordWrap(True)
        self.username_edit = QLineEdit(self._desk.last_username)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(40)
        self.password_edit = password_edit("password")
        self.error_label = message_label("signIn")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Đăng nhập"))
        self.sign_in_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if office:
            layout.addWidget(place)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        tab_chain(self.username_edit, self.password_edit, self.sign_in_button)
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_fit(self.error_label)
        focus.setFocus()
        focus.selectAll()

    def refusal_text(self, error: ServiceError) -> str:
        """The service's refusal in the desk's language (the service writes Vietnamese for the command line)."""
        if isinstance(error, WrongCredentialsError):  # a locked account too: nothing tells it from a wrong name
            return self.tr(
                "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá vì nhập sai {n} lần "
                "liên tiếp (khoá {minutes} phút). Hãy thử lại sau, hoặc nhờ người quản trị mở khoá."
            ).replace("{n}", str(MAX_FAILED_ATTEMPTS)).replace("{minutes}", str(LOCK_MINUTES))
        if isinstance(error, AccountInactiveError):
            return self.tr("Tài khoản này đã ngừng hoạt động. Hãy liên hệ người quản trị.")
        return error.message

    def sign_in(self) -> None:
        username = self.username_edit.text().strip()
        if not username:
            self._refuse(self.tr("Chưa nhập tên đăng nhập."), self.username_edit)
            return
        if not self.password_edit.text():
            self._refuse(self.tr("Chưa nhập mật khẩu."), self.password_edit)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # checking a hash takes a moment
        try:
            self.actor = authenticate(self._db, username, self.password_edit.text())
        except ServiceError as error:
            self.password_edit.clear()
            self._refuse(self.refusal_text(error), self.password_edit)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._desk.last_username = self.actor.username
        self.accept()
