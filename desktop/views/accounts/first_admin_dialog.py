"""The administrator account of a database made before accounts existed (it has an office, no account)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services.accounts import create_first_admin
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.accounts.account_form import NewAccountForm
from desktop.views.fields import save_cancel_buttons


class FirstAdminDialog(QDialog):
    """Asked once at start-up; the account created signs in straight away (``actor``)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Tạo tài khoản quản trị — An Sinh Desk"))
        self.setMinimumWidth(500)
        intro = QLabel(self.tr(
            "Từ phiên bản này, mỗi người dùng đăng nhập bằng tài khoản riêng. Cơ sở dữ liệu này chưa có tài khoản "
            "nào: hãy tạo tài khoản quản trị. Người quản trị sẽ tạo tài khoản cho các cán bộ khác trong mục "
            "Người dùng."
        ))
        intro.setWordWrap(True)
        self.form = NewAccountForm()
        self.buttons, _save = save_cancel_buttons(self, self.save, self.tr("Tạo tài khoản và bắt đầu"), self.tr("Thoát"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form.username_edit.setFocus()

    def save(self) -> None:
        if not self.form.check():
            return
        try:
            self.actor = create_first_admin(self._db, self.form.username, self.form.full_name, self.form.password)
        except ValidationError as error:
            self.form.show_refusal(error)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa tạo được tài khoản"), error.message)
            return
        self.accept()
