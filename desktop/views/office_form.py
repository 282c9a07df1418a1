"""The office profile fields and the commune picker, shared by the setup and the settings page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import fold
from desktop.services.office import DEFAULT_PARENT, DEFAULT_PROVINCE, CommuneInfo, OfficeInfo


class OfficeForm(QWidget):
    """Edits an :class:`OfficeInfo`; the caller saves it through the office service."""

    def __init__(self, communes: list[CommuneInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._communes = communes
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Bảo hiểm xã hội cơ sở Cư M'gar"))
        self.parent_edit = QLineEdit(DEFAULT_PARENT)
        self.province_edit = QLineEdit(DEFAULT_PROVINCE)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Địa danh ghi ở dòng ngày tháng, ví dụ: Cư M'gar"))
        self.preparer_edit = QLineEdit()
        self.head_edit = QLineEdit()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Lọc theo tên xã, phường…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.commune_list = QListWidget()
        for commune in communes:
            item = QListWidgetItem(f"{commune.name} ({commune.code})")
            item.setData(Qt.ItemDataRole.UserRole, commune.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.commune_list.addItem(item)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.chosen_label = QLabel()
        self.commune_list.itemChanged.connect(self._update_chosen)

        form = QFormLayout()
        form.addRow(self.tr("Tên đơn vị:"), self.name_edit)
        form.addRow(self.tr("Cơ quan cấp trên:"), self.parent_edit)
        form.addRow(self.tr("Tỉnh:"), self.province_edit)
        form.addRow(self.tr("Địa danh:"), self.place_edit)
        form.addRow(self.tr("Người lập biểu:"), self.preparer_edit)
        form.addRow(self.tr("Thủ trưởng đơn vị:"), self.head_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Các xã, phường đơn vị phụ trách:")))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.commune_list, 1)
        layout.addWidget(self.chosen_label)
        self._update_chosen()

    def set_office(self, office: OfficeInfo) -> None:
        self.name_edit.setText(office.name)
        self.parent_edit.setText(office.parent_name)
        self.province_edit.setText(office.province)
        self.place_edit.setText(office.place_name)
        self.preparer_edit.setText(office.preparer_name)
        self.head_edit.setText(office.head_name)
        self.check_communes({c.code for c in office.communes})

    def check_communes(self, codes: set[str]) -> None:
        for row in range(self.commune_list.count()):
            item = self.commune_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def office(self) -> OfficeInfo:
        return OfficeInfo(
            name=self.name_edit.text(),
            parent_name=self.parent_edit.text(),
            province=self.province_edit.text(),
            place_name=self.place_edit.text(),
            preparer_name=self.preparer_edit.text(),
            head_name=self.head_edit.text(),
            communes=tuple(c for c in self._communes if c.code in self._checked_codes()),
        )

    def _checked_codes(self) -> set[str]:
        return {
            self.commune_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.commune_list.count())
            if self.commune_list.item(row).checkState() == Qt.CheckState.Checked
        }

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for row in range(self.commune_list.count()):
            item = self.commune_list.item(row)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def _update_chosen(self) -> None:
        self.chosen_label.setText(self.tr("Đã chọn: %n xã, phường", "", len(self._checked_codes())))
