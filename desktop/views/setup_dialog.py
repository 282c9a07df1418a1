"""First-run setup: which office this is, which communes it serves, and its administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services.accounts import NewAdmin
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError
from desktop.services.office import province_communes, set_up_office, update_office
from desktop.views import dialogs
from desktop.views.accounts.account_form import NewAccountForm
from desktop.views.office_form import OfficeForm


class SetupDialog(QDialog):
    """Asked once, before the main window, on a database with no office profile.

    On a new database it also creates the first administrator, who is then signed
    in (``actor``). Office and account are saved by one service call in one
    transaction, so a refused account never leaves an office without an admin.
    Given ``signed_in`` (accounts exist but the office was lost), only the office
    is asked for, saved as that person's audited edit; it needs an administrator.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, signed_in: Actor | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._signed_in = signed_in
        self.actor: Actor | None = signed_in
        with_admin = signed_in is None
        self.setWindowTitle(self.tr("Thiết lập lần đầu — An Sinh Desk"))
        self.resize(980 if with_admin else 620, 680)
        intro = QLabel(
            self.tr(
                "Chào mừng đến với An Sinh Desk. Hãy nhập thông tin đơn vị và chọn các xã, phường "
                "đơn vị phụ trách. Có thể sửa lại sau trong mục Cài đặt."
            )
        )
        intro.setWordWrap(True)
        self.form = OfficeForm(province_communes(db))
        self.account_form: NewAccountForm | None = None
        columns = QHBoxLayout()
        columns.addWidget(self.form, 3)
        if with_admin:
            self.account_form = NewAccountForm()
            account_box = QGroupBox(self.tr("Tài khoản quản trị"))
            account_box.setObjectName("adminAccountBox")
            note = QLabel(self.tr(
                "Người quản trị đăng nhập bằng tài khoản này, tạo tài khoản cho các cán bộ khác và sửa "
                "cài đặt. Hãy ghi nhớ mật khẩu: không ai xem lại được."
            ))
            note.setWordWrap(True)
            box_layout = QVBoxLayout(account_box)
            box_layout.addWidget(note)
            box_layout.addWidget(self.account_form)
            box_layout.addStretch(1)
            columns.addWidget(account_box, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu và bắt đầu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        account = self.account_form
        if account is not None and not account.check():
            return
        try:
            if self._signed_in is not None:
                update_office(self._db, self._signed_in, self.form.office())
            elif account is not None:
                admin = NewAdmin(account.username, account.full_name, account.password)
                self.actor = set_up_office(self._db, self.form.office(), admin)
        except ValidationError as error:
            if account is not None and error.field in account.messages.labels:
                account.show_refusal(error)
            else:
                dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self.accept()
