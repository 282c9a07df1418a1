"""Adding an account, or changing an account's name, role and whether it may sign in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services import accounts
from desktop.services.accounts import AccountRow
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.accounts.account_form import (
    FieldMessages,
    NewAccountForm,
    add_field,
    field_form,
    role_combo,
)
from desktop.views.fields import save_cancel_buttons, tab_chain


class NewAccountDialog(QDialog):
    """The administrator types the user's name, role and a first password the user must change."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.account_id: int | None = None
        self.setWindowTitle(self.tr("Thêm tài khoản"))
        self.setMinimumWidth(480)
        note = QLabel(self.tr("Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu."))
        note.setWordWrap(True)
        self.form = NewAccountForm(with_role=True)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save, self.tr("Lưu"), self.tr("Huỷ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form.username_edit.setFocus()

    def save(self) -> None:
        if not self.form.check():
            return
        try:
            self.account_id = accounts.create_account(self._db, self._actor, self.form.username, self.form.full_name,
                                                      self.form.role, self.form.password)
        except ValidationError as error:
            self.form.show_refusal(error)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa thêm được tài khoản"), error.message)
            return
        self.accept()


class EditAccountDialog(QDialog):
    """Full name, role and "may sign in" of one account, saved with the version it was opened at."""

    def __init__(self, db: Database, actor: Actor, row: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._row = db, actor, row
        self.setWindowTitle(self.tr("Sửa tài khoản %1").replace("%1", row.username))
        self.setMinimumWidth(440)
        self.username_edit = QLineEdit(row.username)
        self.username_edit.setReadOnly(True)
        self.full_name_edit = QLineEdit(row.full_name)
        self.full_name_edit.setObjectName("fullName")
        self.full_name_edit.setMaxLength(120)
        self.role_combo = role_combo()
        self.role_combo.setCurrentIndex(self.role_combo.findData(row.role.value))
        self.active_check = QCheckBox(self.tr("Được đăng nhập (đang hoạt động)"))
        self.active_check.setObjectName("active")
        self.active_check.setChecked(row.active)
        self.messages = FieldMessages(("full_name",))
        form = field_form()
        add_field(form, self.tr("Tên đăng nhập:"), self.username_edit)
        add_field(form, self.tr("Họ và tên:"), self.full_name_edit, self.messages.labels["full_name"])
        add_field(form, self.tr("Vai trò:"), self.role_combo)
        form.addRow("", self.active_check)
        self.buttons, self.save_button = save_cancel_buttons(self, self.save, self.tr("Lưu"), self.tr("Huỷ"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        tab_chain(self.full_name_edit, self.role_combo, self.active_check, self.save_button)
        self.full_name_edit.setFocus()

    def save(self) -> None:
        self.messages.clear()
        try:
            accounts.update_account(self._db, self._actor, self._row.id, self._row.version, self.full_name_edit.text(),
                                    Role(self.role_combo.currentData()), self.active_check.isChecked())
        except ValidationError as error:
            self.messages.show({"full_name": error.message})
            self.full_name_edit.setFocus()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self.accept()
