"""First-run setup: which office this is and which communes it serves."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services.office import province_communes, save_office
from desktop.views import dialogs
from desktop.views.office_form import OfficeForm


class SetupDialog(QDialog):
    """Asked once, before the main window, on a database with no office profile."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Thiết lập lần đầu — An Sinh Desk"))
        self.resize(620, 680)
        intro = QLabel(
            self.tr(
                "Chào mừng đến với An Sinh Desk. Hãy nhập thông tin đơn vị và chọn các xã, phường "
                "đơn vị phụ trách. Có thể sửa lại sau trong mục Cài đặt."
            )
        )
        intro.setWordWrap(True)
        self.form = OfficeForm(province_communes(db))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu và bắt đầu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            save_office(self._db, self.form.office())
        except ValidationError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self.accept()
