"""Quá trình tham gia: a person's enrollment history, and a form to add, renew or stop one.

The amounts and the period a payment buys are recomputed on every change of
the form (quote_enrollment takes milliseconds), so the desk reads them to the
participant before saving. Validation messages appear under the field concerned.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_int, format_money
from desktop.domain.numwords import amount_in_words
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS
from desktop.domain.periods import HI_WAITING_DAYS
from desktop.domain.premiums import vsi_income_bounds
from desktop.services import enrollments as service
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.enrollments import (
    ACTIVE,
    EnrollmentQuote,
    EnrollmentRequest,
    EnrollmentRow,
    PersonCoverage,
)
from desktop.services.errors import ConcurrentEditError, ServiceError
from desktop.services.rates import load_rate_table
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.fields import message_label, show_messages, tab_chain, with_message
from desktop.views.labels import label_text, labelled
from desktop.views.permissions import gate

ADD, RENEW, STOP = range(3)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FORM_FIELDS = ("scheme", "payment_date", "months", "chosen_income", "agent_id", "session_id", "receipt_no")
STOP_FIELDS = ("stop_date", "reason")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_of(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def parse_money(text: str) -> int | None:
    """ "1.500.000", "1 500 000 đ" or "1500000" -> 1500000; empty -> None."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in ".,đ")
    if not digits:
        return None
    if not (digits.isascii() and digits.isdigit()):
        raise ValidationError(QCoreApplication.translate("EnrollmentDialog", "Mức thu nhập chỉ gồm chữ số, ví dụ 1.500.000."),
                              "chosen_income")
    return int(digits)


