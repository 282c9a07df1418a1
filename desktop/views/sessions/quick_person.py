"""A short form for someone at the door who is not on file yet: name, birth, sex, CCCD, village.

A scanned card not on file fills it for the clerk to check; fields the scan
could not read stay empty, named in a note above the form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.qr import CccdScan
from desktop.services import lookups
from desktop.services.persons import PersonInput, validate_fields
from desktop.views.fields import message_label, show_messages, with_message
from desktop.views.scan_notes import unread_note

FIELDS = ("full_name", "birth", "sex", "cccd", "village_id")


class QuickPersonDialog(QDialog):
    """Returns a ``PersonInput`` through :meth:`values` once the fields pass their own checks."""

    def __init__(self, villages: list[lookups.Choice], village_id: int | None, name: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._address = ""
        self.setWindowTitle(self.tr("Thêm người mới tham dự"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("quickName")
        self.birth_edit = QLineEdit()
        self.birth_edit.setObjectName("quickBirth")
        self.birth_edit.setPlaceholderText(self.tr("dd/mm/yyyy hoặc chỉ năm sinh"))
        self.sex_combo = QComboBox()
        self.sex_combo.setObjectName("quickSex")
        self.sex_combo.addItem(self.tr("— Chưa rõ —"), None)
        self.sex_combo.addItem(self.tr("Nam"), "M")
        self.sex_combo.addItem(self.tr("Nữ"), "F")
        self.cccd_edit = QLineEdit()
        self.cccd_edit.setObjectName("quickCccd")
        self.cccd_edit.setPlaceholderText(self.tr("12 chữ số, có thể để trống"))
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("quickVillage")
        self.village_combo.addItem(self.tr("— Chọn thôn, buôn —"), None)
        for choice in villages:
            self.village_combo.addItem(choice.label, choice.value)
        self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(village_id)))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for label, widget, name_ in (
            (self.tr("Họ và tên:"), self.name_edit, "full_name"),
            (self.tr("Ngày sinh:"), self.birth_edit, "birth"),
            (self.tr("Giới tính:"), self.sex_combo, "sex"),
            (self.tr("Số CCCD:"), self.cccd_edit, "cccd"),
            (self.tr("Thôn, buôn:"), self.village_combo, "village_id"),
        ):
            self.errors[name_] = message_label(name_)
            form.addRow(label, with_message(widget, self.errors[name_]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Thêm và điểm danh"))
        ok.setObjectName("quickSave")
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.scan_note = QLabel()
        self.scan_note.setObjectName("quickScanNote")
        self.scan_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_note.setWordWrap(True)
        self.scan_note.setStyleSheet("color: #8a5a00;")
        self.scan_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.selectAll()  # the search text, kept if right, replaced by typing if not
        self.name_edit.setFocus()

    def apply_scan(self, scan: CccdScan) -> None:
        """Fill the form from a scanned card (its address is kept for the record); a field the scan could
        not read keeps what the clerk typed for this card."""
        same_card = self.cccd_edit.text().strip() in ("", scan.cccd)
        for edit, value in ((self.name_edit, scan.full_name), (self.birth_edit, scan.birth.display() if scan.birth else "")):
            if value or not same_card:
                edit.setText(value)
        if scan.sex is not None or not same_card:
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(scan.sex)))
        self.cccd_edit.setText(scan.cccd)
        self._address = scan.address
        note = unread_note(scan)
        self.scan_note.setText(note)
        self.scan_note.setVisible(bool(note))
        (self.name_edit if not scan.full_name else self.birth_edit if scan.birth is None else self.village_combo).setFocus()

    def values(self) -> PersonInput:
        return PersonInput(full_name=self.name_edit.text(), birth=self.birth_edit.text(),
                           sex=self.sex_combo.currentData(), cccd=self.cccd_edit.text(), address=self._address,
                           village_id=self.village_combo.currentData())

    def show_errors(self, errors: dict[str, str]) -> None:
        show_messages(self.errors, errors)

    def _check(self) -> None:
        data = self.values()
        errors = dict(validate_fields(data, self._today).errors)
        if not data.full_name.strip():
            errors.setdefault("full_name", self.tr("Chưa nhập họ và tên."))
        if data.village_id is None:
            errors["village_id"] = self.tr("Chưa chọn thôn, buôn.")
        self.show_errors({name: message for name, message in errors.items() if name in FIELDS})
        if not any(name in FIELDS for name in errors):
            self.accept()
