"""Đóng BHYT hộ gia đình: tick who pays now, see each member's premium and the total change live."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
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
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_money
from desktop.domain.numwords import amount_in_words
from desktop.domain.premiums import HOUSEHOLD_HI_MONTHS
from desktop.services import households as service
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.households import HouseholdPlan, HouseholdRecord
from desktop.views import dialogs
from desktop.views.permissions import gate

NAME, CARD, RANK, MONTHLY, TOTAL, LOCAL, PAYABLE, PERIOD = range(8)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _date_of(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class HouseholdPaymentPanel(QWidget):
    """The payment section of the household dialog; ``recorded`` carries the new enrollment ids."""

    recorded = Signal(list)
    plan_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, today: dt.date | None = None,
                 *, actor: Actor) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._record: HouseholdRecord | None = None
        self.plan: HouseholdPlan | None = None
        self.checks: dict[int, QCheckBox] = {}
        today = today or dt.date.today()

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("planTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Đóng lần này"), self.tr("Hạn thẻ hiện tại"), self.tr("Thứ tự"),
            self.tr("Mức đóng/tháng"), self.tr("Số tiền"), self.tr("NSĐP hỗ trợ"), self.tr("Phải nộp"),
            self.tr("Thẻ mới có giá trị"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        for column, width in ((NAME, 200), (CARD, 130), (RANK, 60), (MONTHLY, 115), (TOTAL, 105),
                              (LOCAL, 95), (PAYABLE, 105)):
            self.table.setColumnWidth(column, width)

        self.select_all_button = QPushButton(self.tr("Chọn cả hộ"))
        self.select_all_button.clicked.connect(lambda: self._tick_all(True))
        self.clear_button = QPushButton(self.tr("Bỏ chọn"))
        self.clear_button.clicked.connect(lambda: self._tick_all(False))
        self.months_combo = QComboBox()
        self.months_combo.setObjectName("planMonths")
        for months in HOUSEHOLD_HI_MONTHS:
            self.months_combo.addItem(self.tr("{n} tháng", "", months).replace("{n}", str(months)), months)
        self.months_combo.setCurrentIndex(self.months_combo.findData(12))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("planDate")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("— Chưa chọn —"), None)
        for choice in lookups.agents(db):
            self.agent_combo.addItem(choice.label, choice.value)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("planReceipt")
        self.receipt_edit.setMaxLength(30)
        self.receipt_edit.setPlaceholderText(self.tr("Số biên lai thu tiền"))

        self.total_label = QLabel()
        self.total_label.setObjectName("planTotal")
        self.local_label = QLabel()
        self.payable_label = QLabel()
        self.payable_label.setObjectName("planPayable")
        self.words_label = QLabel()
        self.words_label.setObjectName("planWords")
        self.words_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Ghi nhận đóng tiền"))
        self.record_button.setObjectName("recordPayment")

        ticks = QHBoxLayout()
        ticks.addWidget(QLabel(self.tr("Đánh dấu những thành viên đóng BHYT lần này:")))
        ticks.addStretch(1)
        ticks.addWidget(self.select_all_button)
        ticks.addWidget(self.clear_button)
        form = QFormLayout()
        form.addRow(self.tr("Phương thức đóng:"), self.months_combo)
        form.addRow(self.tr("Ngày đóng (ngày biên lai):"), self.date_edit)
        form.addRow(self.tr("Nhân viên thu:"), self.agent_combo)
        form.addRow(self.tr("Số biên lai:"), self.receipt_edit)
        totals = QGridLayout()
        totals.addWidget(QLabel(self.tr("Tổng số tiền:")), 0, 0)
        totals.addWidget(self.total_label, 0, 1, RIGHT)
        totals.addWidget(QLabel(self.tr("NSĐP hỗ trợ:")), 1, 0)
        totals.addWidget(self.local_label, 1, 1, RIGHT)
        payable_caption = QLabel(self.tr("Hộ phải nộp:"))
        payable_caption.setStyleSheet("font-weight: 600;")
        self.payable_label.setStyleSheet("font-weight: 600; font-size: 15px; color: #0b4f8a;")
        totals.addWidget(payable_caption, 2, 0)
        totals.addWidget(self.payable_label, 2, 1, RIGHT)
        totals.addWidget(self.words_label, 3, 0, 1, 2)
        totals.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(form, 1)
        bottom.addSpacing(24)
        bottom.addLayout(totals, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_button)
        layout.addLayout(record_row)

        self.months_combo.currentIndexChanged.connect(self.update_plan)
        self.date_edit.dateChanged.connect(self.update_plan)
        self.record_button.clicked.connect(self.record_payment)
        gate(self._actor, Permission.EDIT_REGISTER, self.record_button)

    # --- contents --------------------------------------------------------------
    def set_household(self, record: HouseholdRecord | None) -> None:
        """Show the household's members, none ticked."""
        self._record = record
        self.checks.clear()
        self.table.setRowCount(0)
        members = record.members if record else ()
        self.table.setRowCount(len(members))
        state_paid = self.tr("NSNN đóng")
        for row, member in enumerate(members):
            check = QCheckBox(member.full_name)
            check.setObjectName(f"payMember{member.person_id}")
            check.setStyleSheet("QCheckBox { padding-left: 4px; }")
            check.toggled.connect(self.update_plan)
            self.checks[member.person_id] = check
            self.table.setCellWidget(row, NAME, check)
            card = format_date(member.hi_valid_to)
            if member.state_supported:
                card = f"{card} ({state_paid})" if card else state_paid
            self._set(row, CARD, card)
            for column in range(RANK, PERIOD + 1):
                self._set(row, column, "")
        self.update_plan()

    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        if column in (RANK, MONTHLY, TOTAL, LOCAL, PAYABLE):
            item.setTextAlignment(RIGHT if column != RANK else Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, column, item)

    def ticked(self) -> list[int]:
        return [pid for pid, check in self.checks.items() if check.isChecked()]

    def _tick_all(self, checked: bool) -> None:
        for check in self.checks.values():
            check.blockSignals(True)
            check.setChecked(checked)
            check.blockSignals(False)
        self.update_plan()

    def months(self) -> int:
        return int(self.months_combo.currentData())

    # --- the live plan -----------------------------------------------------------
    def update_plan(self) -> None:
        """Recompute every ticked member's premium (a few milliseconds: done on the spot)."""
        self.error_label.clear()
        self.plan = None
        ids = self.ticked()
        if self._record is not None and ids:
            try:
                self.plan = service.household_premium_plan(self._db, self._record.id, ids, self.months(),
                                                           _date_of(self.date_edit))
            except (ValidationError, ServiceError) as error:
                self.error_label.setText(str(error))
        lines = {line.person_id: line for line in self.plan.lines} if self.plan else {}
        members = self._record.members if self._record else ()
        for row, member in enumerate(members):
            line = lines.get(member.person_id)
            if line is None:
                values = ["", "", "", "", "", ""]
            elif line.rank is None:
                values = [self.tr("NSNN đóng"), format_money(0), format_money(0), "", format_money(0), ""]
            else:
                period = f"{format_date(line.valid_from)} – {format_date(line.valid_to)}"
                values = [str(line.rank), format_money(line.monthly), format_money(line.total),
                          format_money(line.local_support) if line.local_support else "",
                          format_money(line.payable), period]
            for column, text in zip(range(RANK, PERIOD + 1), values, strict=True):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(text)
        self._show_totals()
        self.record_button.setEnabled(self.plan is not None and any(line.rank for line in self.plan.lines))
        gate(self._actor, Permission.EDIT_REGISTER, self.record_button)
        self.plan_changed.emit()

    def _show_totals(self) -> None:
        plan = self.plan
        total = plan.total if plan else 0
        local = plan.local_support if plan else 0
        payable = plan.payable if plan else 0
        self.total_label.setText(format_money(total))
        self.local_label.setText(format_money(local))
        self.payable_label.setText(format_money(payable))
        self.words_label.setText(self.tr("Bằng chữ: {words}.").replace("{words}", amount_in_words(payable)))

    # --- recording -----------------------------------------------------------------
    def record_payment(self) -> None:
        if self._record is None or self.plan is None:
            return
        plan, record = self.plan, self._record
        paying = [line for line in plan.lines if line.rank is not None]
        question = (
            self.tr("Ghi nhận hộ {code} đóng BHYT {months} tháng cho {n} người, số tiền {amount}?", "", len(paying))
            .replace("{code}", record.code).replace("{months}", str(plan.months))
            .replace("{n}", str(len(paying))).replace("{amount}", format_money(plan.payable))
        )
        if not dialogs.confirm(self, self.tr("Ghi nhận đóng tiền"), question):
            return
        try:
            created = service.enroll_household(
                self._db, self._actor, record.id, self.ticked(), plan.months, plan.payment_date,
                self.receipt_edit.text(), self.agent_combo.currentData(),
            )
        except ValidationError as error:
            self.error_label.setText(error.message)
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa ghi nhận được"), error.message)
            return
        self.receipt_edit.clear()
        self.recorded.emit(created)
        dialogs.show_info(
            self, self.tr("Đã ghi nhận"),
            self.tr("Đã ghi nhận {n} thẻ BHYT hộ gia đình, số tiền {amount}.")
            .replace("{n}", str(len(created))).replace("{amount}", format_money(plan.payable)),
        )