class EnrollmentDialog(QDialog):
    """History table above; below, the action (new, renewal, stop) and its form."""

    saved = Signal(int)  # enrollment id added, renewed or stopped
    quote_shown = Signal()

    def __init__(self, db: Database, bus: DataBus, person_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._person_id = db, bus, person_id
        self._actor = actor
        self._today = today or dt.date.today()
        self.person: PersonCoverage | None = None
        self.rows: list[EnrollmentRow] = []
        self.quote: EnrollmentQuote | None = None
        self.resize(1080, 720)

        self.header_label = QLabel()
        self.header_label.setObjectName("personHeader")
        self.header_label.setWordWrap(True)
        self.history = QTableWidget(0, 13)
        self.history.setObjectName("enrollmentHistory")
        self.history.setHorizontalHeaderLabels([
            self.tr("Loại hình"), self.tr("Từ ngày"), self.tr("Đến ngày"), self.tr("Số tháng"),
            self.tr("Thứ tự trong hộ"), self.tr("Phải đóng"), self.tr("Người tham gia nộp"), self.tr("NSNN hỗ trợ"),
            self.tr("NSĐP hỗ trợ"), self.tr("Số biên lai"), self.tr("Ngày biên lai"), self.tr("Nhân viên thu"),
            self.tr("Tình trạng"),
        ])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 82, 82, 60, 95, 90, 120, 90, 90, 85, 85, 130)):
            self.history.setColumnWidth(column, width)
        self.history.itemSelectionChanged.connect(self._selection_changed)

        self.add_radio = QRadioButton(self.tr("&Tham gia mới"))
        self.renew_radio = QRadioButton(self.tr("&Gia hạn"))
        self.stop_radio = QRadioButton(self.tr("&Dừng tham gia"))
        self.action_group = QButtonGroup(self)
        for index, radio in enumerate((self.add_radio, self.renew_radio, self.stop_radio)):
            self.action_group.addButton(radio, index)
        self.add_radio.setChecked(True)
        action_row = QHBoxLayout()
        action_row.addWidget(QLabel(self.tr("Thao tác:")))
        for radio in (self.add_radio, self.renew_radio, self.stop_radio):
            action_row.addWidget(radio)
        action_row.addStretch(1)

        self.errors = {field: message_label() for field in (*FORM_FIELDS, *STOP_FIELDS)}
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_payment_page())
        self.stack.addWidget(self._build_stop_page())

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLine")
        self.status_label.setStyleSheet("color: #1b5e20;")
        self.save_button = QPushButton(self.tr("Ghi nhận"))
        self.save_button.setObjectName("saveEnrollment")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        gate(actor, Permission.EDIT_REGISTER, self.save_button)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        history_box = QGroupBox(self.tr("Quá trình tham gia"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(history_box, 1)
        layout.addLayout(action_row)
        layout.addWidget(self.stack)
        layout.addLayout(buttons)

        self.action_group.idToggled.connect(self._action_toggled)
        self.reload()
        first = self.person.last_scheme if self.person and self.person.last_scheme else "HI-HH"
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(first)))
        self._scheme_changed()

    def start_renewal(self, scheme: str | None = None) -> None:
        """Open on "Gia hạn" of ``scheme`` (from the renewal list) when the person has something to renew."""
        if self.renew_radio.isEnabled():
            self.renew_radio.setChecked(True)
        if scheme is not None:
            self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(scheme)))

    # --- building ----------------------------------------------------------------
    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        return with_message(widget, self.errors[field])

    def _build_payment_page(self) -> QWidget:
        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("scheme")
        for code, scheme_label in labelled(SCHEME_LABELS):
            self.scheme_combo.addItem(scheme_label, code)
        self.date_edit = _date_edit(self._today)
        self.date_edit.setObjectName("paymentDate")
        self.date_edit.setMaximumWidth(160)
        self.months_combo = QComboBox()
        self.months_combo.setObjectName("months")
        self.income_edit = QLineEdit()
        self.income_edit.setObjectName("chosenIncome")
        self.income_edit.setPlaceholderText(self.tr("ví dụ 1.500.000"))
        self.income_hint = QLabel()
        self.income_hint.setObjectName("hint")
        self.income_hint.setStyleSheet("color: #616161;")
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("agent")
        self.agent_combo.addItem(self.tr("— Chưa chọn —"), None)
        for choice in lookups.agents(self._db):
            self.agent_combo.addItem(choice.label, choice.value)
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session")
        self.session_combo.addItem(self.tr("— Không —"), None)
        for choice in service.session_choices(self._db):
            self.session_combo.addItem(choice.label, choice.value)
        self.session_combo.setMaximumWidth(420)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("receiptNo")
        self.receipt_edit.setMaxLength(service.RECEIPT_NO_MAX)
        self.funding_combo = QComboBox()
        self.funding_combo.setEditable(True)
        for funding in service.FUNDING_CHOICES:  # shown translated, kept in Vietnamese (printed on the forms)
            self.funding_combo.addItem(label_text(funding), funding)

        income = QWidget()
        income_layout = QVBoxLayout(income)
        income_layout.setContentsMargins(0, 0, 0, 0)
        income_layout.setSpacing(2)
        income_layout.addWidget(self.income_edit)
        income_layout.addWidget(self.income_hint)
        income_layout.addWidget(self.errors["chosen_income"])
        form = QFormLayout()
        form.addRow(self.tr("Loại hình:"), self._with_error(self.scheme_combo, "scheme"))
        form.addRow(self.tr("Ngày biên lai:"), self._with_error(self.date_edit, "payment_date"))
        form.addRow(self.tr("Số tháng đóng:"), self._with_error(self.months_combo, "months"))
        self.income_caption = QLabel(self.tr("Mức thu nhập lựa chọn:"))
        form.addRow(self.income_caption, income)
        form.addRow(self.tr("Số biên lai:"), self._with_error(self.receipt_edit, "receipt_no"))
        form.addRow(self.tr("Nhân viên thu:"), self._with_error(self.agent_combo, "agent_id"))
        form.addRow(self.tr("Buổi tuyên truyền:"), self._with_error(self.session_combo, "session_id"))
        form.addRow(self.tr("Nguồn đóng:"), self.funding_combo)

        self.amount_labels: dict[str, QLabel] = {}
        amounts = QFormLayout()
        for key, caption in (
            ("period", self.tr("Thời hạn:")), ("rank", self.tr("Thứ tự trong hộ:")),
            ("monthly", self.tr("Mức đóng/tháng:")), ("due", self.tr("Số tiền phải đóng:")),
            ("state", self.tr("NSNN hỗ trợ:")), ("local", self.tr("NSĐP hỗ trợ:")),
            ("payable", self.tr("Người tham gia nộp:")),
        ):
            label = QLabel()
            label.setObjectName(f"quote_{key}")
            if key != "period":
                label.setAlignment(RIGHT)
            if key == "payable":
                label.setStyleSheet("font-weight: 600; font-size: 15px; color: #0b4f8a;")
            self.amount_labels[key] = label
            amounts.addRow(caption, label)
        self.words_label = QLabel()
        self.words_label.setObjectName("quote_words")
        self.words_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("quote_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #8a5a00;")
        amounts.addRow(self.words_label)
        amounts.addRow(self.note_label)
        amount_box = QGroupBox(self.tr("Số tiền và thời hạn"))
        amount_box.setLayout(amounts)

        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(form, 3)
        row.addWidget(amount_box, 2)

        self.scheme_combo.currentIndexChanged.connect(self._scheme_changed)
        self.months_combo.currentIndexChanged.connect(self.update_quote)
        self.date_edit.dateChanged.connect(self.update_quote)
        self.income_edit.textChanged.connect(self.update_quote)
        self.income_edit.editingFinished.connect(self._tidy_income)
        tab_chain(self.scheme_combo, self.date_edit, self.months_combo, self.income_edit, self.receipt_edit,
                  self.agent_combo, self.session_combo, self.funding_combo)
        return page

    def _build_stop_page(self) -> QWidget:
        self.stop_target = QLabel()
        self.stop_target.setObjectName("stopTarget")
        self.stop_target.setWordWrap(True)
        self.stop_date_edit = _date_edit(self._today)
        self.stop_date_edit.setObjectName("stopDate")
        self.stop_date_edit.setMaximumWidth(160)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("stopReason")
        self.reason_edit.setPlaceholderText(self.tr("Ví dụ: chuyển sang tham gia BHYT theo nơi làm việc"))
        form = QFormLayout()
        form.addRow(self.tr("Lượt tham gia:"), self.stop_target)
        form.addRow(self.tr("Tham gia đến hết ngày:"), self._with_error(self.stop_date_edit, "stop_date"))
        form.addRow(self.tr("Lý do dừng:"), self._with_error(self.reason_edit, "reason"))
        page = QWidget()
        page.setLayout(form)
        return page

    # --- loading -------------------------------------------------------------------
    def reload(self) -> None:
        """Read the person and the history again (after a save, or another desk's change)."""
        try:
            self.person = service.load_person_coverage(self._db, self._person_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không mở được hồ sơ"), error.message)
            return
        self.rows = service.list_enrollments(self._db, self._person_id)
        person = self.person
        self.setWindowTitle(self.tr("Quá trình tham gia — {name}").replace("{name}", person.full_name))
        facts = [f"<b>{html.escape(person.full_name)}</b>"]
        if person.birth_year:
            facts.append(self.tr("sinh năm {year}").replace("{year}", str(person.birth_year)))
        facts.append(self.tr("Đối tượng: {category}").replace(
            "{category}", label_text(CATEGORY_LABELS.get(person.category, person.category))))
        if person.household_code:
            facts.append(self.tr("Mã hộ: {code}").replace("{code}", html.escape(person.household_code)))
        coverage = []
        if person.hi_valid_to:
            coverage.append(self.tr("{scheme}: thẻ hạn đến {date}").replace(
                "{scheme}", label_text(SCHEME_LABELS.get(person.hi_scheme or "", ""))).replace(
                "{date}", format_date(person.hi_valid_to)))
        if person.vsi_paid_to:
            coverage.append(self.tr("BHXH tự nguyện: đã đóng đến {date}").replace(
                "{date}", format_date(person.vsi_paid_to)))
        if not coverage:
            coverage.append(self.tr("Chưa có lượt tham gia nào."))
        self.header_label.setText(" — ".join(facts) + "<br>" + "; ".join(coverage))
        self._fill_history()
        self.renew_radio.setEnabled(person.last_scheme is not None)
        self.stop_radio.setEnabled(any(row.status == ACTIVE for row in self.rows))
        checked = self.action_group.checkedButton()
        if checked is None or not checked.isEnabled():
            self.add_radio.setChecked(True)
        if person.last_agent_id is not None and self.agent_combo.currentData() is None:
            self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(person.last_agent_id)))
        self.update_quote()

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = [
                label_text(row.scheme_label), format_date(row.valid_from), format_date(row.valid_to), str(row.months),
                str(row.household_rank or ""), format_money(row.amount_due), format_money(row.amount_paid),
                format_money(row.state_support), format_money(row.local_support), row.receipt_no,
                format_date(row.receipt_date), row.agent_name,
                label_text(row.status_label) + (self.tr(" (gia hạn)") if row.is_renewal else ""),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if 3 <= column <= 8:
                    item.setTextAlignment(RIGHT)
                if row.status != ACTIVE:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.history.setItem(index, column, item)
        self.history.resizeColumnsToContents()
        active = next((i for i, row in enumerate(self.rows) if row.status == ACTIVE), None)
        if active is not None:
            self.history.selectRow(active)
        self._selection_changed()

    # --- the form ------------------------------------------------------------------
    def action(self) -> int:
        return self.action_group.checkedId()

    def scheme(self) -> str:
        return str(self.scheme_combo.currentData())

    def _action_toggled(self, action: int, checked: bool) -> None:
        if not checked:
            return
        self.stack.setCurrentIndex(1 if action == STOP else 0)
        self.save_button.setText(self.tr("Dừng tham gia") if action == STOP else self.tr("Ghi nhận"))
        if action == RENEW and self.person is not None and self.person.last_scheme:
            self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(self.person.last_scheme)))
        self.update_quote()

    def _scheme_changed(self) -> None:
        scheme = self.scheme()
        previous = self.months_combo.currentData()
        self.months_combo.blockSignals(True)
        self.months_combo.clear()
        for months in service.months_for(scheme):
            self.months_combo.addItem(self.tr("{n} tháng", "", months).replace("{n}", str(months)), months)
        wanted = previous if previous in service.months_for(scheme) else 12
        self.months_combo.setCurrentIndex(max(0, self.months_combo.findData(wanted)))
        self.months_combo.blockSignals(False)
        vsi = scheme == "VSI"
        self.income_caption.setVisible(vsi)
        self.income_edit.setVisible(vsi)
        self.income_hint.setVisible(vsi)
        if vsi and not self.income_edit.text():
            self.income_edit.blockSignals(True)
            self.income_edit.setText(format_int(self._default_income()))
            self.income_edit.blockSignals(False)
        self.funding_combo.setCurrentIndex(self.funding_combo.findData(service.DEFAULT_FUNDING[scheme]))
        self.update_quote()

    def _default_income(self) -> int:
        """The last income chosen, else the lowest allowed (what most people choose)."""
        if self.person is not None and self.person.last_vsi_income:
            return self.person.last_vsi_income
        try:
            return vsi_income_bounds(_date_of(self.date_edit), load_rate_table(self._db))[0]
        except ValidationError:
            return 0

    def _tidy_income(self) -> None:
        try:
            value = parse_money(self.income_edit.text())
        except ValidationError:
            return
        if value is not None:
            self.income_edit.blockSignals(True)
            self.income_edit.setText(format_int(value))
            self.income_edit.blockSignals(False)

    def request(self) -> EnrollmentRequest:
        """The form as a request; raises ValidationError for an unreadable income."""
        scheme = self.scheme()
        return EnrollmentRequest(
            scheme=scheme,
            payment_date=_date_of(self.date_edit),
            months=int(self.months_combo.currentData()),
            chosen_income=parse_money(self.income_edit.text()) if scheme == "VSI" else None,
            receipt_no=self.receipt_edit.text(),
            agent_id=self.agent_combo.currentData(),
            session_id=self.session_combo.currentData(),
            funding_source=self._funding_source(),
        )

    def _funding_source(self) -> str:
        """A listed source in Vietnamese whatever the interface language; a typed one as typed."""
        listed = self.funding_combo.findText(self.funding_combo.currentText())
        return str(self.funding_combo.itemData(listed)) if listed >= 0 else self.funding_combo.currentText()

    def _show_error(self, error: ValidationError | None) -> None:
        show_messages(self.errors, {error.field: error.message} if error is not None and error.field else {})

    def update_quote(self) -> None:
        """Recompute the amounts and the period for what the form says now."""
        if self.action() == STOP or self.months_combo.count() == 0:
            return
        self.quote = None
        error: ValidationError | None = None
        self._show_income_bounds()
        try:
            self.quote = service.quote_enrollment(self._db, self.request(), self._person_id)
        except ValidationError as caught:
            error = caught
        except ServiceError as caught:
            error = ValidationError(caught.message)
        self._show_error(error)
        self._show_quote(self.quote, error)
        self.quote_shown.emit()

    def _show_income_bounds(self) -> None:
        if self.scheme() != "VSI":
            return
        try:
            low, high = vsi_income_bounds(_date_of(self.date_edit), load_rate_table(self._db))
        except ValidationError:
            self.income_hint.clear()
            return
        self.income_hint.setText(self.tr("Từ {low} đến {high} mỗi tháng.").replace(
            "{low}", format_money(low)).replace("{high}", format_money(high)))

    def _show_quote(self, quote: EnrollmentQuote | None, error: ValidationError | None) -> None:
        labels = self.amount_labels
        if quote is None:
            for label in labels.values():
                label.clear()
            self.words_label.clear()
            unplaced = error is not None and error.field not in self.errors
            self.note_label.setText(error.message if error is not None and unplaced else "")
            return
        labels["period"].setText(self.tr("từ {start} đến {end}").replace(
            "{start}", format_date(quote.valid_from)).replace("{end}", format_date(quote.valid_to)))
        labels["rank"].setText(str(quote.household_rank) if quote.household_rank else "—")
        labels["monthly"].setText(format_money(quote.monthly))
        labels["due"].setText(format_money(quote.amount_due))
        labels["state"].setText(format_money(quote.state_support))
        labels["local"].setText(format_money(quote.local_support))
        labels["payable"].setText(format_money(quote.amount_payable))
        self.words_label.setText(self.tr("Bằng chữ: {words}.").replace(
            "{words}", amount_in_words(quote.amount_payable)))
        if quote.waiting:
            note = self.tr("Tham gia lần đầu hoặc gián đoạn từ 3 tháng trở lên: thẻ có giá trị sau {days} ngày "
                           "kể từ ngày đóng.", "", HI_WAITING_DAYS).replace("{days}", str(HI_WAITING_DAYS))
        elif quote.continues and quote.previous_valid_to:
            note = self.tr("Nối tiếp thời hạn cũ (hết ngày {date}).").replace(
                "{date}", format_date(quote.previous_valid_to))
        else:
            note = ""
        if quote.scheme == "VSI" and quote.supported_months < quote.months:
            note += " " + self.tr("Chỉ {n} tháng được NSNN hỗ trợ (tối đa 120 tháng).", "", quote.supported_months).replace(
                "{n}", str(quote.supported_months))
        self.note_label.setText(note.strip())

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is None:
            self.stop_target.setText(self.tr("Hãy chọn một lượt tham gia còn hiệu lực trong bảng trên."))
            return
        self.stop_target.setText(self.tr("{scheme}, từ {start} đến {end} ({status})")
                                 .replace("{scheme}", label_text(row.scheme_label))
                                 .replace("{start}", format_date(row.valid_from))
                                 .replace("{end}", format_date(row.valid_to))
                                 .replace("{status}", label_text(row.status_label)))

    def selected_row(self) -> EnrollmentRow | None:
        index = self.history.currentRow()
        selected = self.history.selectionModel().selectedRows()
        if not selected or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    # --- saving --------------------------------------------------------------------
    def save(self) -> None:
        self.status_label.clear()
        if self.action() == STOP:
            self._stop()
            return
        actor = self._actor
        try:
            request = self.request()
            if self.action() == RENEW:
                saved = service.renew_enrollment(self._db, actor, self._person_id, request.scheme, request)
            else:
                saved = service.add_enrollment(self._db, actor, self._person_id, request)
        except ValidationError as error:
            if error.field in self.errors:
                self._show_error(error)
            else:
                dialogs.show_error(self, self.tr("Chưa ghi nhận được"), error.message)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa ghi nhận được"), error.message)
            return
        quote = self.quote
        self.receipt_edit.clear()
        self._bus.changed.emit("enrollments")
        self.reload()
        if quote is not None:
            self.status_label.setText(self.tr("Đã ghi nhận: {scheme} từ {start} đến {end}, nộp {amount}.")
                                      .replace("{scheme}", label_text(SCHEME_LABELS[quote.scheme]))
                                      .replace("{start}", format_date(quote.valid_from))
                                      .replace("{end}", format_date(quote.valid_to))
                                      .replace("{amount}", format_money(quote.amount_payable)))
        self.saved.emit(saved)

    def _stop(self) -> None:
        row = self.selected_row()
        if row is None or row.status != ACTIVE:
            self._show_error(ValidationError(self.tr("Hãy chọn một lượt tham gia còn hiệu lực."), "stop_date"))
            return
        stop_date = _date_of(self.stop_date_edit)
        question = self.tr("Dừng {scheme} của {name}? Thẻ còn giá trị đến hết ngày {date}.") \
            .replace("{scheme}", label_text(row.scheme_label)).replace("{name}", self.person.full_name if self.person else "") \
            .replace("{date}", format_date(stop_date))
        if not dialogs.confirm(self, self.tr("Dừng tham gia"), question):
            return
        try:
            service.stop_enrollment(self._db, self._actor, row.id, row.version, stop_date, self.reason_edit.text())
        except ValidationError as error:
            self._show_error(error)
            return
        except ConcurrentEditError as error:
            dialogs.show_error(self, self.tr("Chưa dừng được"), error.message)
            self.reload()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa dừng được"), error.message)
            return
        self._show_error(None)
        self.reason_edit.clear()
        self._bus.changed.emit("enrollments")
        self.reload()
        self.status_label.setText(self.tr("Đã dừng tham gia."))
        self.saved.emit(row.id)
