"""Changing one's own password; forced right after sign-in when an administrator set it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services.accounts import MIN_PASSWORD_LENGTH, change_password
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.accounts.account_form import FieldMessages, add_field, field_form, password_edit
from desktop.views.fields import tab_chain


class ChangePasswordDialog(QDialog):
    """Current password, the new one twice; messages appear under the field they concern."""

    def __init__(self, db: Database, actor: Actor, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setWindowTitle(self.tr("Đổi mật khẩu — %1").replace("%1", actor.username))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr("Mật khẩu của bạn do người quản trị đặt tạm. Hãy đặt mật khẩu riêng trước khi bắt đầu làm việc.")
            if forced else
            self.tr("Mật khẩu mới cần ít nhất %1 ký tự và không trùng tên đăng nhập.").replace(
                "%1", str(MIN_PASSWORD_LENGTH))
        )
        intro.setObjectName("changePasswordIntro")
        intro.setWordWrap(True)
        self.old_edit = password_edit("oldPassword")
        self.new_edit = password_edit("newPassword")
        self.confirm_edit = password_edit("confirmPassword")
        self.messages = FieldMessages(("old_password", "new_password", "confirm"))
        labels = self.messages.labels
        form = field_form()
        add_field(form, self.tr("Mật khẩu hiện tại:"), self.old_edit, labels["old_password"])
        add_field(form, self.tr("Mật khẩu mới:"), self.new_edit, labels["new_password"])
        add_field(form, self.tr("Nhập lại mật khẩu mới:"), self.confirm_edit, labels["confirm"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Đổi mật khẩu"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát") if forced else self.tr("Huỷ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        tab_chain(self.old_edit, self.new_edit, self.confirm_edit, self.save_button)
        self.old_edit.setFocus()

    def save(self) -> None:
        self.messages.clear()
        if self.confirm_edit.text() != self.new_edit.text():
            self.messages.show({"confirm": self.tr("Mật khẩu nhập lại không khớp.")})
            self.confirm_edit.setFocus()
            return
        try:
            change_password(self._db, self._actor, self.old_edit.text(), self.new_edit.text())
        except ValidationError as error:
            self.messages.show({error.field or "new_password": error.message})
            (self.old_edit if error.field == "old_password" else self.new_edit).setFocus()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa đổi được mật khẩu"), error.message)
            return
        dialogs.show_info(self, self.tr("Đổi mật khẩu"), self.tr("Đã đổi mật khẩu."))
        self.accept()
