"""Sao lưu dữ liệu: this desk's backup folder and count, a backup now, and (admins) a restore.

The folder and count are stored per desk (services.backup.BackupPolicy). Backups,
the folder listing and the restore run off the UI thread: a network share that
went away must not freeze the window. After a restore every screen still holds
the replaced database, so the application closes and is opened again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.db import Database, sqlite_path
from desktop.domain.formatting import format_date, format_int
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.backup import (
    MAX_KEEP,
    POSTGRES_MESSAGE,
    BackupInfo,
    BackupPolicy,
    BackupResult,
    RestoreResult,
    backup_now,
    last_backup_at,
    restore,
    save_policy,
    verify_backup,
)
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.fields import (
    ERROR_STYLE,
    GOOD_STYLE,
    counted_suffix,
    message_label,
    tab_chain,
    with_button,
    with_message,
)
from desktop.views.permissions import can, gate


def quit_application() -> None:
    """Close the application after a restore (tests patch it)."""
    QCoreApplication.quit()


def _stamp(moment: dt.datetime) -> str:
    return f"{format_date(moment.date())} {moment:%H:%M}"


class BackupPanel(QGroupBox):
    """The settings page's backup section."""

    backed_up = Signal(str)
    """The path of a backup just written."""
    restored = Signal(str)
    """The backup the database was restored from (the application closes next)."""
    failed = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sao lưu dữ liệu"))
        self._db, self._actor = db, actor
        self._background = Background(self)
        self._busy = False
        policy = BackupPolicy.load()

        self.folder_edit = QLineEdit(str(policy.folder))
        self.folder_edit.setPlaceholderText(self.tr("Thư mục chứa các bản sao lưu"))
        self.folder_edit.editingFinished.connect(self._policy_edited)
        self.browse_button = QPushButton(self.tr("Chọn…"))
        self.browse_button.clicked.connect(self._browse)
        self.folder_error = message_label()
        folder_box = with_button(self.folder_edit, self.browse_button)

        self.keep_spin = QSpinBox()
        # Fewer backups deletes the oldest: only an administrator may go below the desk's count.
        self.keep_spin.setRange(1 if can(actor, Permission.DELETE_BACKUPS) else policy.keep, MAX_KEEP)
        self.keep_spin.setValue(policy.keep)
        counted_suffix(self.keep_spin, lambda n: self.tr(" bản mới nhất", "", n))
        self.keep_spin.setMinimumWidth(160)
        self.keep_spin.setMaximumWidth(220)
        self.keep_spin.valueChanged.connect(self._policy_edited)

        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        button_box = QWidget()
        button_box.setLayout(buttons)

        form = QFormLayout(self)
        form.addRow(self.tr("Thư mục sao lưu:"), with_message(folder_box, self.folder_error))
        form.addRow(self.tr("Giữ lại:"), self.keep_spin)
        form.addRow(self.tr("Lần gần nhất:"), self.last_label)
        form.addRow(button_box)
        form.addRow(self.status_label)
        tab_chain(self.folder_edit, self.browse_button, self.keep_spin, self.backup_button, self.restore_button)

        gate(actor, Permission.BACKUP, self.folder_edit, self.browse_button, self.keep_spin, self.backup_button)
        gate(actor, Permission.RESTORE, self.restore_button)
        if sqlite_path(db.url) is None:
            for control in (self.folder_edit, self.browse_button, self.keep_spin, self.backup_button,
                            self.restore_button):
                control.setEnabled(False)
            self.last_label.setText(self.tr("Không áp dụng"))
            self._say(POSTGRES_MESSAGE, ERROR_STYLE)
        else:
            self.refresh_last()

    def wait_idle(self) -> None:
        """Let running backups and folder listings finish (tests and shutdown)."""
        self._background.wait()

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    # -- the settings ------------------------------------------------------------------------------

    def policy(self) -> BackupPolicy | None:
        """The policy as entered, or None with the reason shown under the folder field."""
        text = self.folder_edit.text().strip()
        message = ""
        if not text:
            message = self.tr("Hãy chọn thư mục sao lưu.")
        elif Path(text).expanduser().is_file():
            message = self.tr("Đường dẫn này là một tệp, không phải thư mục.")
        self.folder_error.setText(message)
        self.folder_error.setVisible(bool(message))
        if message:
            return None
        return BackupPolicy(Path(text).expanduser(), self.keep_spin.value())

    def _policy_edited(self) -> None:
        policy = self.policy()
        if policy is None:
            return
        try:
            save_policy(self._db, self._actor, policy)
        except ServiceError as error:
            self._say(error.message, ERROR_STYLE)
            return
        except OSError as error:
            self._say(self.tr("Chưa lưu được cài đặt sao lưu: %1").replace("%1", str(error.strerror)), ERROR_STYLE)
            return
        self.refresh_last()

    def _browse(self) -> None:
        folder = dialogs.ask_folder(self, self.tr("Chọn thư mục sao lưu"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self._policy_edited()

    def refresh_last(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        self._background.run(lambda: last_backup_at(folder), self._show_last)

    def _show_last(self, moment: dt.datetime | None) -> None:
        if moment is None:
            self.last_label.setText(self.tr("Chưa có bản sao lưu nào trong thư mục này"))
        else:
            self.last_label.setText(_stamp(moment))

    # -- backing up --------------------------------------------------------------------------------

    def back_up(self) -> None:
        policy = self.policy()
        if policy is None or self._busy:
            return
        self._policy_edited()
        self._set_busy(True)
        self._say(self.tr("Đang sao lưu…"))
        db, actor = self._db, self._actor
        self._background.run(lambda: backup_now(db, policy.folder, policy.keep, actor),
                             self._backed_up, self._backup_failed)

    def _backed_up(self, result: BackupResult) -> None:
        self._set_busy(False)
        self.last_label.setText(_stamp(result.created_at))
        self._say(self.tr("Đã sao lưu vào %1 (%2 KB).").replace("%1", str(result.path))
                  .replace("%2", format_int(max(1, result.size // 1024))), GOOD_STYLE)
        self.backed_up.emit(str(result.path))

    def _backup_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._report_failure(self.tr("Sao lưu dữ liệu"), error)

    def _report_failure(self, title: str, error: BaseException) -> None:
        message = error.message if isinstance(error, ServiceError) else self.tr(
            "Lỗi không mong đợi: %1").replace("%1", str(error))
        self._say(message, ERROR_STYLE)
        dialogs.show_error(self, title, message)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.backup_button.setEnabled(not busy and can(self._actor, Permission.BACKUP))
        self.restore_button.setEnabled(not busy and can(self._actor, Permission.RESTORE))

    # -- restoring ---------------------------------------------------------------------------------

    def restore_from_file(self) -> None:
        if self._busy:
            return
        path = dialogs.ask_open_path(self, self.tr("Chọn bản sao lưu để khôi phục"),
                                     self.tr("Bản sao lưu An Sinh Desk (*.db);;Mọi tệp (*)"))
        if not path:
            return
        self._set_busy(True)
        self._say(self.tr("Đang kiểm tra bản sao lưu…"))
        chosen = Path(path)
        self._background.run(lambda: verify_backup(chosen), self._confirm_restore, self._restore_failed)

    def _confirm_restore(self, info: BackupInfo) -> None:
        question = self.tr(
            "Khôi phục dữ liệu từ %1 (%2 người)?\n\n"
            "Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu này; dữ liệu hiện tại được giữ lại "
            "thành một bản an toàn bên cạnh tệp cơ sở dữ liệu.\n"
            "Hãy đóng An Sinh Desk ở các máy khác dùng chung tệp này. Sau khi khôi phục, ứng dụng sẽ đóng.",
            "", info.persons,
        ).replace("%1", info.path.name).replace("%2", format_int(info.persons))
        if not dialogs.confirm(self, self.tr("Khôi phục dữ liệu"), question):
            self._set_busy(False)
            self._say(self.tr("Đã huỷ khôi phục, không thay đổi gì."))
            return
        live = sqlite_path(self._db.url)
        assert live is not None
        self._say(self.tr("Đang khôi phục…"))
        self._db.dispose()  # this window's connections; the file is replaced underneath
        actor, source = self._actor, info.path
        self._background.run(lambda: restore(live, source, actor, confirm=True),
                             lambda result: self._restored(source, result), self._restore_failed)

    def _restored(self, source: Path, result: RestoreResult) -> None:
        kept = (self.tr("\nBản an toàn của dữ liệu trước khi khôi phục: %1").replace("%1", str(result.safety_copy))
                if result.safety_copy else "")
        dialogs.show_info(self, self.tr("Khôi phục dữ liệu"), self.tr(
            "Đã khôi phục %1 người từ %2.%3\n\nỨng dụng sẽ đóng; hãy mở lại An Sinh Desk để làm việc tiếp.",
            "", result.persons,
        ).replace("%1", format_int(result.persons)).replace("%2", source.name).replace("%3", kept))
        self.restored.emit(str(source))
        quit_application()

    def _restore_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._report_failure(self.tr("Khôi phục dữ liệu"), error)
