"""Which database this desk opens: a SQLite file here or the office's shared PostgreSQL server.

Several desks of one office share a PostgreSQL database; a desk alone keeps a
file. The choice is stored per desk (desktop.settings, file 0600) and applies
at the next start, because every open screen holds the current database.
The connection test runs off the UI thread with a short timeout, so a wrong
address never freezes the window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.db import database_caption
from desktop.settings import (
    DB_ENV_VAR,
    DEFAULT_PG_PORT,
    POSTGRESQL,
    SQLITE,
    DatabaseChoice,
    DatabaseProbe,
    ProbeStatus,
    load_desk_database,
    probe_database,
    save_desk_database,
)
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.fields import (
    ERROR_STYLE,
    GOOD_STYLE,
    message_label,
    tab_chain,
    with_button,
    with_message,
)

CONNECT_TIMEOUT_S = 5


class DatabaseSettingsPanel(QGroupBox):
    """The desk's database choice with a connection test; saved for the next start."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cơ sở dữ liệu của máy này"))
        self._current_url = current_url
        self._background = Background(self)
        self._testing = False

        self.current_label = QLabel(self.tr("Đang dùng: %1").replace("%1", database_caption(current_url)))
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sqlite_radio = QRadioButton(self.tr("Máy này (tệp SQLite)"))
        self.postgres_radio = QRadioButton(self.tr("Máy chủ dùng chung (PostgreSQL)"))
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.sqlite_radio)
        self._kinds.addButton(self.postgres_radio)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Đường dẫn tệp .db"))
        self.browse_button = QPushButton(self.tr("Chọn…"))
        self.browse_button.clicked.connect(self._browse)
        self.path_error = message_label()
        path_box = with_button(self.path_edit, self.browse_button)
        self.sqlite_fields = with_message(path_box, self.path_error)
        self.sqlite_fields.setContentsMargins(24, 0, 0, 0)

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("Tên hoặc địa chỉ IP, ví dụ 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PG_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.name_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.host_error, self.name_error, self.user_error = (message_label() for _ in range(3))
        self.postgres_fields = QWidget()
        form = QFormLayout(self.postgres_fields)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Máy chủ:"), with_message(self.host_edit, self.host_error))
        form.addRow(self.tr("Cổng:"), self.port_spin)
        form.addRow(self.tr("Tên cơ sở dữ liệu:"), with_message(self.name_edit, self.name_error))
        form.addRow(self.tr("Người dùng:"), with_message(self.user_edit, self.user_error))
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)

        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self.tr("Thay đổi có hiệu lực từ lần khởi động sau."))
        self.note_label.setStyleSheet("color: #4a5963;")
        self.note_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(self.sqlite_radio)
        layout.addWidget(self.sqlite_fields)
        layout.addWidget(self.postgres_radio)
        layout.addWidget(self.postgres_fields)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.note_label)
        tab_chain(self.sqlite_radio, self.path_edit, self.browse_button, self.postgres_radio, self.host_edit,
                  self.port_spin, self.name_edit, self.user_edit, self.password_edit, self.test_button,
                  self.save_button)
        for edit in (self.path_edit, self.host_edit, self.name_edit, self.user_edit, self.password_edit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(self._edited)
        self.port_spin.valueChanged.connect(self._edited)
        self._kinds.buttonToggled.connect(self._kind_changed)
        self.set_choice(DatabaseChoice.from_url(load_desk_database() or current_url))

    # -- the fields ---------------------------------------------------------------------------------

    def set_choice(self, choice: DatabaseChoice) -> None:
        (self.sqlite_radio if choice.kind == SQLITE else self.postgres_radio).setChecked(True)
        self.path_edit.setText(choice.path)
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.name_edit.setText(choice.database)
        self.user_edit.setText(choice.user)
        self.password_edit.setText(choice.password)
        self._kind_changed()

    def choice(self) -> DatabaseChoice:
        if self.sqlite_radio.isChecked():
            return DatabaseChoice(SQLITE, path=self.path_edit.text().strip())
        return DatabaseChoice(POSTGRESQL, host=self.host_edit.text().strip(), port=self.port_spin.value(),
                              database=self.name_edit.text().strip(), user=self.user_edit.text().strip(),
                              password=self.password_edit.text())

    def validate(self) -> bool:
        """Show what is missing next to its field; True when the choice is complete."""
        choice = self.choice()
        checks = [(self.path_edit, self.path_error, choice.kind == SQLITE and not choice.path,
                   self.tr("Hãy chọn hoặc nhập đường dẫn tệp cơ sở dữ liệu.")),
                  (self.host_edit, self.host_error, choice.kind == POSTGRESQL and not choice.host,
                   self.tr("Hãy nhập tên hoặc địa chỉ máy chủ.")),
                  (self.name_edit, self.name_error, choice.kind == POSTGRESQL and not choice.database,
                   self.tr("Hãy nhập tên cơ sở dữ liệu.")),
                  (self.user_edit, self.user_error, choice.kind == POSTGRESQL and not choice.user,
                   self.tr("Hãy nhập tên người dùng."))]
        first: QLineEdit | None = None
        for edit, label, missing, message in checks:
            label.setText(message if missing else "")
            label.setVisible(missing)
            if missing and first is None:
                first = edit
        if first is not None:
            first.setFocus()
        return first is None

    def _kind_changed(self) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.sqlite_fields.setEnabled(sqlite)
        self.postgres_fields.setEnabled(not sqlite)
        self._edited()

    def _edited(self) -> None:
        self.result_label.clear()

    def _browse(self) -> None:
        path = dialogs.ask_database_path(self, self.tr("Chọn tệp cơ sở dữ liệu"), self.path_edit.text(),
                                     self.tr("Cơ sở dữ liệu SQLite (*.db *.sqlite *.sqlite3);;Mọi tệp (*)"))
        if path:
            self.path_edit.setText(path)
            self._edited()

    # -- the actions --------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect off the UI thread (a few seconds at most) and say what was found."""
        if self._testing or not self.validate():
            return
        url = self.choice().url()
        self._testing = True
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Đang kiểm tra kết nối…"))
        self._background.run(lambda: probe_database(url, CONNECT_TIMEOUT_S), self._tested, self._test_failed)

    def _tested(self, probe: DatabaseProbe) -> None:
        self._finish_test(self.describe(probe), probe.usable)

    def _test_failed(self, error: BaseException) -> None:
        self._finish_test(self.tr("Không kiểm tra được: %1").replace("%1", str(error)), False)

    def _finish_test(self, message: str, good: bool) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet(GOOD_STYLE if good else ERROR_STYLE)
        self.result_label.setText(message)

    def describe(self, probe: DatabaseProbe) -> str:
        """The test's result in words a desk clerk can act on (%1 schema, %2 program's schema, %3 office...)."""
        choice = self.choice()
        texts = {
            ProbeStatus.READY: self.tr("Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, đơn vị: %3."),
            ProbeStatus.NEEDS_SETUP: self.tr("Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, chưa khai báo đơn vị: lần khởi động sau sẽ mở bước khai báo đơn vị."),
            ProbeStatus.OLDER: self.tr("Kết nối được. Lược đồ phiên bản %1 cũ hơn phiên bản phần mềm cần (%2): sẽ được nâng cấp tự động khi khởi động."),
            ProbeStatus.NEWER: self.tr("Kết nối được, nhưng lược đồ phiên bản %1 mới hơn phần mềm trên máy này (%2). Hãy cập nhật An Sinh Desk trên máy này trước."),
            ProbeStatus.EMPTY: self.tr("Kết nối được. Cơ sở dữ liệu còn trống: lần khởi động sau sẽ tạo lược đồ và mở bước khai báo đơn vị."),
            ProbeStatus.NEW_FILE: self.tr("Tệp chưa có: lần khởi động sau sẽ tạo cơ sở dữ liệu mới tại đây và mở bước khai báo đơn vị."),
            ProbeStatus.FOREIGN: self.tr("Kết nối được, nhưng cơ sở dữ liệu này chứa bảng của chương trình khác, không phải của An Sinh Desk. Hãy chọn cơ sở dữ liệu khác."),
            ProbeStatus.WRONG_PASSWORD: self.tr("Không kết nối được: sai tên người dùng hoặc mật khẩu."),
            ProbeStatus.UNREACHABLE: self.tr("Không kết nối được tới máy chủ %4, cổng %5: máy chủ không trả lời hoặc sai địa chỉ. Hãy kiểm tra mạng, địa chỉ và cổng."),
            ProbeStatus.NO_DATABASE: self.tr("Không kết nối được: máy chủ không có cơ sở dữ liệu “%6”. Hãy kiểm tra tên hoặc nhờ quản trị viên tạo cơ sở dữ liệu."),
            ProbeStatus.NOT_A_DATABASE: self.tr("Tệp này không phải cơ sở dữ liệu SQLite. Hãy chọn tệp khác."),
            ProbeStatus.FAILED: self.tr("Không kết nối được: %7"),
        }
        values = (probe.revision or "", probe.head or "", probe.office or "", choice.host, str(choice.port),
                  choice.database, probe.detail)
        text = texts[probe.status]
        for number, value in reversed(list(enumerate(values, start=1))):
            text = text.replace(f"%{number}", value)
        return text

    def save(self) -> None:
        """Remember the choice for the next start; the open screens keep the current database."""
        if not self.validate():
            return
        try:
            save_desk_database(self.choice().url())
        except OSError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"),
                               self.tr("Không ghi được tệp cài đặt: %1").replace("%1", str(error.strerror or error)))
            return
        message = self.tr("Đã lưu. Máy này sẽ dùng cơ sở dữ liệu %1 từ lần khởi động sau.").replace(
            "%1", database_caption(self.choice().url()))
        if os.environ.get(DB_ENV_VAR):
            message += " " + self.tr("Lưu ý: biến môi trường %1 đang được đặt và được ưu tiên hơn lựa chọn này.").replace(
                "%1", DB_ENV_VAR)
        dialogs.show_info(self, self.tr("Đã lưu"), message)
