"""One household: its fields, its members with their relationship to the head, and its HI payment.

Each member change (add, remove, new relationship) is saved at once as its own
action; the household's fields are saved with "Lưu thông tin hộ", checked
against the version opened so another desk's edit is never overwritten.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date
from desktop.services import clans, lookups
from desktop.services import households as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, ServiceError
from desktop.services.households import HEAD, HouseholdInput, HouseholdRecord
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.fields import message_label, show_messages, tab_chain, with_message
from desktop.views.households.member_search import MemberSearch
from desktop.views.households.payment_panel import HouseholdPaymentPanel
from desktop.views.labels import label_text
from desktop.views.permissions import gate

M_NAME, M_BIRTH, M_RELATION, M_CATEGORY, M_SCHEME, M_CARD, M_STATE = range(7)


class HouseholdDialog(QDialog):
    """Opened from the household page; ``household_id=None`` starts a new household."""

    def __init__(self, db: Database, bus: DataBus, household_id: int | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus = db, bus
        self._actor = actor
        self._today = today or dt.date.today()
        self.record: HouseholdRecord | None = None
        self._suggested_code = ""
        self._relationships = lookups.relationships(db)
        self.resize(1040, 700)

        # --- the household's fields
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("householdCode")
        self.code_edit.setMaxLength(service.CODE_MAX)
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("householdVillage")
        self.village_combo.addItem(self.tr("— Chọn thôn, buôn —"), None)
        for choice in lookups.villages(db):
            self.village_combo.addItem(choice.label, choice.value)
        self.head_combo = QComboBox()
        self.head_combo.setObjectName("householdHead")
        self.clan_combo = QComboBox()
        self.clan_combo.setObjectName("householdClan")
        self.clan_combo.setToolTip(self.tr("Dòng họ của hộ (mô hình dòng họ tham gia BHYT), trong các dòng họ của xã"))
        self.clan_text_label = QLabel()
        self.clan_text_label.setObjectName("householdClanText")
        self.clan_text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clan_text_label.setStyleSheet("color: #4a5963;")
        self.clan_text_label.hide()
        self.address_edit = QLineEdit()
        self.errors = {field: message_label() for field in ("code", "village_id", "head_person_id", "clan_id")}
        self.save_button = QPushButton(self.tr("Lưu thông tin hộ"))
        self.save_button.setObjectName("saveHousehold")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Mã hộ:"), self._with_error(self.code_edit, "code"))
        form.addRow(self.tr("Thôn, buôn:"), self._with_error(self.village_combo, "village_id"))
        form.addRow(self.tr("Chủ hộ:"), self._with_error(self.head_combo, "head_person_id"))
        clan_box = QWidget()
        clan_layout = QVBoxLayout(clan_box)
        clan_layout.setContentsMargins(0, 0, 0, 0)
        clan_layout.setSpacing(2)
        clan_layout.addWidget(self._with_error(self.clan_combo, "clan_id"))
        clan_layout.addWidget(self.clan_text_label)
        form.addRow(self.tr("Dòng họ:"), clan_box)
        form.addRow(self.tr("Địa chỉ:"), self.address_edit)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        self.village_combo.currentIndexChanged.connect(self._suggest_code)
        self.village_combo.currentIndexChanged.connect(lambda: self._fill_clans(self.clan_combo.currentData()))

        # --- members
        self.members_table = QTableWidget(0, 7)
        self.members_table.setObjectName("membersTable")
        self.members_table.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Quan hệ với chủ hộ"), self.tr("Đối tượng"),
            self.tr("Loại hình BHYT"), self.tr("Hạn thẻ BHYT"), self.tr("NSNN đóng"),
        ])
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.verticalHeader().setVisible(False)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((M_NAME, 200), (M_BIRTH, 90), (M_RELATION, 150), (M_CATEGORY, 150),
                              (M_SCHEME, 170), (M_CARD, 100)):
            self.members_table.setColumnWidth(column, width)
        self.members_table.itemSelectionChanged.connect(self._member_selected)
        self.remove_button = QPushButton(self.tr("Bỏ khỏi hộ"))
        self.remove_button.setObjectName("removeMember")
        self.remove_button.clicked.connect(self.remove_selected)
        self.relation_combo = QComboBox()
        self.relation_combo.setObjectName("memberRelation")
        self._fill_relations(self.relation_combo, None, self.tr("— Chưa rõ —"))
        self.relation_button = QPushButton(self.tr("Đổi quan hệ"))
        self.relation_button.setObjectName("changeRelation")
        self.relation_button.clicked.connect(self.change_relationship)
        self.member_search = MemberSearch(db)
        self.new_relation_combo = QComboBox()
        self.new_relation_combo.setObjectName("newMemberRelation")
        self._fill_relations(self.new_relation_combo, None, self.tr("— Chọn quan hệ —"))
        self.add_button = QPushButton(self.tr("Thêm vào hộ"))
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self.add_member)
        self.member_error = message_label()
        add_box = QGroupBox(self.tr("Thêm thành viên đã có trong danh sách"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addWidget(self.member_search, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Quan hệ với chủ hộ:")))
        add_row.addWidget(self.new_relation_combo, 1)
        add_row.addWidget(self.add_button)
        add_layout.addLayout(add_row)
        add_layout.addWidget(self.member_error)

        info_tab = QWidget()
        info_layout = QVBoxLayout(info_tab)
        top = QHBoxLayout()
        fields_box = QGroupBox(self.tr("Thông tin hộ"))
        fields_box.setLayout(form)
        top.addWidget(fields_box, 3)
        top.addWidget(add_box, 2)
        info_layout.addLayout(top)
        members_row = QHBoxLayout()
        self.members_label = QLabel()
        self.members_label.setStyleSheet("font-weight: 600;")
        members_row.addWidget(self.members_label)
        members_row.addStretch(1)
        members_row.addWidget(QLabel(self.tr("Quan hệ với chủ hộ của người đã chọn:")))
        members_row.addWidget(self.relation_combo)
        members_row.addWidget(self.relation_button)
        members_row.addSpacing(16)
        members_row.addWidget(self.remove_button)
        info_layout.addLayout(members_row)
        info_layout.addWidget(self.members_table, 1)

        # --- payment
        self.payment = HouseholdPaymentPanel(db, today=self._today, actor=self._actor)
        self.payment.recorded.connect(self._payment_recorded)

        self.tabs = QTabWidget()
        self.tabs.addTab(info_tab, self.tr("Thông tin hộ và thành viên"))
        self.tabs.addTab(self.payment, self.tr("Đóng BHYT hộ gia đình"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        tab_chain(self.code_edit, self.village_combo, self.head_combo, self.clan_combo, self.address_edit, self.save_button)

        if household_id is None:
            self._show_new()
        else:
            self.reload(household_id)
        self._tab_changed(0)
        self._apply_permissions()

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        return with_message(widget, self.errors[field])

    def _fill_relations(self, combo: QComboBox, current: str | None, empty: str) -> None:
        combo.addItem(empty, None)
        for choice in self._relationships:
            combo.addItem(f"{choice.label} ({choice.value})", choice.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- loading ---------------------------------------------------------------
    def _show_new(self) -> None:
        self.setWindowTitle(self.tr("Thêm hộ gia đình"))
        self._fill_clans(None)
        self.head_combo.addItem(self.tr("— Chưa có —"), None)
        self.members_label.setText(self.tr("Lưu thông tin hộ trước, rồi thêm thành viên."))
        self._enable_members(False)
        self.payment.set_household(None)

    def _enable_members(self, enabled: bool) -> None:
        for widget in (self.member_search, self.new_relation_combo, self.add_button, self.remove_button,
                       self.members_table, self.relation_combo, self.relation_button):
            widget.setEnabled(enabled)
        self.tabs.setTabEnabled(1, enabled)
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        """A view-only account sees the household but every button that changes it stays grey."""
        gate(self._actor, Permission.EDIT_REGISTER, self.save_button, self.add_button, self.remove_button,
             self.relation_button)

    def reload(self, household_id: int | None = None, keep_typed: bool = False) -> None:
        """Read the household again (after every change); ``keep_typed`` keeps unsaved field edits."""
        target = household_id if household_id is not None else (self.record.id if self.record else None)
        if target is None:
            return
        try:
            record = service.load_household(self._db, target, self._today)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không mở được hộ"), error.message)
            return
        self.record = record
        self.setWindowTitle(self.tr("Hộ gia đình {code}").replace("{code}", record.code))
        if not keep_typed:
            self.code_edit.setText(record.code)
            self.village_combo.blockSignals(True)
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(record.village_id)))
            self.village_combo.blockSignals(False)
            self._fill_clans(record.clan_id)
            self.address_edit.setText(record.address)
            self._show_clan_text(record.clan_text)
        self.head_combo.clear()
        self.head_combo.addItem(self.tr("— Chưa có —"), None)
        for member in record.members:
            self.head_combo.addItem(member.full_name, member.person_id)
        self.head_combo.setCurrentIndex(max(0, self.head_combo.findData(record.head_person_id)))
        self._enable_members(True)
        self._fill_members(record)
        self._new_relation_default(record)
        self.payment.set_household(record)

    def _fill_members(self, record: HouseholdRecord) -> None:
        self.members_table.setRowCount(len(record.members))
        yes = self.tr("Có")
        for row, member in enumerate(record.members):
            relation = f"{member.relationship_name} ({member.relationship_code})" if member.relationship_code else ""
            values = {M_NAME: member.full_name, M_BIRTH: member.birth, M_RELATION: relation,
                      M_CATEGORY: label_text(member.category_label), M_SCHEME: label_text(member.hi_scheme_label),
                      M_CARD: format_date(member.hi_valid_to), M_STATE: yes if member.state_supported else ""}
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.person_id)
                self.members_table.setItem(row, column, item)
        self.members_table.clearSelection()
        self.members_label.setText(self.tr("Thành viên của hộ: %n người", "", len(record.members)))
        self._member_selected()

    def _new_relation_default(self, record: HouseholdRecord) -> None:
        has_head = any(m.is_head for m in record.members)
        self.new_relation_combo.setCurrentIndex(0 if has_head else max(0, self.new_relation_combo.findData(HEAD)))

    def _fill_clans(self, chosen: int | None) -> None:
        """The clans of the chosen village's commune; the household's own stays chosen."""
        commune = lookups.commune_of_village(self._db, self.village_combo.currentData())
        self.clan_combo.clear()
        self.clan_combo.addItem(self.tr("— Không thuộc dòng họ nào —"), None)
        for choice in clans.clan_choices(self._db, commune) if commune else []:
            self.clan_combo.addItem(choice.label, choice.value)
        self.clan_combo.setCurrentIndex(max(0, self.clan_combo.findData(chosen)))

    def _show_clan_text(self, text: str) -> None:
        """The clan as typed before clans were records, until the office reviews it."""
        self.clan_text_label.setText(
            self.tr("Ghi cũ: “{text}” (chưa rà soát; xem trang Dòng họ)").replace("{text}", text))
        self.clan_text_label.setVisible(bool(text))

    def _suggest_code(self) -> None:
        if self.record is not None or self.code_edit.text() not in ("", self._suggested_code):
            return
        self._suggested_code = service.suggest_household_code(self._db, self.village_combo.currentData())
        self.code_edit.setText(self._suggested_code)

    # --- actions ---------------------------------------------------------------
    def _show_errors(self, error: ValidationError | None) -> None:
        show_messages(self.errors, {error.field: error.message} if error is not None and error.field else {})

    def household_input(self) -> HouseholdInput:
        return HouseholdInput(
            code=self.code_edit.text(), village_id=self.village_combo.currentData(),
            head_person_id=self.head_combo.currentData(), clan_id=self.clan_combo.currentData(),
            address=self.address_edit.text(),
        )

    def save(self) -> None:
        """Create the household, or save its fields against the version opened."""
        self._show_errors(None)
        actor = self._actor
        try:
            if self.record is None:
                household_id = service.create_household(self._db, actor, self.household_input())
            else:
                household_id = self.record.id
                service.update_household(self._db, actor, household_id, self.record.version, self.household_input())
        except ValidationError as error:
            if error.field in self.errors:
                self._show_errors(error)
            else:
                dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        except ConcurrentEditError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            self.reload()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self._bus.changed.emit("households")
        self.reload(household_id)

    def add_member(self) -> None:
        if self.record is None:
            return
        person_id = self.member_search.chosen_person()
        if person_id is None:
            self._member_error(self.tr("Hãy tìm và chọn người cần thêm vào hộ."))
            return
        relation = self.new_relation_combo.currentData()
        if relation is None:
            self._member_error(self.tr("Hãy chọn quan hệ với chủ hộ."))
            return
        try:
            service.add_member(self._db, self._actor, self.record.id, person_id, relation)
        except ValidationError as error:
            moving = error.field == "household_id"
            if not moving:
                self._member_error(error.message)
                return
            question = error.message + " " + self.tr("Chuyển người này sang hộ đang mở?")
            if not dialogs.confirm(self, self.tr("Chuyển hộ"), question):
                return
            try:
                service.add_member(self._db, self._actor, self.record.id, person_id, relation, move=True)
            except (ValidationError, ServiceError) as again:
                self._member_error(str(again))
                return
        except ServiceError as error:
            self._member_error(error.message)
            return
        self.member_error.hide()
        self.member_search.reset()
        self._changed()

    def _member_error(self, message: str) -> None:
        self.member_error.setText(message)
        self.member_error.show()

    def selected_member(self) -> int | None:
        rows = self.members_table.selectionModel().selectedRows()
        if not rows or self.record is None or rows[0].row() >= len(self.record.members):
            return None
        return self.record.members[rows[0].row()].person_id

    def remove_selected(self) -> None:
        person_id = self.selected_member()
        if self.record is None or person_id is None:
            self._member_error(self.tr("Hãy chọn thành viên cần bỏ khỏi hộ."))
            return
        name = next(m.full_name for m in self.record.members if m.person_id == person_id)
        question = self.tr("Bỏ {name} khỏi hộ {code}? Hồ sơ của người này vẫn được giữ.") \
            .replace("{name}", name).replace("{code}", self.record.code)
        if not dialogs.confirm(self, self.tr("Bỏ khỏi hộ"), question):
            return
        try:
            service.remove_member(self._db, self._actor, self.record.id, person_id)
        except (ValidationError, ServiceError) as error:
            self._member_error(str(error))
            return
        self._changed()

    def _member_selected(self) -> None:
        """The relationship editor shows the selected member's relationship."""
        person_id = self.selected_member()
        member = next((m for m in self.record.members if m.person_id == person_id), None) if self.record else None
        self.relation_combo.setCurrentIndex(max(0, self.relation_combo.findData(member.relationship_code))
                                            if member else 0)
        for widget in (self.relation_combo, self.relation_button, self.remove_button):
            widget.setEnabled(member is not None)
        self._apply_permissions()

    def change_relationship(self) -> None:
        """Save the selected member's new relationship; choosing "Chủ hộ (00)" makes them the head."""
        person_id = self.selected_member()
        if self.record is None or person_id is None:
            return
        try:
            service.set_relationship(self._db, self._actor, self.record.id, person_id,
                                     self.relation_combo.currentData())
        except (ValidationError, ServiceError) as error:
            self._member_error(str(error))
            return
        self._changed()

    def _changed(self) -> None:
        self._bus.changed.emit("households")
        self.reload(keep_typed=True)

    def _payment_recorded(self, _ids: list[int]) -> None:
        self._bus.changed.emit("enrollments")
        self.reload(keep_typed=True)

    def _tab_changed(self, index: int) -> None:
        """Enter saves what the visible tab is about."""
        self.save_button.setDefault(index == 0)
        self.payment.record_button.setDefault(index == 1)
