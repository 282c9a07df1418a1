"""Người dùng: the administrator's list of accounts and what can be done to each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import accounts
from desktop.services.accounts import AccountRow, format_instant
from desktop.services.audit import Actor
from desktop.services.authz import Permission, allows
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.accounts.account_dialog import EditAccountDialog, NewAccountDialog
from desktop.views.fields import tab_chain
from desktop.views.labels import label_text
from desktop.views.row_model import RowListModel, header, row_table


def status_text(row: AccountRow) -> str:
    if not row.active:
        return QCoreApplication.translate("UsersTableModel", "Ngừng hoạt động")
    if row.is_locked() and row.locked_until is not None:
        return QCoreApplication.translate("UsersTableModel", "Tạm khoá đến %1").replace("%1", format_instant(row.locked_until))
    if row.must_change_password:
        return QCoreApplication.translate("UsersTableModel", "Chờ đổi mật khẩu")
    return QCoreApplication.translate("UsersTableModel", "Đang hoạt động")


COLUMNS = [
    (header(QT_TRANSLATE_NOOP("UsersTableModel", "Tên đăng nhập")), lambda r: r.username),
    (header(QT_TRANSLATE_NOOP("UsersTableModel", "Họ và tên")), lambda r: r.full_name),
    (header(QT_TRANSLATE_NOOP("UsersTableModel", "Vai trò")), lambda r: label_text(r.role_label)),
    (header(QT_TRANSLATE_NOOP("UsersTableModel", "Trạng thái")), status_text),
    (header(QT_TRANSLATE_NOOP("UsersTableModel", "Đăng nhập lần cuối")),
     lambda r: format_instant(r.last_sign_in_at) if r.last_sign_in_at else QCoreApplication.translate("UsersTableModel", "Chưa đăng nhập")),
]


class UsersTableModel(RowListModel[AccountRow]):
    def __init__(self) -> None:
        super().__init__("UsersTableModel", COLUMNS)


class UsersPage(QWidget):
    """Add an account, change its role or name, stop it, give it a temporary password, lift a lock-out."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.model = UsersTableModel()
        title = QLabel(self.tr("Người dùng"))
        title.setObjectName("pageTitle")
        self.add_button = QPushButton(self.tr("Thêm tài khoản"))
        self.add_button.setObjectName("addAccount")
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Thêm tài khoản mới (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Sửa vai trò, họ tên…"))
        self.edit_button.setObjectName("editAccount")
        self.active_button = QPushButton(self.tr("Ngừng hoạt động"))
        self.active_button.setObjectName("toggleActive")
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu"))
        self.reset_button.setObjectName("resetPassword")
        self.unlock_button = QPushButton(self.tr("Mở khoá"))
        self.unlock_button.setObjectName("unlockAccount")
        self.table = row_table(self.model, "usersTable", (140, 220, 150, 270))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.notice = QLabel()
        self.notice.setObjectName("usersNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.active_button, self.reset_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        tab_chain(self.add_button, self.table, self.edit_button, self.active_button, self.reset_button,
                  self.unlock_button)

        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    # --- state ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        if not allows(self._actor.role, Permission.MANAGE_USERS):
            self._refuse(self.tr("Chỉ tài khoản quản trị được xem và quản lý người dùng."))
            return
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = accounts.list_accounts(self._db, self._actor)
        except ServiceError as error:
            self._refuse(error.message)
            return
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _refuse(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()
        self.model.set_rows([])
        for button in (self.add_button, self.edit_button, self.active_button, self.reset_button, self.unlock_button):
            button.setEnabled(False)

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).username == username:
                self.table.selectRow(number)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(row is not None)
        self.unlock_button.setEnabled(row is not None and row.is_locked())
        self.active_button.setText(self.tr("Cho hoạt động lại") if row is not None and not row.active
                                   else self.tr("Ngừng hoạt động"))

    # --- actions -------------------------------------------------------------------------------

    def add_account(self) -> None:
        dialog = NewAccountDialog(self._db, self._actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.account_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if EditAccountDialog(self._db, self._actor, row, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = (self.tr("Cho tài khoản %1 hoạt động lại?") if not row.active else
                    self.tr("Ngừng tài khoản %1? Người này sẽ không đăng nhập được nữa; "
                            "những gì họ đã làm vẫn giữ nguyên.")).replace("%1", row.username)
        if not dialogs.confirm(self, self.tr("Người dùng"), question):
            return
        self._run(lambda: accounts.update_account(self._db, self._actor, row.id, row.version, row.full_name,
                                                  row.role, not row.active), row.id)

    def reset_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Đặt mật khẩu tạm mới cho %1? Mật khẩu cũ sẽ không dùng được nữa.").replace(
            "%1", row.username)
        if not dialogs.confirm(self, self.tr("Đặt lại mật khẩu"), question):
            return
        password = accounts.temporary_password()
        if self._run(lambda: accounts.reset_password(self._db, self._actor, row.id, row.version, password), row.id):
            dialogs.show_info(self, self.tr("Đặt lại mật khẩu"), self.tr(
                "Mật khẩu tạm của %1: %2\nHãy báo cho người dùng; họ phải đổi mật khẩu khi đăng nhập."
            ).replace("%1", row.username).replace("%2", password))

    def unlock_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: accounts.unlock(self._db, self._actor, row.id, row.version), row.id)

    def _run(self, action: Callable[[], None], row_id: int) -> bool:
        """Run one service call; a refusal (last admin, edited elsewhere) is shown and the list reloaded."""
        try:
            action()
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa làm được"), error.message)
            self.refresh(row_id)
            return False
        self.refresh(row_id)
        return True

