"""Đại lý thu: the agents table, the agent form beside it and the agent's trainings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.dates import parse_date
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date
from desktop.services import agents as service
from desktop.services import lookups
from desktop.services.agents import AgentInput, AgentRecord, AgentRow
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.fields import ERROR_STYLE, message_label, tab_chain, with_message
from desktop.views.permissions import can, gate


def _optional_date(text: str, label: str, field: str) -> dt.date | None:
    return parse_date(text, label, field) if text.strip() else None


class AgentsTab(QWidget):
    """Find an agent, edit their record, record the trainings they attended."""

    saved = Signal(int)  # agent id

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._rows: list[AgentRow] = []
        self.record: AgentRecord | None = None

        self.search = QLineEdit()
        self.search.setObjectName("agentSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc mã số nhân viên thu…"))
        self.search.setClearButtonEnabled(True)
        self.active_only = QCheckBox(self.tr("Chỉ người đang làm"))
        self.active_only.setObjectName("agentActiveOnly")
        self.table = QTableWidget()
        self.table.setObjectName("agentTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.new_button = QPushButton(self.tr("&Thêm đại lý"))
        self.new_button.setObjectName("newAgent")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.active_only)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)

        self.form_title = QLabel(self.tr("Đại lý thu mới"))
        self.form_title.setObjectName("agentFormTitle")
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.code = QLineEdit()
        self.code.setObjectName("agentCode")
        self.code.setMaxLength(20)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("agentName")
        self.phone = QLineEdit()
        self.phone.setObjectName("agentPhone")
        self.organisation = QComboBox()
        self.organisation.setObjectName("agentOrganisation")
        self.organisation.setEditable(True)  # a name not in the list adds the organisation on save
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        organisation_edit = self.organisation.lineEdit()
        if organisation_edit is not None:
            organisation_edit.setPlaceholderText(self.tr("Chọn, hoặc gõ tên tổ chức mới"))
        self.active_from = QLineEdit()
        self.active_from.setObjectName("agentActiveFrom")
        self.active_from.setPlaceholderText("dd/mm/yyyy")
        self.active_to = QLineEdit()
        self.active_to.setObjectName("agentActiveTo")
        self.active_to.setPlaceholderText("dd/mm/yyyy")
        self.communes = QListWidget()
        self.communes.setObjectName("agentCommunes")
        self.communes.setMaximumHeight(110)
        self.villages = QListWidget()
        self.villages.setObjectName("agentVillages")
        self.villages.setMaximumHeight(130)
        self.note = QPlainTextEdit()
        self.note.setObjectName("agentNote")
        self.note.setMaximumHeight(60)
        self.note.setTabChangesFocus(True)
        self.field_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("code", self.tr("Mã số nhân viên thu (*)"), self.code),
            ("full_name", self.tr("Họ và tên (*)"), self.full_name),
            ("phone", self.tr("Điện thoại"), self.phone),
            ("organisation", self.tr("Tổ chức dịch vụ thu"), self.organisation),
            ("active_from", self.tr("Bắt đầu làm từ ngày"), self.active_from),
            ("active_to", self.tr("Thôi làm từ ngày"), self.active_to),
            ("communes", self.tr("Xã phụ trách (*)"), self.communes),
            ("villages", self.tr("Thôn, buôn phụ trách"), self.villages),
            ("note", self.tr("Ghi chú"), self.note),
        ]
        for name, label, widget in rows:
            self.field_errors[name] = message_label(name)
            form.addRow(label, with_message(widget, self.field_errors[name]))
        self.save_button = QPushButton(self.tr("&Lưu"))
        self.save_button.setObjectName("saveAgent")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Huỷ"))
        self.cancel_button.setObjectName("cancelAgent")
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.save_button)

        self.trainings = QTableWidget()
        self.trainings.setObjectName("trainingTable")
        self.trainings.setColumnCount(2)
        self.trainings.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Nội dung tập huấn")])
        self.trainings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.trainings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainings.verticalHeader().setVisible(False)
        self.trainings.setMaximumHeight(130)
        self.training_date = QLineEdit()
        self.training_date.setObjectName("trainingDate")
        self.training_date.setPlaceholderText("dd/mm/yyyy")
        self.training_date.setMaximumWidth(110)
        self.training_topic = QLineEdit()
        self.training_topic.setObjectName("trainingTopic")
        self.training_topic.setPlaceholderText(self.tr("Nội dung, ví dụ: Sử dụng ứng dụng VssID"))
        self.add_training_button = QPushButton(self.tr("Thêm buổi tập huấn"))
        self.add_training_button.setObjectName("addTraining")
        self.remove_training_button = QPushButton(self.tr("Xoá dòng chọn"))
        self.remove_training_button.setObjectName("removeTraining")
        self.training_error = QLabel("")
        self.training_error.setObjectName("trainingError")
        self.training_error.setStyleSheet(ERROR_STYLE)
        training_row = QHBoxLayout()
        training_row.addWidget(self.training_date)
        training_row.addWidget(self.training_topic, 1)
        training_row.addWidget(self.add_training_button)
        training_row.addWidget(self.remove_training_button)
        self.training_box = QGroupBox(self.tr("Tập huấn"))
        training_layout = QVBoxLayout(self.training_box)
        training_layout.addWidget(self.trainings)
        training_layout.addLayout(training_row)
        training_layout.addWidget(self.training_error)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addLayout(form)
        right_layout.addLayout(form_buttons)
        right_layout.addWidget(self.training_box)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        tab_chain(self.code, self.full_name, self.phone, self.organisation, self.active_from, self.active_to,
                  self.communes, self.villages, self.note, self.save_button)

        self.search.textChanged.connect(lambda _t: self.refresh())
        self.active_only.toggled.connect(lambda _c: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_agent)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.add_training_button.clicked.connect(self.add_training)
        self.remove_training_button.clicked.connect(self.remove_training)
        self.communes.itemChanged.connect(lambda _i: self._fill_villages())
        for edit in (self.code, self.full_name, self.phone, self.active_from, self.active_to):
            edit.returnPressed.connect(self.save)
            edit.editingFinished.connect(self._validate_live)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), right, self.cancel)
        if gate(actor, Permission.EDIT_REGISTER, self.new_button, self.save_button, self.add_training_button,
                self.remove_training_button):
            QShortcut(QKeySequence("Ctrl+N"), self, self.new_agent)

        self._load_choices()
        self.refresh()
        self.new_agent()

    # --- lists -------------------------------------------------------------
    def _load_choices(self) -> None:
        self.organisation.clear()
        self.organisation.addItem("", None)
        for choice in service.organisations(self._db):
            self.organisation.addItem(choice.name, choice.id)
        self.communes.blockSignals(True)
        self.communes.clear()
        for commune in lookups.office_communes(self._db):
            item = QListWidgetItem(commune.label)
            item.setData(Qt.ItemDataRole.UserRole, commune.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communes.addItem(item)
        self.communes.blockSignals(False)
        self._fill_villages()

    def _checked(self, widget: QListWidget) -> list[object]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _fill_villages(self, chosen: tuple[int, ...] | None = None) -> None:
        keep = set(chosen if chosen is not None else (int(str(v)) for v in self._checked(self.villages)))
        self.villages.clear()
        for code in self._checked(self.communes):
            for village in lookups.villages(self._db, str(code)):
                item = QListWidgetItem(village.label)
                item.setData(Qt.ItemDataRole.UserRole, village.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if village.value in keep else Qt.CheckState.Unchecked)
                self.villages.addItem(item)

    def refresh(self) -> None:
        self._rows = service.list_agents(self._db, self.search.text(), active_only=self.active_only.isChecked())
        headers = [self.tr("Mã"), self.tr("Họ và tên"), self.tr("Điện thoại"), self.tr("Tổ chức"),
                   self.tr("Xã phụ trách"), self.tr("Tình trạng"), self.tr("Tập huấn")]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            values = [row.code, row.full_name, row.phone, row.organisation, row.communes,
                      self.tr("Đang làm") if row.active else self.tr("Đã nghỉ"), str(row.training_count)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.record is not None:
            for r, row in enumerate(self._rows):
                if row.id == self.record.id:
                    self.table.selectRow(r)
        self.table.blockSignals(False)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_agent(self._rows[rows[0].row()].id)

    # --- the form ----------------------------------------------------------
    def new_agent(self) -> None:
        self.record = None
        self.form_title.setText(self.tr("Đại lý thu mới"))
        self._fill_form(AgentInput(), ())
        self.training_box.setEnabled(False)
        self.code.setFocus()

    def open_agent(self, agent_id: int) -> None:
        try:
            self.record = service.load_agent(self._db, agent_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Đại lý thu"), error.message)
            self.refresh()
            return
        self.form_title.setText(self.tr("Sửa đại lý thu %1").replace("%1", self.record.code))
        self._fill_form(self.record.to_input(), self.record.village_ids)
        self._show_trainings(self.record)
        self.training_box.setEnabled(True)

    def _fill_form(self, data: AgentInput, villages: tuple[int, ...]) -> None:
        self.code.setText(data.code)
        self.full_name.setText(data.full_name)
        self.phone.setText(data.phone)
        self.organisation.setCurrentIndex(max(self.organisation.findData(data.organisation_id), 0))
        self.active_from.setText(format_date(data.active_from))
        self.active_to.setText(format_date(data.active_to))
        self.note.setPlainText(data.note)
        self.communes.blockSignals(True)
        for i in range(self.communes.count()):
            item = self.communes.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.commune_codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.communes.blockSignals(False)
        self._fill_villages(villages)
        self._show_errors({})
        if self.record is None:
            self.trainings.setRowCount(0)

    def form_input(self) -> AgentInput:
        """The form as typed (dates parsed; a bad date raises ValidationError with its field)."""
        typed = self.organisation.currentText().strip()
        index = self.organisation.findText(typed, Qt.MatchFlag.MatchFixedString)
        organisation = self.organisation.itemData(index) if index >= 0 else None
        return AgentInput(
            code=self.code.text(), full_name=self.full_name.text(), phone=self.phone.text(),
            organisation_id=int(organisation) if organisation is not None else None,
            organisation_name="" if organisation is not None else typed,
            commune_codes=tuple(str(c) for c in self._checked(self.communes)),
            village_ids=tuple(int(str(v)) for v in self._checked(self.villages)),
            active_from=_optional_date(self.active_from.text(), self.tr("Ngày bắt đầu"), "active_from"),
            active_to=_optional_date(self.active_to.text(), self.tr("Ngày thôi làm"), "active_to"),
            note=self.note.toPlainText(),
        )

    def _errors(self) -> tuple[dict[str, str], AgentInput | None]:
        try:
            data = self.form_input()
        except ValidationError as error:
            return {error.field or "code": error.message}, None
        return service.validate_agent(data), data

    def _validate_live(self) -> None:
        """Messages next to the fields as the desk leaves each one (only for fields already typed)."""
        errors, _ = self._errors()
        typed = {name for name, edit in (("code", self.code), ("full_name", self.full_name), ("phone", self.phone),
                                         ("active_from", self.active_from), ("active_to", self.active_to))
                 if edit.text().strip()}
        self._show_errors({k: v for k, v in errors.items() if k in typed})

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.field_errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)

    def save(self) -> None:
        errors, data = self._errors()
        self._show_errors(errors)
        if errors or data is None or not can(self._actor, Permission.EDIT_REGISTER):
            return
        actor = self._actor
        try:
            if self.record is None:
                agent_id = service.create_agent(self._db, actor, data)
            else:
                agent_id = self.record.id
                service.update_agent(self._db, actor, agent_id, self.record.version, data)
        except ValidationError as error:
            self._show_errors({error.field or "code": error.message})
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Lưu đại lý thu"), error.message)
            return
        if data.organisation_name:
            self._load_choices()
        self.open_agent(agent_id)
        self.refresh()
        self._bus.changed.emit("agents")
        self.saved.emit(agent_id)

    def cancel(self) -> None:
        if self.record is not None:
            self.open_agent(self.record.id)
        else:
            self.new_agent()

    def form_input_safe(self) -> AgentInput | None:
        try:
            return self.form_input()
        except ValidationError:
            return None

    # --- trainings ---------------------------------------------------------
    def _show_trainings(self, record: AgentRecord) -> None:
        self.trainings.setRowCount(len(record.trainings))
        for r, training in enumerate(record.trainings):
            day = QTableWidgetItem(format_date(training.held_on))
            day.setData(Qt.ItemDataRole.UserRole, training.id)
            self.trainings.setItem(r, 0, day)
            self.trainings.setItem(r, 1, QTableWidgetItem(training.topic))
        self.training_error.setText("")

    def add_training(self) -> None:
        if self.record is None:
            return
        try:
            held_on = parse_date(self.training_date.text(), self.tr("Ngày tập huấn"), "training_date")
            service.add_training(self._db, self._actor, self.record.id, held_on, self.training_topic.text())
        except ValidationError as error:
            self.training_error.setText(error.message)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Tập huấn"), error.message)
            return
        self.training_date.clear()
        self.training_topic.clear()
        self.open_agent(self.record.id)
        self.refresh()
        self._bus.changed.emit("agents")

    def remove_training(self) -> None:
        rows = self.trainings.selectionModel().selectedRows()
        if self.record is None or not rows:
            return
        item = self.trainings.item(rows[0].row(), 0)
        assert item is not None
        if not dialogs.confirm(self, self.tr("Tập huấn"), self.tr("Xoá buổi tập huấn đã chọn?")):
            return
        try:
            service.remove_training(self._db, self._actor, int(item.data(Qt.ItemDataRole.UserRole)))
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Tập huấn"), error.message)
        self.open_agent(self.record.id)
        self.refresh()
        self._bus.changed.emit("agents")
