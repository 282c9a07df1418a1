"""The person form: add or edit one participant, with messages beside each field.

Each field is checked by the domain parsers as it is typed (no database);
a field's error shows once the user has left it, and Save stays disabled
while any error remains. Before saving, the whole record is checked against
the database and possible duplicates are offered to open instead: a name
match may be saved anyway, a taken CCCD or SI code never.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.catalogues import EthnicCatalogue, folded_key
from desktop.domain.errors import ValidationError
from desktop.domain.participation import CATEGORY_LABELS
from desktop.domain.qr import CccdScan
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, ServiceError
from desktop.services.persons import (
    DuplicateCandidate,
    HouseholdSummary,
    PersonInput,
    PersonRecord,
    check_person,
    create_person,
    delete_person,
    find_household,
    load_person,
    suggest_village,
    update_person,
    validate_fields,
)
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.fields import ERROR_STYLE, grow_to_fit, tab_chain
from desktop.views.labels import labelled
from desktop.views.permissions import gate
from desktop.views.scan_notes import unread_note

WARNING_STYLE = "color: #8a5a00;"
INFO_STYLE = "color: #455a64;"


def ethnic_choices() -> list[tuple[str, str]]:
    """(label "Ê Đê (12)", folded keys of the name, code and other names) for every ethnic group."""
    return [
        (f"{entry.name} ({entry.code})",
         "|".join([folded_key(entry.name), entry.code, *(folded_key(alias) for alias in entry.aliases)]))
        for entry in EthnicCatalogue.load().entries
    ]


def matching_ethnic_labels(typed: str, choices: list[tuple[str, str]]) -> list[str]:
    """Labels whose name, code or other name contains what was typed, accent-insensitively; prefix matches first."""
    needle = folded_key(typed)
    if not needle:
        return [label for label, _keys in choices]
    hits = [(label, keys.split("|")) for label, keys in choices if needle in keys]
    return [label for label, keys in sorted(hits, key=lambda hit: not any(k.startswith(needle) for k in hit[1]))]


class PersonDialog(QDialog):
    """Add a person (``person_id`` None, optionally ``prefill`` from a scanned CCCD) or edit one."""

    open_existing = Signal(int)  # the user chose to open this already-recorded person instead
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, db: Database, bus: DataBus, person_id: int | None = None, prefill: CccdScan | None = None,
                 parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus = db, bus
        self._actor = actor
        self._person_id = person_id
        self._record: PersonRecord | None = None
        self._household: HouseholdSummary | None = None
        self._touched: set[str] = set()
        self._errors: dict[str, str] = {}
        self._extra_errors: dict[str, str] = {}  # from the database check or the save, until the field changes
        self._accepted_duplicates: PersonInput | None = None
        self._finished = False
        self.result_person_id: int | None = None
        self.existing_person_id: int | None = None
        self.was_deleted = False

        self._build()
        if person_id is not None:
            self._load(load_person(db, person_id))
        elif prefill is not None:
            self.apply_scan(prefill)
        self._revalidate()
        self.name_edit.setFocus()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Thêm người tham gia") if self._person_id is None else self.tr("Hồ sơ người tham gia"))
        self.setMinimumWidth(900)
        self.name_edit = QLineEdit()
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(self.tr("dd/mm/yyyy, mm/yyyy hoặc yyyy"))
        self.sex_combo = QComboBox()
        self.sex_combo.addItem("", None)
        self.sex_combo.addItem(self.tr("Nam"), "M")
        self.sex_combo.addItem(self.tr("Nữ"), "F")
        self.ethnic_combo = self._ethnic_combo()
        self.cccd_edit = QLineEdit()
        self.cccd_edit.setPlaceholderText(self.tr("12 chữ số"))
        self.si_edit = QLineEdit()
        self.si_edit.setPlaceholderText(self.tr("10 chữ số"))
        self.phone_edit = QLineEdit()
        self.commune_combo = QComboBox()
        self.commune_combo.addItem(self.tr("— Chọn xã —"), None)
        for choice in lookups.office_communes(self._db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("— Chọn thôn, buôn —"), None)
        self.address_edit = QLineEdit()
        self.household_edit = QLineEdit()
        self.household_edit.setPlaceholderText(self.tr("Mã hộ gia đình"))
        self.household_info = QLabel()
        self.household_info.setWordWrap(True)
        self.household_info.setStyleSheet(INFO_STYLE)
        self.household_info.hide()
        self.relationship_combo = QComboBox()
        self.relationship_combo.addItem("", None)
        for choice in lookups.relationships(self._db):
            self.relationship_combo.addItem(choice.label, choice.value)
        self.category_combo = QComboBox()
        for value, title in labelled(CATEGORY_LABELS):
            self.category_combo.addItem(title, value)
        self.category_combo.setCurrentIndex(self.category_combo.findData("other"))
        self.note_edit = QLineEdit()

        self.inputs: dict[str, QWidget] = {
            "full_name": self.name_edit, "birth": self.birth_edit, "sex": self.sex_combo,
            "ethnic": self.ethnic_combo, "cccd": self.cccd_edit, "si_code": self.si_edit, "phone": self.phone_edit,
            "village_id": self.village_combo, "address": self.address_edit, "household_id": self.household_edit,
            "relationship_code": self.relationship_combo, "category": self.category_combo, "note": self.note_edit,
        }
        self.messages: dict[str, QLabel] = {}
        for name in self.inputs:
            label = QLabel()
            label.setObjectName(f"message_{name}")
            label.setWordWrap(True)
            label.hide()
            self.messages[name] = label

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, self.tr("Họ và tên (*):"), "full_name")
        self._row(left, self.tr("Ngày sinh (*):"), "birth")
        self._row(left, self.tr("Giới tính:"), "sex")
        self._row(left, self.tr("Dân tộc:"), "ethnic")
        self._row(left, self.tr("Số CCCD:"), "cccd")
        self._row(left, self.tr("Mã số BHXH:"), "si_code")
        self._row(left, self.tr("Điện thoại:"), "phone")
        right.addRow(self.tr("Xã:"), self.commune_combo)
        self._row(right, self.tr("Thôn, buôn:"), "village_id")
        self._row(right, self.tr("Địa chỉ:"), "address")
        self._row(right, self.tr("Hộ gia đình:"), "household_id", self.household_info)
        self._row(right, self.tr("Quan hệ với chủ hộ:"), "relationship_code")
        self._row(right, self.tr("Đối tượng:"), "category")
        self._row(right, self.tr("Ghi chú:"), "note")
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        self.duplicates_panel = self._duplicates_panel()
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint_label.setStyleSheet(INFO_STYLE)
        required = QLabel(self.tr("(*) bắt buộc nhập"))
        required.setStyleSheet(INFO_STYLE)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("Xoá hồ sơ"))
        self.delete_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(self._person_id is not None)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

        bottom = QHBoxLayout()
        bottom.addWidget(required)
        bottom.addSpacing(24)
        bottom.addWidget(self.hint_label, 1)
        self.scan_note = QLabel()
        self.scan_note.setObjectName("scanNote")
        self.scan_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_note.setWordWrap(True)
        self.scan_note.setStyleSheet(WARNING_STYLE)
        self.scan_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_note)
        layout.addLayout(columns)
        layout.addWidget(self.duplicates_panel)
        layout.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self._connect()
        self._tab_order()
        gate(self._actor, Permission.EDIT_REGISTER, self.save_button, self.delete_button, self.save_anyway_button)

    def _row(self, form: QFormLayout, label: str, name: str, extra: QWidget | None = None) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.inputs[name])
        if extra is not None:
            box.addWidget(extra)
        box.addWidget(self.messages[name])
        form.addRow(label, box)

    def _ethnic_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._ethnic_choices = ethnic_choices()
        combo.addItem("")
        for label, _keys in self._ethnic_choices:
            combo.addItem(label)
        combo.setCurrentIndex(0)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Gõ tên hoặc mã, ví dụ: Ê Đê hoặc 12"))
        self._ethnic_model = QStringListModel(self)
        self.ethnic_completer = QCompleter(self._ethnic_model, self)
        self.ethnic_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.ethnic_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self.ethnic_completer)
        line.textEdited.connect(self._filter_ethnic)
        return combo

    def _duplicates_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("duplicatesPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet("QFrame#duplicatesPanel { background: #fff8e1; border: 1px solid #f0d28a; }")
        self.duplicates_title = QLabel()
        self.duplicates_title.setWordWrap(True)
        self.duplicates_table = QTableWidget(0, 7)
        self.duplicates_table.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Thôn, buôn"), self.tr("Số CCCD"),
            self.tr("Mã số BHXH"), self.tr("Lý do"), "",
        ])
        self.duplicates_table.setColumnHidden(6, True)
        self.duplicates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates_table.verticalHeader().hide()
        self.duplicates_table.verticalHeader().setDefaultSectionSize(24)
        self.duplicates_table.setWordWrap(False)
        self.duplicates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.duplicates_table.horizontalHeader().setStretchLastSection(True)
        self.duplicates_table.doubleClicked.connect(self.open_selected_duplicate)
        self.open_existing_button = QPushButton(self.tr("Mở hồ sơ đã có"))
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self.open_selected_duplicate)
        self.save_anyway_button = QPushButton()
        self.save_anyway_button.setAutoDefault(False)
        self.save_anyway_button.clicked.connect(self.save_anyway)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_existing_button)
        buttons.addWidget(self.save_anyway_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.duplicates_title)
        layout.addWidget(self.duplicates_table)
        layout.addLayout(buttons)
        panel.hide()
        return panel

    def _connect(self) -> None:
        for name, edit in (("full_name", self.name_edit), ("birth", self.birth_edit), ("cccd", self.cccd_edit),
                           ("si_code", self.si_edit), ("phone", self.phone_edit), ("address", self.address_edit),
                           ("note", self.note_edit)):
            edit.textChanged.connect(self._changed)
            edit.editingFinished.connect(self._touch_later(name))
        line = self.ethnic_combo.lineEdit()
        assert line is not None
        line.textChanged.connect(self._changed)
        line.editingFinished.connect(self._ethnic_finished)
        self.household_edit.textChanged.connect(self._household_changed)
        self.household_edit.editingFinished.connect(self._touch_later("household_id"))
        for name, combo in (("sex", self.sex_combo), ("village_id", self.village_combo),
                            ("relationship_code", self.relationship_combo), ("category", self.category_combo)):
            combo.currentIndexChanged.connect(self._touch_later(name, changed=True))
        self.commune_combo.currentIndexChanged.connect(self._commune_changed)

    def _tab_order(self) -> None:
        tab_chain(
            self.name_edit, self.birth_edit, self.sex_combo, self.ethnic_combo, self.cccd_edit, self.si_edit,
            self.phone_edit, self.commune_combo, self.village_combo, self.address_edit, self.household_edit,
            self.relationship_combo, self.category_combo, self.note_edit, self.save_button, self.cancel_button,
            self.delete_button,
        )

    # --- filling -----------------------------------------------------------------------
    def _load(self, record: PersonRecord) -> None:
        self._record = record
        self.setWindowTitle(self.tr("Hồ sơ: {name}").replace("{name}", record.full_name))
        self.name_edit.setText(record.full_name)
        self.birth_edit.setText(record.birth)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(record.sex)))
        self.ethnic_combo.setEditText(record.ethnic_label or (record.ethnic_code or ""))
        self.cccd_edit.setText(record.cccd)
        self.si_edit.setText(record.si_code)
        self.phone_edit.setText(record.phone)
        if record.commune_code is not None:
            self._select_place(record.commune_code, record.commune_name, record.village_id, record.village_name)
        self.address_edit.setText(record.address)
        self.household_edit.setText(record.household_code)
        self.relationship_combo.setCurrentIndex(max(0, self.relationship_combo.findData(record.relationship_code)))
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(record.category)))
        self.note_edit.setText(record.note)
        self._touched = set(self.inputs)

    def apply_scan(self, scan: CccdScan) -> None:
        """Fill name, birth, sex, CCCD and address from a scanned card (and the village it names).

        A field the scan could not read keeps what the clerk typed for this card, and is named above the form.
        """
        same_card = self.cccd_edit.text().strip() in ("", scan.cccd)
        for edit, value in ((self.name_edit, scan.full_name), (self.birth_edit, scan.birth.display() if scan.birth else ""),
                            (self.address_edit, scan.address)):
            if value or not same_card:
                edit.setText(value)
        if scan.sex is not None or not same_card:
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(scan.sex)))
        self.cccd_edit.setText(scan.cccd)
        place = suggest_village(self._db, scan.address) if scan.address else None
        if place is not None:
            self._select_place(place[0], "", place[1], "")
        self.show_scan_note(unread_note(scan))
        self._touched |= {"full_name", "birth", "sex", "cccd", "address"}
        self._revalidate()

    def show_scan_note(self, text: str) -> None:
        """What the last scanned card left unread, or where it disagrees with this record."""
        self.scan_note.setText(text)
        self.scan_note.setVisible(bool(text))
        if text:
            grow_to_fit(self.scan_note)

    def _select_place(self, commune_code: str, commune_name: str, village_id: int | None, village_name: str) -> None:
        index = self.commune_combo.findData(commune_code)
        if index < 0:  # the office no longer serves this commune: keep the record's place visible
            self.commune_combo.addItem(commune_name, commune_code)
            index = self.commune_combo.count() - 1
        self.commune_combo.setCurrentIndex(index)
        if village_id is None:
            return
        index = self.village_combo.findData(village_id)
        if index < 0:
            self.village_combo.addItem(village_name, village_id)
            index = self.village_combo.count() - 1
        self.village_combo.setCurrentIndex(index)

    # --- reacting ----------------------------------------------------------------------
    def _touch_later(self, name: str, changed: bool = False) -> Callable[..., None]:
        """A slot marking ``name`` as visited (its error may show); ``changed``: its value changed too."""
        def touch(*_args: object) -> None:
            self._touched.add(name)
            if changed:
                self._changed()
            else:
                self._revalidate()
        return touch

    def _changed(self) -> None:
        self._extra_errors.clear()
        self.duplicates_panel.hide()
        self._revalidate()

    def _filter_ethnic(self, text: str) -> None:
        self._ethnic_model.setStringList(matching_ethnic_labels(text, self._ethnic_choices))
        if text.strip():
            self.ethnic_completer.complete()

    def _ethnic_finished(self) -> None:
        """Show what a typed name or code resolves to as the picker's label ("ede" -> "Ê Đê (12)")."""
        self._touched.add("ethnic")
        text = self.ethnic_combo.currentText()
        try:
            code = EthnicCatalogue.load().lookup(text) if text.strip() else None
        except ValidationError:
            code = None
        if code is not None:
            label = f"{EthnicCatalogue.load().name(code)} ({code})"
            if label != text:
                self.ethnic_combo.setEditText(label)
        self._revalidate()

    def _commune_changed(self) -> None:
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("— Chọn thôn, buôn —"), None)
        commune = self.commune_combo.currentData()
        if commune:
            for choice in lookups.villages(self._db, commune):
                self.village_combo.addItem(choice.label, choice.value)
        self.village_combo.blockSignals(False)
        self._changed()

    def _household_changed(self) -> None:
        code = self.household_edit.text().strip()
        self._household = find_household(self._db, code) if code else None
        if self._household is None:
            self.household_info.clear()
            self.household_info.hide()
        else:
            head = self._household.head_name or self.tr("chưa có chủ hộ")
            text = self.tr("Chủ hộ: {head} · {village} · {n} người", "", self._household.member_count).replace("{head}", head)
            text = text.replace("{village}", self._household.village_name or "—")
            self.household_info.setText(text.replace("{n}", str(self._household.member_count)))
            self.household_info.show()
        self._changed()

    def form_data(self) -> PersonInput:
        """What the form holds, as the service takes it."""
        return PersonInput(
            full_name=self.name_edit.text(), birth=self.birth_edit.text(), sex=self.sex_combo.currentData(),
            ethnic=self.ethnic_combo.currentText(), cccd=self.cccd_edit.text(), si_code=self.si_edit.text(),
            phone=self.phone_edit.text(), village_id=self.village_combo.currentData(),
            address=self.address_edit.text(),
            household_id=self._household.id if self._household is not None else None,
            relationship_code=self.relationship_combo.currentData(), category=self.category_combo.currentData(),
            note=self.note_edit.text(),
        )

    def _revalidate(self) -> None:
        check = validate_fields(self.form_data())
        errors = dict(check.errors)
        if self.household_edit.text().strip() and self._household is None:
            errors["household_id"] = self.tr("Không có hộ gia đình mã “{code}”.").replace(
                "{code}", self.household_edit.text().strip())
        errors.update(self._extra_errors)
        self._errors = errors
        for name, label in self.messages.items():
            if name in errors and (name in self._touched or name in self._extra_errors):
                self._show_message(label, errors[name], ERROR_STYLE)
            elif check.field_warnings.get(name):
                self._show_message(label, "\n".join(check.field_warnings[name]), WARNING_STYLE)
            else:
                label.clear()
                label.hide()
        self.save_button.setEnabled(not errors)
        if errors:
            fields = ", ".join(self._field_title(name) for name in self.inputs if name in errors)
            self.hint_label.setText(self.tr("Cần nhập hoặc sửa: {fields}").replace("{fields}", fields))
        else:
            self.hint_label.clear()

    @staticmethod
    def _show_message(label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.show()

    def _field_title(self, name: str) -> str:
        titles = {
            "full_name": self.tr("Họ và tên"), "birth": self.tr("Ngày sinh"), "sex": self.tr("Giới tính"),
            "ethnic": self.tr("Dân tộc"), "cccd": self.tr("Số CCCD"), "si_code": self.tr("Mã số BHXH"),
            "phone": self.tr("Điện thoại"), "village_id": self.tr("Thôn, buôn"), "address": self.tr("Địa chỉ"),
            "household_id": self.tr("Hộ gia đình"), "relationship_code": self.tr("Quan hệ với chủ hộ"),
            "category": self.tr("Đối tượng"), "note": self.tr("Ghi chú"),
        }
        return titles[name]

    @property
    def is_new(self) -> bool:
        """A form for a person not recorded yet (a scanned card may fill it)."""
        return self._record is None

    @property
    def errors(self) -> dict[str, str]:
        """Field errors currently known (shown or not yet shown)."""
        return dict(self._errors)

    # --- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Check, offer duplicates, then create or update; the dialog stays open on any problem."""
        if self._finished:
            return
        self._touched = set(self.inputs)
        self._revalidate()
        if self._errors:
            self._focus_first_error()
            return
        data = self.form_data()
        check = check_person(self._db, data, self._person_id)
        if check.errors:
            self._extra_errors = dict(check.errors)
            self._revalidate()
            self._focus_first_error()
            return
        if check.duplicates and data != self._accepted_duplicates:
            self._show_duplicates(check.duplicates)
            return
        self._write(data)

    def _write(self, data: PersonInput) -> None:
        try:
            if self._record is None:
                person_id = create_person(self._db, self._actor, data)
            else:
                update_person(self._db, self._actor, self._record.id, self._record.version, data)
                person_id = self._record.id
        except ValidationError as error:
            self._extra_errors = {error.field if error.field in self.inputs else "full_name": error.message}
            self._revalidate()
            self._focus_first_error()
            return
        except ServiceError as error:  # ConcurrentEditError included: the user reopens, the dialog stays
            title = self.tr("Hồ sơ đã thay đổi") if isinstance(error, ConcurrentEditError) else self.tr("Chưa lưu được")
            dialogs.show_error(self, title, error.message)
            return
        self.result_person_id = person_id
        self._bus.changed.emit("persons")
        if data.household_id is not None or (self._record is not None and self._record.household_id is not None):
            self._bus.changed.emit("households")
        self.saved.emit(person_id)
        self.accept()

    def save_anyway(self) -> None:
        """Save although a person with the same name, birth year and village exists."""
        self._accepted_duplicates = self.form_data()
        self.duplicates_panel.hide()
        self.save()

    def _focus_first_error(self) -> None:
        for name, widget in self.inputs.items():
            if name in self._errors:
                widget.setFocus()
                return

    def _show_duplicates(self, candidates: list[DuplicateCandidate]) -> None:
        blocking = any(candidate.blocking for candidate in candidates)
        if blocking:
            self.duplicates_title.setText(self.tr(
                "Số CCCD hoặc mã số BHXH này đã có trong hồ sơ dưới đây. Không thể lưu thêm một hồ sơ "
                "cùng số; hãy mở hồ sơ đã có."))
        else:
            self.duplicates_title.setText(self.tr(
                "Có thể người này đã có hồ sơ (trùng họ tên, năm sinh và thôn, buôn). "
                "Hãy mở hồ sơ đã có, hoặc lưu nếu đây là người khác."))
        self.save_anyway_button.setText(
            self.tr("Vẫn lưu người mới") if self._record is None else self.tr("Vẫn lưu hồ sơ này"))
        self.save_anyway_button.setVisible(not blocking)
        table = self.duplicates_table
        table.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            values = [candidate.full_name, candidate.birth, candidate.village, candidate.cccd, candidate.si_code,
                      candidate.reason, str(candidate.id)]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.selectRow(0)
        shown_rows = table.verticalHeader().defaultSectionSize() * min(len(candidates), 4)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + shown_rows + 2 * table.frameWidth())
        self.duplicates_panel.show()
        self.open_existing_button.setFocus()

    def open_selected_duplicate(self) -> None:
        """Close this form and ask the caller to open the chosen existing record."""
        row = max(0, self.duplicates_table.currentRow())
        item = self.duplicates_table.item(row, 6)
        if item is None:
            return
        self.existing_person_id = int(item.text())
        self.open_existing.emit(self.existing_person_id)
        self.reject()

    # --- deleting ----------------------------------------------------------------------
    def delete(self) -> None:
        if self._record is None or self._finished:
            return
        question = self.tr("Xoá hồ sơ {name}?").replace("{name}", self._record.full_name)
        if self._record.enrollment_count:
            question += " " + self.tr("Các lượt tham gia BHXH, BHYT ({n}) của người này cũng bị xoá.").replace(
                "{n}", str(self._record.enrollment_count))
        if not dialogs.confirm(self, self.tr("Xoá hồ sơ"), question):
            return
        try:
            delete_person(self._db, self._actor, self._record.id, self._record.version)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa xoá được"), error.message)
            return
        self.was_deleted = True
        self._bus.changed.emit("persons")
        if self._record.household_id is not None:
            self._bus.changed.emit("households")
        self.deleted.emit(self._record.id)
        self.accept()

    def done(self, result: int) -> None:
        self._finished = True
        super().done(result)


def open_person_dialog(parent: QWidget | None, db: Database, bus: DataBus, person_id: int | None = None,
                       prefill: CccdScan | None = None, *, actor: Actor) -> PersonDialog:
    """Show the form (window-modal, not blocking); "Mở hồ sơ đã có" opens that record in a new form."""
    dialog = PersonDialog(db, bus, person_id, prefill, parent, actor=actor)

    def open_existing(existing_id: int) -> None:
        QTimer.singleShot(0, lambda: open_person_dialog(parent, db, bus, existing_id, actor=actor))

    dialog.open_existing.connect(open_existing)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
