"""Người tham gia: the list a reception desk lives in.

Every keystroke or filter change starts a query off the UI thread: first the
first rows (shown at once), then the full ordered id list (for scrolling and
the count). Results of a superseded query are dropped by generation number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.domain.formatting import format_int
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS
from desktop.services import lookups
from desktop.services import participants as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.exports import export_participants
from desktop.services.participants import FIRST_ROWS, ParticipantFilter, ParticipantRow, SortKey
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.labels import label_text, labelled
from desktop.views.participants.table_model import ParticipantTableModel
from desktop.views.permissions import gate

FULL_LIST_PAUSE_MS = 300


class ParticipantListPage(QWidget):
    """Search box, filters, the table and the count of matching persons."""

    open_person = Signal(int)
    open_enrollments = Signal(int)
    new_person = Signal()
    results_shown = Signal(int)  # generation whose first rows are now on screen
    count_shown = Signal(int)  # generation whose full count is now on screen
    exported = Signal(int)  # persons written by an export

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._background = Background(self)
        self._generation = 0
        self._sort, self._descending = SortKey.NAME, False
        self._today = dt.date.today()
        self.model = ParticipantTableModel(lambda ids: service.rows_by_ids(self._db, ids, self._today))

        title = QLabel(self.tr("Người tham gia"))
        title.setObjectName("pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("participantSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Tìm theo họ tên (gõ có dấu hay không dấu đều được), số CCCD, mã số BHXH, điện thoại, mã hộ…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Thêm người"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_person.emit)
        self.enrollments_button = QPushButton(self.tr("Quá trình tham gia…"))
        self.enrollments_button.setToolTip(self.tr("Tham gia mới, gia hạn hoặc dừng cho người đang chọn (Ctrl+E)"))
        self.enrollments_button.setShortcut(QKeySequence("Ctrl+E"))
        self.enrollments_button.clicked.connect(self._open_enrollments)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.search_edit, 1)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Xuất những người đang hiện (theo bộ lọc) ra tệp .xlsx hoặc .csv"))
        self.export_button.clicked.connect(self.export_current)
        self.mask_ids_check = QCheckBox(self.tr("Che số CCCD, mã số BHXH (chỉ hiện 4 số cuối)"))
        self.mask_ids_check.setObjectName("exportMaskIds")
        self.mask_ids_check.setChecked(True)
        self.mask_ids_check.setToolTip(self.tr("Bỏ chọn khi cần đủ số, ví dụ để chuyển sang phần mềm khác"))
        top.addWidget(self.new_button)
        top.addWidget(self.enrollments_button)
        top.addWidget(self.mask_ids_check)
        top.addWidget(self.export_button)
        gate(actor, Permission.EDIT_REGISTER, self.new_button)
        gate(actor, Permission.EXPORT, self.export_button)

        self.commune_combo = self._combo([(c.value, c.label) for c in lookups.office_communes(db)], self.tr("Mọi xã"))
        self.village_combo = self._combo([], self.tr("Mọi thôn, buôn"))
        self.scheme_combo = self._combo(labelled(SCHEME_LABELS), self.tr("Mọi loại hình"))
        self.status_combo = self._combo([(s, label_text(s.label)) for s in CoverageStatus], self.tr("Mọi tình trạng"))
        self.agent_combo = self._combo([(c.value, c.label) for c in lookups.agents(db)], self.tr("Mọi nhân viên thu"))
        self.ethnic_combo = self._combo([(c.value, c.label) for c in lookups.ethnic_groups(db)], self.tr("Mọi dân tộc"))
        self.category_combo = self._combo(labelled(CATEGORY_LABELS), self.tr("Mọi đối tượng"))
        self.expiry_check = QCheckBox(self.tr("Hạn thẻ từ"))
        self.expires_from = self._date_edit(self._today)
        self.expires_to = self._date_edit(self._today.replace(day=1) + dt.timedelta(days=62))
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QGridLayout()
        for column, widget in enumerate((self.commune_combo, self.village_combo, self.scheme_combo, self.status_combo)):
            filters.addWidget(widget, 0, column)
        for column, widget in enumerate((self.agent_combo, self.ethnic_combo, self.category_combo)):
            filters.addWidget(widget, 1, column)
        expiry = QHBoxLayout()
        expiry.addWidget(self.expiry_check)
        expiry.addWidget(self.expires_from)
        expiry.addWidget(QLabel(self.tr("đến")))
        expiry.addWidget(self.expires_to)
        expiry.addWidget(self.clear_button)
        filters.addLayout(expiry, 1, 3)

        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        for column, width in enumerate((190, 90, 60, 80, 110, 100, 100, 130, 110, 100, 120, 100, 110, 100, 160)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_index)
        open_action = QAction(self.tr("Mở hồ sơ"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(25)
        self._debounce.timeout.connect(self.requery)
        self._pending_full_list: Callable[[], None] | None = None
        self._full_list_timer = QTimer(self)
        self._full_list_timer.setSingleShot(True)
        self._full_list_timer.setInterval(FULL_LIST_PAUSE_MS)
        self._full_list_timer.timeout.connect(self._start_full_list)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.commune_combo.currentIndexChanged.connect(self._commune_changed)
        for combo in (self.village_combo, self.scheme_combo, self.status_combo, self.agent_combo,
                      self.ethnic_combo, self.category_combo):
            combo.currentIndexChanged.connect(self.requery)
        self.expiry_check.toggled.connect(self.requery)
        self.expires_from.dateChanged.connect(self._expiry_dates_changed)
        self.expires_to.dateChanged.connect(self._expiry_dates_changed)
        bus.changed.connect(self._data_changed)
        self.requery()

    # --- building blocks -----------------------------------------------------
    def _combo(self, items: Sequence[tuple[object, str]], everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        return edit

    # --- filters -------------------------------------------------------------
    def current_filter(self) -> ParticipantFilter:
        return ParticipantFilter(
            text=self.search_edit.text(),
            commune_code=self.commune_combo.currentData(),
            village_id=self.village_combo.currentData(),
            scheme=self.scheme_combo.currentData(),
            status=self.status_combo.currentData(),
            agent_id=self.agent_combo.currentData(),
            ethnic_code=self.ethnic_combo.currentData(),
            category=self.category_combo.currentData(),
            expires_from=_date_of(self.expires_from) if self.expiry_check.isChecked() else None,
            expires_to=_date_of(self.expires_to) if self.expiry_check.isChecked() else None,
            today=self._today,
        )

    def show_filtered(self, commune_code: str | None = None, status: CoverageStatus | None = None,
                      scheme: str | None = None) -> None:
        """Show the persons behind a figure elsewhere (a dashboard bar): reset, then set these filters."""
        self._reset_filters_quietly()
        for combo, value in ((self.commune_combo, commune_code), (self.status_combo, status), (self.scheme_combo, scheme)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._commune_changed_quietly()
        self.requery()

    def clear_filters(self) -> None:
        self._reset_filters_quietly()
        self._commune_changed_quietly()
        self.requery()

    def _reset_filters_quietly(self) -> None:
        """Every filter and the search box back to "all", without starting queries."""
        for widget in (self.commune_combo, self.village_combo, self.scheme_combo, self.status_combo,
                       self.agent_combo, self.ethnic_combo, self.category_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for toggle in (self.expiry_check, self.search_edit):
            toggle.blockSignals(True)
        self.expiry_check.setChecked(False)
        self.search_edit.clear()
        for toggle in (self.expiry_check, self.search_edit):
            toggle.blockSignals(False)

    def _commune_changed(self) -> None:
        self._commune_changed_quietly()
        self.requery()

    def _commune_changed_quietly(self) -> None:
        """Refill the village picker for the chosen commune."""
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("Mọi thôn, buôn"), None)
        commune = self.commune_combo.currentData()
        if commune:
            for choice in lookups.villages(self._db, commune):
                self.village_combo.addItem(choice.label, choice.value)
        self.village_combo.blockSignals(False)

    def _expiry_dates_changed(self) -> None:
        if self.expiry_check.isChecked():
            self.requery()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = self.model.sort_key(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.requery()

    # --- querying ------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def requery(self) -> None:
        """Start a new query; earlier ones still running are ignored when they finish."""
        self._debounce.stop()
        self._pending_full_list = None
        self._generation += 1
        generation, spec, sort, descending = self._generation, self.current_filter(), self._sort, self._descending
        self.count_label.setText(self.tr("Đang tìm…"))

        def first_rows() -> tuple[list[int], list[ParticipantRow]] | None:
            if generation != self._generation:  # superseded while queued: skip the work
                return None
            ids = service.matching_ids(self._db, spec, sort, descending, limit=FIRST_ROWS)
            return ids, service.rows_by_ids(self._db, ids, spec.today)

        def all_ids() -> list[int] | None:
            if generation != self._generation:
                return None
            return service.matching_ids(self._db, spec, sort, descending)

        def show_first(result: tuple[list[int], list[ParticipantRow]] | None) -> None:
            if result is None or generation != self._generation:
                return
            ids, rows = result
            self.model.set_ids(ids, rows)
            self.results_shown.emit(generation)
            if len(ids) < FIRST_ROWS:
                self._show_count(generation, len(ids))
            else:
                self.count_label.setText(self.tr("Đang đếm…"))
                self._full_list_after_pause(lambda: self._background.run(all_ids, show_all, self._query_failed))

        def show_all(ids: list[int] | None) -> None:
            if ids is None or generation != self._generation:
                return
            self.model.extend_ids(ids)
            self._show_count(generation, len(ids))

        self._background.run(first_rows, show_first, self._query_failed)

    def _full_list_after_pause(self, start: Callable[[], None]) -> None:
        """The full id list (for scrolling and the count) waits until typing pauses.

        Building it for a common prefix takes hundreds of milliseconds of a core;
        doing that on every keystroke would slow the next keystroke's first rows.
        """
        self._pending_full_list = start
        self._full_list_timer.start()

    def _start_full_list(self) -> None:
        if self._pending_full_list is not None:
            start, self._pending_full_list = self._pending_full_list, None
            start()

    def _show_count(self, generation: int, total: int) -> None:
        self.count_label.setText(self.tr("Tìm thấy {n} người", "", total).replace("{n}", format_int(total)))
        self.count_shown.emit(generation)

    def _query_failed(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("Không truy vấn được cơ sở dữ liệu: {error}").replace("{error}", str(error)))

    def _data_changed(self, topic: str) -> None:
        if topic in ("persons", "enrollments", "households", "office"):
            self.model.refresh_rows()
            self.requery()

    def export_current(self) -> None:
        """The persons matching the current search and filters, to .xlsx (or .csv), off the UI thread."""
        target = dialogs.ask_save_path(self, self.tr("Xuất danh sách người tham gia"), "nguoi-tham-gia.xlsx",
                                       self.tr("Excel (*.xlsx);;CSV UTF-8 (*.csv)"))
        if not target:
            return
        spec = self.current_filter()
        mask_ids = self.mask_ids_check.isChecked()
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Đang xuất…"))

        def done(written: int) -> None:
            self.export_button.setEnabled(True)
            self._show_count(self._generation, self.model.rowCount())
            dialogs.show_info(self, self.tr("Đã xuất"),
                              self.tr("Đã xuất {n} người ra tệp {file}.", "", written).replace("{n}", format_int(written))
                              .replace("{file}", target))
            self.exported.emit(written)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show_count(self._generation, self.model.rowCount())
            dialogs.show_error(self, self.tr("Không xuất được"), str(error))

        self._background.run(
            lambda: export_participants(self._db, self._actor, Path(target), spec, mask_ids=mask_ids), done, failed
        )

    def _open_enrollments(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_enrollments.emit(self.model.person_id(index.row()))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person.emit(self.model.person_id(index.row()))

    def wait_idle(self) -> None:
        """Let running queries finish (used by tests and the benchmark)."""
        self._background.wait()


def _date_of(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())
