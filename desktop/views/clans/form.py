"""The clan's own fields: name, commune and villages, leader and phone, the day it joined the model, agent, note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.db import Database
from desktop.services import lookups
from desktop.services.clans import FIELDS, ClanInput
from desktop.views.fields import message_label, show_messages, tab_chain, with_message


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class JoinedOnField(QWidget):
    """"Đã tham gia mô hình từ ngày [dd/mm/yyyy]": the day a clan joined the model, or none (box unticked)."""

    def __init__(self, today: dt.date, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Đã tham gia mô hình từ ngày"))
        self.check.setObjectName(f"{name}InModel")
        self.date_edit = QDateEdit(_qdate(today))
        self.date_edit.setObjectName(f"{name}JoinedOn")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self.date_edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        day = self.date_edit.date()
        return dt.date(day.year(), day.month(), day.day()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.date_edit.setDate(_qdate(day))


class ClanForm(QWidget):
    """``values()`` gives what the service takes; ``show_data()`` fills the fields from a stored clan."""

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("clanName")
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("Niê, Êban, Mlô, Bdap…"))
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("clanCommune")
        self.commune_combo.addItem(self.tr("— Chọn xã, phường —"), "")
        for choice in lookups.office_communes(db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.villages_list = QListWidget()
        self.villages_list.setObjectName("clanVillages")
        self.villages_list.setFixedHeight(104)
        self.leader_edit = QLineEdit()
        self.leader_edit.setObjectName("clanLeader")
        self.leader_edit.setMaxLength(120)
        self.leader_edit.setPlaceholderText(self.tr("Trưởng tộc hoặc già làng"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("clanLeaderPhone")
        self.phone_edit.setMaxLength(20)
        self.joined = JoinedOnField(today, "clan")
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("clanAgent")
        self.agent_combo.addItem(self.tr("— Chưa phân công —"), None)
        for choice in lookups.agents(db):
            self.agent_combo.addItem(choice.label, choice.value)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("clanNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(54)
        self.errors = {name: message_label(name) for name in FIELDS}

        form = QFormLayout(self)
        form.addRow(self.tr("Tên dòng họ:"), with_message(self.name_edit, self.errors["name"]))
        form.addRow(self.tr("Xã, phường:"), with_message(self.commune_combo, self.errors["commune_code"]))
        form.addRow(self.tr("Thôn, buôn:"), with_message(self.villages_list, self.errors["village_ids"]))
        form.addRow(self.tr("Trưởng tộc, già làng:"), with_message(self.leader_edit, self.errors["leader_name"]))
        form.addRow(self.tr("Điện thoại:"), with_message(self.phone_edit, self.errors["leader_phone"]))
        form.addRow(self.tr("Mô hình dòng họ:"), with_message(self.joined, self.errors["joined_on"]))
        form.addRow(self.tr("Nhân viên thu theo dõi:"), with_message(self.agent_combo, self.errors["agent_id"]))
        form.addRow(self.tr("Ghi chú:"), with_message(self.note_edit, self.errors["note"]))
        tab_chain(self.name_edit, self.commune_combo, self.villages_list, self.leader_edit, self.phone_edit,
                  self.joined.check, self.joined.date_edit, self.agent_combo, self.note_edit)
        self.commune_combo.currentIndexChanged.connect(lambda: self._fill_villages(self.chosen_villages()))

    def _fill_villages(self, ticked: tuple[int, ...]) -> None:
        """The chosen commune's villages, each with a box; those in ``ticked`` stay ticked."""
        self.villages_list.clear()
        code = self.commune_combo.currentData()
        for choice in lookups.villages(self._db, code) if code else []:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.value in ticked else Qt.CheckState.Unchecked)
            self.villages_list.addItem(item)

    def chosen_villages(self) -> tuple[int, ...]:
        items = (self.villages_list.item(row) for row in range(self.villages_list.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def village_item(self, label: str) -> QListWidgetItem:
        """The village's line in the list (tests tick it as a person would)."""
        return next(self.villages_list.item(row) for row in range(self.villages_list.count())
                    if self.villages_list.item(row).text() == label)

    def values(self) -> ClanInput:
        return ClanInput(
            name=self.name_edit.text(), commune_code=str(self.commune_combo.currentData() or ""),
            village_ids=self.chosen_villages(), leader_name=self.leader_edit.text(),
            leader_phone=self.phone_edit.text(),
            joined_on=self.joined.value(),
            agent_id=self.agent_combo.currentData(), note=self.note_edit.toPlainText(),
        )

    def show_data(self, data: ClanInput) -> None:
        self.name_edit.setText(data.name)
        self.commune_combo.blockSignals(True)
        self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(data.commune_code)))
        self.commune_combo.blockSignals(False)
        self._fill_villages(data.village_ids)
        self.leader_edit.setText(data.leader_name)
        self.phone_edit.setText(data.leader_phone)
        self.joined.set_value(data.joined_on)
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(data.agent_id)))
        self.note_edit.setPlainText(data.note)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_messages(self.errors, errors)
