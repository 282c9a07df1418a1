"""Cài đặt: the office profile shared by every desk; this desk's language, database, backups and QR scanner."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database, database_caption
from desktop.domain.errors import ValidationError
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.office import load_office, province_communes, update_office
from desktop.views import dialogs
from desktop.views.backup_panel import BackupPanel
from desktop.views.bus import DataBus
from desktop.views.database_settings import DatabaseSettingsPanel
from desktop.views.desk_settings import DeskSettings
from desktop.views.office_form import OfficeForm
from desktop.views.permissions import gate
from desktop.views.qr_scanner import QrScanDetector
from desktop.views.scanner_check import ScannerCheckDialog


class SettingsPage(QWidget):
    def __init__(self, db: Database, bus: DataBus, desk: DeskSettings, detector: QrScanDetector | None = None,
                 parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._desk, self._actor = db, bus, desk, actor
        self._detector = detector
        self.scanner_check: ScannerCheckDialog | None = None
        title = QLabel(self.tr("Cài đặt"))
        title.setObjectName("pageTitle")

        office_box = QGroupBox(self.tr("Thông tin đơn vị (dùng chung cho mọi máy)"))
        self.office_form = OfficeForm(province_communes(db))
        self.save_button = QPushButton(self.tr("Lưu thông tin đơn vị"))
        self.save_button.clicked.connect(self.save_office)
        gate(actor, Permission.MANAGE_SETTINGS, self.office_form, self.save_button)
        office_layout = QVBoxLayout(office_box)
        office_layout.addWidget(self.office_form)
        office_layout.addWidget(self.save_button)

        desk_box = QGroupBox(self.tr("Máy này"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(desk.language)))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.database_label = QLabel(database_caption(db.url))
        self.database_label.setWordWrap(True)
        desk_form = QFormLayout(desk_box)
        desk_form.addRow(self.tr("Ngôn ngữ:"), self.language_combo)
        desk_form.addRow(self.tr("Cơ sở dữ liệu:"), self.database_label)
        self.scanner_button = QPushButton(self.tr("Kiểm tra máy quét…"))
        self.scanner_button.setObjectName("scannerCheck")
        self.scanner_button.setToolTip(self.tr("Quét thử một thẻ: xem máy quét gửi gì, ứng dụng sửa và hiểu ra sao"))
        self.scanner_button.setEnabled(detector is not None)
        self.scanner_button.clicked.connect(self.check_scanner)
        desk_form.addRow(self.tr("Máy quét mã QR:"), self.scanner_button)

        columns = QHBoxLayout()
        columns.addWidget(office_box, 3)
        side = QVBoxLayout()
        side.addWidget(desk_box)
        self.database_panel = DatabaseSettingsPanel(db.url)
        side.addWidget(self.database_panel)
        self.backup_panel = BackupPanel(db, actor)
        side.addWidget(self.backup_panel)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        self.reload()

    def check_scanner(self) -> None:
        if self._detector is None:
            return
        self.scanner_check = ScannerCheckDialog(self._detector, self)
        self.scanner_check.finished.connect(self.scanner_check.deleteLater)
        self.scanner_check.open()

    def reload(self) -> None:
        office = load_office(self._db)
        if office is not None:
            self.office_form.set_office(office)

    def save_office(self) -> None:
        try:
            update_office(self._db, self._actor, self.office_form.office())
        except (ValidationError, ServiceError) as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self._bus.changed.emit("office")
        dialogs.show_info(self, self.tr("Đã lưu"), self.tr("Đã lưu thông tin đơn vị."))

    def _language_changed(self) -> None:
        """Ask first: the window is built again in the new language, and what was not saved is lost."""
        chosen = str(self.language_combo.currentData())
        if chosen == self._desk.language:
            return
        question = self.tr(
            "Chuyển giao diện sang {language} ngay bây giờ? Cửa sổ sẽ mở lại ở trang Cài đặt; "
            "thông tin đang nhập dở mà chưa lưu trên các trang sẽ mất."
        ).replace("{language}", self.language_combo.currentText())
        if not dialogs.confirm(self, self.tr("Ngôn ngữ"), question):
            with QSignalBlocker(self.language_combo):
                self.language_combo.setCurrentIndex(self.language_combo.findData(self._desk.language))
            return
        self._desk.language = chosen
        self._bus.changed.emit("language")
