"""A clan's households and members, each with their HI status, the coverage against 100% and who to bring in.

Households join from a search among the commune's households and leave with
the member selected; each change is saved at once, audited by the service.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.clans import MODEL_TARGET_BP
from desktop.domain.coverage import DEFAULT_EXPIRING_DAYS, CoverageStatus
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.services import clans as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.clan_figures import ClanFigures, ClanMember, clan_figures, clan_members
from desktop.services.errors import ServiceError
from desktop.views.fields import message_label
from desktop.views.labels import label_text
from desktop.views.participants.table_model import STATUS_COLOURS
from desktop.views.permissions import gate

ALL, TO_BRING_IN, EXPIRING = "all", "to_bring_in", "expiring"
HEADERS_CONTEXT = "ClanMembersTab"


class ClanMembersTab(QWidget):
    """The members table with its filter, the coverage line, and the household controls."""

    households_changed = Signal()

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._today, self._actor = db, today, actor
        self.clan_id: int | None = None
        self.members: list[ClanMember] = []
        self.figures: ClanFigures | None = None

        self.summary_label = QLabel()
        self.summary_label.setObjectName("clanSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.coverage_bar = QProgressBar()
        self.coverage_bar.setObjectName("clanCoverage")
        self.coverage_bar.setRange(0, MODEL_TARGET_BP)
        self.coverage_bar.setMinimumWidth(230)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("clanExpiringDays")
        self.days_spin.setRange(0, 366)
        self.days_spin.setValue(DEFAULT_EXPIRING_DAYS)
        self.days_spin.setSuffix(self.tr(" ngày"))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("clanMemberFilter")
        self.filter_combo.addItem(self.tr("Mọi thành viên"), ALL)
        self.filter_combo.addItem(self.tr("Cần vận động (chưa tham gia, thẻ hết hạn)"), TO_BRING_IN)
        self.filter_combo.addItem(self.tr("Thẻ sắp hết hạn"), EXPIRING)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("clanMembers")
        self.table.setHorizontalHeaderLabels([
            self.tr("Mã hộ"), self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Quan hệ với chủ hộ"),
            self.tr("Thôn, buôn"), self.tr("Điện thoại"), self.tr("Hạn thẻ BHYT"), self.tr("Tình trạng"), "",
        ])
        self.table.setColumnHidden(8, True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 190, 90, 130, 130, 100, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.remove_button = QPushButton(self.tr("Bỏ hộ của người đã chọn khỏi dòng họ"))
        self.remove_button.setObjectName("removeClanHousehold")
        self.remove_button.clicked.connect(self.remove_selected_household)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clanHouseholdSearch")
        self.search_edit.setPlaceholderText(self.tr("Tìm hộ trong xã: mã hộ, tên chủ hộ, thôn, buôn…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("clanHouseholdResults")
        self.results.setFixedHeight(96)
        self.add_button = QPushButton(self.tr("Thêm hộ vào dòng họ"))
        self.add_button.setObjectName("addClanHousehold")
        self.add_button.clicked.connect(self.add_chosen_household)
        self.household_error = message_label("household")
        add_box = QGroupBox(self.tr("Thêm hộ vào dòng họ"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addWidget(self.search_edit)
        add_layout.addWidget(self.results)
        add_row = QHBoxLayout()
        add_row.addWidget(self.household_error, 1)
        add_row.addWidget(self.add_button)
        add_layout.addLayout(add_row)

        head = QHBoxLayout()
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.coverage_bar)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Hiện:")))
        filters.addWidget(self.filter_combo)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Thẻ sắp hết hạn trong")))
        filters.addWidget(self.days_spin)
        filters.addStretch(1)
        filters.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.filter_combo.currentIndexChanged.connect(self._fill_table)
        self.days_spin.valueChanged.connect(self.reload)
        self.results.itemActivated.connect(lambda _item: self.add_chosen_household())
        self.table.itemSelectionChanged.connect(self._apply_permissions)
        self._apply_permissions()

    # --- loading ---------------------------------------------------------------------
    def set_clan(self, clan_id: int | None) -> None:
        self.clan_id = clan_id
        self.setEnabled(clan_id is not None)
        self.reload()
        self.search()

    def reload(self) -> None:
        """Members and figures with today's statuses (the same figures R11 prints)."""
        if self.clan_id is None:
            self.members, self.figures = [], None
            self.summary_label.setText(self.tr("Lưu thông tin dòng họ trước, rồi thêm các hộ."))
            self.coverage_bar.setValue(0)
            self._fill_table()
            return
        days = self.days_spin.value()
        self.members = clan_members(self._db, self.clan_id, self._today, days)
        self.figures = clan_figures(self._db, self._today, [self.clan_id], expiring_days=days)[self.clan_id]
        self._show_summary(self.figures, days)
        self._fill_table()

    def _show_summary(self, figures: ClanFigures, days: int) -> None:
        rate = format_percent(figures.coverage_bp / 100) if figures.members else "—"
        self.summary_label.setText(
            self.tr("{members} thành viên trong {households} hộ; {covered} người có thẻ BHYT: {rate} "
                    "(mục tiêu {target}). Còn {bring} người cần vận động ({never} chưa tham gia, {lapsed} thẻ hết "
                    "hạn); {expiring} thẻ hết hạn trong {days} ngày tới.")
            .replace("{members}", format_int(figures.members)).replace("{households}", format_int(figures.households))
            .replace("{covered}", format_int(figures.covered)).replace("{rate}", rate)
            .replace("{target}", format_percent(MODEL_TARGET_BP / 100, 0))
            .replace("{bring}", format_int(figures.to_bring_in)).replace("{never}", format_int(figures.never))
            .replace("{lapsed}", format_int(figures.lapsed)).replace("{expiring}", format_int(figures.expiring))
            .replace("{days}", str(days)))
        self.coverage_bar.setValue(figures.coverage_bp if figures.members else 0)
        self.coverage_bar.setFormat(self.tr("{rate} / mục tiêu 100%").replace("{rate}", rate))

    def shown_members(self) -> list[ClanMember]:
        wanted = self.filter_combo.currentData()
        if wanted == TO_BRING_IN:
            return [m for m in self.members if m.to_bring_in]
        if wanted == EXPIRING:
            return [m for m in self.members if m.status is CoverageStatus.EXPIRING]
        return self.members

    def _fill_table(self) -> None:
        shown = self.shown_members()
        self.table.setRowCount(len(shown))
        for row, member in enumerate(shown):
            values = (member.household_code, member.full_name, member.birth,
                      self.tr("Chủ hộ") if member.is_head else member.relationship_name, member.village_name,
                      member.phone, format_date(member.card_end), label_text(member.status.label))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.household_id)
                if column == 7:
                    item.setForeground(QBrush(STATUS_COLOURS[member.status]))
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        self._apply_permissions()

    # --- households ------------------------------------------------------------------
    def search(self) -> None:
        """Households of the clan's commune not in it, matching what was typed."""
        self._search_timer.stop()
        self.results.clear()
        if self.clan_id is None:
            return
        for hit in service.find_households(self._db, self.clan_id, self.search_edit.text()):
            label = f"{hit.code} — {hit.head_name or self.tr('(chưa có chủ hộ)')} — {hit.village_name}"
            if hit.clan_name:
                label += " " + self.tr("(đang thuộc dòng họ {name})").replace("{name}", hit.clan_name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)

    def add_chosen_household(self) -> None:
        item = self.results.currentItem()
        if self.clan_id is None or item is None:
            self._household_error(self.tr("Hãy tìm và chọn hộ cần thêm vào dòng họ."))
            return
        try:
            service.add_households(self._db, self._actor, self.clan_id, [int(item.data(Qt.ItemDataRole.UserRole))])
        except (ValidationError, ServiceError) as error:
            self._household_error(str(error))
            return
        self.household_error.hide()
        self._households_changed()

    def selected_household(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def remove_selected_household(self) -> None:
        household = self.selected_household()
        if self.clan_id is None or household is None:
            self._household_error(self.tr("Hãy chọn một thành viên của hộ cần bỏ khỏi dòng họ."))
            return
        try:
            service.remove_household(self._db, self._actor, self.clan_id, household)
        except (ValidationError, ServiceError) as error:
            self._household_error(str(error))
            return
        self.household_error.hide()
        self._households_changed()

    def _households_changed(self) -> None:
        self.reload()
        self.search()
        self.households_changed.emit()

    def _household_error(self, message: str) -> None:
        self.household_error.setText(message)
        self.household_error.show()

    def _apply_permissions(self) -> None:
        self.remove_button.setEnabled(self.selected_household() is not None)
        gate(self._actor, Permission.EDIT_REGISTER, self.add_button, self.remove_button)
