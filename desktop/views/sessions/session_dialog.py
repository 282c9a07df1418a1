"""The form of one outreach session: kind, date and time, place, organisers, languages, topic, support."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services import lookups
from desktop.services import sessions as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.clans import clan_choices
from desktop.services.errors import ServiceError
from desktop.services.office import load_office
from desktop.services.sessions import (
    LANGUAGES,
    SESSION_KINDS,
    SessionInput,
    SessionRecord,
    split_languages,
)
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.fields import message_label, show_messages, with_message
from desktop.views.permissions import gate
from desktop.views.sessions.labels import kind_label

SHOWN_LANGUAGES = LANGUAGES[:4]
"""Ticked with a checkbox; any other language is typed in the "Khác" field."""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SessionDialog(QDialog):
    """Create a session (``record=None``) or edit one at the version it was opened with."""

    def __init__(self, db: Database, bus: DataBus, record: SessionRecord | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None, *, actor: Actor,
                 preset: SessionInput | None = None) -> None:
        """``preset`` fills a new session's form (a session held with a clan, from the clan's page)."""
        super().__init__(parent)
        self._db, self._bus, self.record = db, bus, record
        self._actor = actor
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Sửa buổi tuyên truyền") if record else self.tr("Thêm buổi tuyên truyền"))
        self.setMinimumWidth(620)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("sessionKind")
        for kind in SESSION_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("sessionDate")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(today or dt.date.today()))
        self.start_edit = QLineEdit()
        self.start_edit.setObjectName("sessionStart")
        self.start_edit.setPlaceholderText("08:00")
        self.start_edit.setMaximumWidth(80)
        self.end_edit = QLineEdit()
        self.end_edit.setObjectName("sessionEnd")
        self.end_edit.setPlaceholderText("10:30")
        self.end_edit.setMaximumWidth(80)
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("sessionCommune")
        self.commune_combo.addItem(self.tr("— Chọn xã, phường —"), "")
        for choice in lookups.office_communes(db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("sessionVillage")
        self.clan_combo = QComboBox()
        self.clan_combo.setObjectName("sessionClan")
        self.clan_combo.setToolTip(self.tr("Buổi tổ chức với một dòng họ: danh sách mời lập từ thành viên dòng họ "
                                           "chưa có thẻ hoặc thẻ sắp hết hạn, kết quả tính cho dòng họ"))
        self.venue_edit = QLineEdit()
        self.venue_edit.setObjectName("sessionVenue")
        self.venue_edit.setPlaceholderText(self.tr("Nhà văn hóa thôn, buôn; chợ; trụ sở UBND xã…"))
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setObjectName("sessionOrganiser")
        self.organiser_edit.setPlaceholderText(self.tr("Cán bộ BHXH hoặc đơn vị tổ chức"))
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("sessionAgent")
        self.agent_combo.addItem(self.tr("— Không có —"), None)
        for choice in lookups.agents(db):
            self.agent_combo.addItem(choice.label, choice.value)
        self.co_edit = QPlainTextEdit()
        self.co_edit.setObjectName("sessionCoOrganisers")
        self.co_edit.setPlaceholderText(self.tr("UBND xã, trưởng thôn, buôn, Hội Phụ nữ, Hội Nông dân…"))
        self.co_edit.setTabChangesFocus(True)
        self.co_edit.setFixedHeight(54)
        self.language_checks = {name: QCheckBox(name) for name in SHOWN_LANGUAGES}
        self.other_languages_edit = QLineEdit()
        self.other_languages_edit.setObjectName("sessionOtherLanguages")
        self.other_languages_edit.setPlaceholderText(self.tr("Tiếng khác"))
        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("sessionTopic")
        self.support_spin = QSpinBox()
        self.support_spin.setObjectName("sessionSupport")
        self.support_spin.setRange(0, service.MAX_SUPPORT)
        self.support_spin.setSingleStep(10_000)
        self.support_spin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.support_spin.setGroupSeparatorShown(True)
        self.support_spin.setSuffix(" đ")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("sessionNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(54)
        self.errors = {name: message_label() for name in service.FIELDS}

        time_row = QHBoxLayout()
        time_row.addWidget(self.date_edit)
        time_row.addSpacing(12)
        time_row.addWidget(QLabel(self.tr("Từ")))
        time_row.addWidget(self.start_edit)
        time_row.addWidget(QLabel(self.tr("đến")))
        time_row.addWidget(self.end_edit)
        time_row.addStretch(1)
        language_row = QHBoxLayout()
        for check in self.language_checks.values():
            language_row.addWidget(check)
        language_row.addWidget(self.other_languages_edit, 1)

        form = QFormLayout()
        form.addRow(self.tr("Hình thức:"), self._with_error(self.kind_combo, "kind"))
        form.addRow(self.tr("Ngày, giờ:"), self._with_errors(time_row, "held_on", "starts_at", "ends_at"))
        form.addRow(self.tr("Xã, phường:"), self._with_error(self.commune_combo, "commune_code"))
        form.addRow(self.tr("Thôn, buôn:"), self._with_error(self.village_combo, "village_id"))
        form.addRow(self.tr("Dòng họ:"), self._with_error(self.clan_combo, "clan_id"))
        form.addRow(self.tr("Địa điểm:"), self._with_error(self.venue_edit, "venue"))
        form.addRow(self.tr("Người tổ chức:"), self._with_error(self.organiser_edit, "organiser"))
        form.addRow(self.tr("Nhân viên thu phụ trách:"), self._with_error(self.agent_combo, "organiser_agent_id"))
        form.addRow(self.tr("Đơn vị phối hợp:"), self.co_edit)
        form.addRow(self.tr("Ngôn ngữ sử dụng:"), self._with_errors(language_row, "languages"))
        form.addRow(self.tr("Nội dung, chủ đề:"), self._with_error(self.topic_edit, "topic"))
        form.addRow(self.tr("Tiền hỗ trợ mỗi người:"), self._with_error(self.support_spin, "support_per_attendee"))
        form.addRow(self.tr("Ghi chú:"), self.note_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Lưu"))
        save.setObjectName("saveSession")
        save.setDefault(True)
        gate(actor, Permission.EDIT_REGISTER, save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.commune_combo.currentIndexChanged.connect(self._fill_villages)
        self.village_combo.currentIndexChanged.connect(self._suggest_venue)
        self.clan_combo.currentIndexChanged.connect(self._suggest_venue)
        self._fill_villages()
        if record is not None:
            self._show(record.data, record.languages_list)
        elif preset is not None:
            self._show(preset, split_languages(preset.languages))
        else:
            office = load_office(db)
            self.organiser_edit.setText(office.name if office is not None else "")
            self.language_checks["Kinh"].setChecked(True)
        self.kind_combo.setFocus()

    # --- layout helpers ------------------------------------------------------------
    def _with_error(self, widget: QWidget, name: str) -> QWidget:
        return with_message(widget, self.errors[name])

    def _with_errors(self, row: QHBoxLayout, *names: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        for name in names:
            layout.addWidget(self.errors[name])
        return box

    # --- filling ---------------------------------------------------------------------
    def _fill_villages(self) -> None:
        code = self.commune_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("— Cả xã —"), None)
        if code:
            for choice in lookups.villages(self._db, code):
                self.village_combo.addItem(choice.label, choice.value)
        self.village_combo.blockSignals(False)
        self.clan_combo.blockSignals(True)
        self.clan_combo.clear()
        self.clan_combo.addItem(self.tr("— Không —"), None)
        for choice in clan_choices(self._db, code) if code else []:
            self.clan_combo.addItem(choice.label, choice.value)
        self.clan_combo.blockSignals(False)

    def _suggest_venue(self) -> None:
        if self.venue_edit.text().strip():
            return
        if self.clan_combo.currentData() is not None:
            self.venue_edit.setText(self.tr("Nhà trưởng tộc dòng họ {clan}").replace("{clan}", self.clan_combo.currentText()))
        elif self.village_combo.currentData() is not None:
            self.venue_edit.setText(self.tr("Nhà văn hóa {village}").replace("{village}", self.village_combo.currentText()))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _show(self, data: SessionInput, languages: tuple[str, ...]) -> None:
        self._select(self.kind_combo, data.kind)
        if data.held_on is not None:
            self.date_edit.setDate(to_qdate(data.held_on))
        self.start_edit.setText(data.starts_at)
        self.end_edit.setText(data.ends_at)
        self._select(self.commune_combo, data.commune_code)
        self._fill_villages()
        self.venue_edit.setText(data.venue)
        self._select(self.village_combo, data.village_id)
        self._select(self.clan_combo, data.clan_id)
        self.organiser_edit.setText(data.organiser)
        self._select(self.agent_combo, data.organiser_agent_id)
        self.co_edit.setPlainText(data.co_organisers)
        others = []
        for language in languages:
            if language in self.language_checks:
                self.language_checks[language].setChecked(True)
            else:
                others.append(language)
        self.other_languages_edit.setText(", ".join(others))
        self.topic_edit.setText(data.topic)
        self.support_spin.setValue(data.support_per_attendee)
        self.note_edit.setPlainText(data.note)

    # --- saving ------------------------------------------------------------------------
    def values(self) -> SessionInput:
        languages = [name for name, check in self.language_checks.items() if check.isChecked()]
        other = self.other_languages_edit.text().strip()
        return SessionInput(
            kind=str(self.kind_combo.currentData()), held_on=from_qdate(self.date_edit.date()),
            starts_at=self.start_edit.text(), ends_at=self.end_edit.text(),
            commune_code=str(self.commune_combo.currentData() or ""), village_id=self.village_combo.currentData(),
            clan_id=self.clan_combo.currentData(),
            venue=self.venue_edit.text(), organiser=self.organiser_edit.text(),
            organiser_agent_id=self.agent_combo.currentData(), co_organisers=self.co_edit.toPlainText(),
            languages=", ".join([*languages, other] if other else languages), topic=self.topic_edit.text(),
            note=self.note_edit.toPlainText(), support_per_attendee=self.support_spin.value(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        show_messages(self.errors, errors)

    def save(self) -> None:
        data = self.values()
        errors = service.validate_session(data)
        self.show_errors(errors)
        if errors:
            return
        try:
            if self.record is None:
                self.saved_id = service.create_session(self._db, self._actor, data)
            else:
                service.update_session(self._db, self._actor, self.record.id, self.record.version, data)
                self.saved_id = self.record.id
        except ValidationError as error:
            self.show_errors({error.field or "kind": error.message})
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không lưu được"), error.message)
            return
        self._bus.changed.emit("sessions")
        self.accept()
