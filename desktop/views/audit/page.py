"""Nhật ký thao tác: the audit trail for administrators, filtered, a page at a time, with each change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.services.audit import Actor
from desktop.services.audit_log import (
    PAGE_SIZE,
    AuditChoices,
    AuditFilter,
    AuditResults,
    AuditRow,
    Cursor,
    audit_choices,
    export_audit,
    query_audit,
)
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.fields import tab_chain
from desktop.views.labels import label_text
from desktop.views.row_model import RowListModel, header, row_table

DEFAULT_DAYS = 30
TYPING_PAUSE_MS = 300

COLUMNS: list[tuple[str, Callable[[AuditRow], object]]] = [
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Thời gian")), lambda r: f"{r.at:%d/%m/%Y %H:%M}"),
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Người dùng")), lambda r: r.username),
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Thao tác")), lambda r: label_text(r.action_label)),
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Đối tượng")), lambda r: label_text(r.entity_label)),
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Mã")), lambda r: "" if r.entity_id is None else r.entity_id),
    (header(QT_TRANSLATE_NOOP("AuditTableModel", "Tóm tắt")), lambda r: r.summary),
]
WIDTHS = (125, 110, 120, 150, 60)


class AuditTableModel(RowListModel[AuditRow]):
    """The entries read so far (pages of a few hundred, added as the user asks for more)."""

    def __init__(self) -> None:
        super().__init__("AuditTableModel", COLUMNS, right_aligned=frozenset({4}))

    def append_rows(self, rows: list[AuditRow]) -> None:
        if not rows:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class AuditPage(QWidget):
    """Filter bar, the entries newest first, and the selected entry's fields before and after."""

    results_shown = Signal(int)  # generation whose rows are now on screen
    exported = Signal(int)  # entries written by an export

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._today = today or dt.date.today()
        self._background = Background(self)
        self._generation = 0
        self._next: Cursor | None = None
        self._criteria = AuditFilter()
        self.model = AuditTableModel()

        title = QLabel(self.tr("Nhật ký thao tác"))
        title.setObjectName("pageTitle")
        self.from_edit = QDateEdit(_qdate(self._today - dt.timedelta(days=DEFAULT_DAYS)))
        self.to_edit = QDateEdit(_qdate(self._today))
        for edit, name in ((self.from_edit, "auditFrom"), (self.to_edit, "auditTo")):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setObjectName(name)
        self.user_combo = self._combo("auditUser", self.tr("Mọi người dùng"))
        self.entity_combo = self._combo("auditEntity", self.tr("Mọi loại dữ liệu"))
        self.action_combo = self._combo("auditAction", self.tr("Mọi thao tác"))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("auditText")
        self.text_edit.setPlaceholderText(self.tr("Tìm trong tóm tắt (tên người, tên tệp…)"))
        self.text_edit.setClearButtonEnabled(True)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("auditEntityId")
        self.id_edit.setPlaceholderText(self.tr("Mã"))
        self.id_edit.setToolTip(self.tr("Mã của đối tượng (số hồ sơ, số hộ…)"))
        self.id_edit.setValidator(QIntValidator(0, 2_000_000_000, self.id_edit))
        self.id_edit.setMaximumWidth(80)
        self.text_edit.setMinimumWidth(220)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setToolTip(self.tr("Xuất các mục đang lọc ra tệp .xlsx (việc xuất cũng được ghi nhật ký)"))

        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Từ ngày")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.user_combo)
        filters.addWidget(self.entity_combo)
        filters.addWidget(self.action_combo)
        filters.addWidget(self.text_edit, 1)
        filters.addWidget(self.id_edit)

        self.table = row_table(self.model, "auditTable", WIDTHS)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.more_button = QPushButton(self.tr("Xem thêm"))
        self.more_button.setObjectName("auditMore")
        self.more_button.setToolTip(self.tr("Đọc thêm {n} mục cũ hơn", "", PAGE_SIZE).replace("{n}", format_int(PAGE_SIZE)))
        self.more_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_table = QTableWidget(0, 3)
        self.detail_table.setObjectName("auditChanges")
        self.detail_table.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Trước"), self.tr("Sau")])
        self.detail_table.verticalHeader().setVisible(False)
        self.detail_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail_table.setWordWrap(True)
        detail_header = self.detail_table.horizontalHeader()
        detail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        detail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        detail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail_table, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        tab_chain(self.from_edit, self.to_edit, self.user_combo, self.entity_combo, self.action_combo,
                  self.text_edit, self.id_edit, self.export_button, self.table, self.more_button)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut  # other pages of the window have their own F5
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.text_edit.setFocus(), scope)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh, scope)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.requery)
        self.from_edit.dateChanged.connect(lambda _d: self.requery())
        self.to_edit.dateChanged.connect(lambda _d: self.requery())
        for combo in (self.user_combo, self.entity_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _i: self.requery())
        self.text_edit.textEdited.connect(lambda _t: self._typing.start())
        self.text_edit.returnPressed.connect(self.requery)
        self.id_edit.textEdited.connect(lambda _t: self._typing.start())
        self.id_edit.returnPressed.connect(self.requery)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.export_current)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_detail())
        self._show_detail()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the filter choices and the entries (the trail grows while the page is away)."""
        self._background.run(lambda: audit_choices(self._db, self._actor), self._fill_choices, self._failed)
        self.requery()

    def _fill_choices(self, choices: AuditChoices) -> None:
        combos = (
            (self.user_combo, [(name, name) for name in choices.usernames]),
            (self.entity_combo, [(c.value, label_text(c.label)) for c in choices.entities]),
            (self.action_combo, [(c.value, label_text(c.label)) for c in choices.actions]),
        )
        for combo, items in combos:
            wanted = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            found = combo.findData(wanted) if wanted is not None else 0
            if found < 0:
                combo.addItem(str(wanted), wanted)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        entity_id = self.id_edit.text().strip()
        return AuditFilter(
            date_from=_date(self.from_edit),
            date_to=_date(self.to_edit),
            username=self.user_combo.currentData(),
            entity=self.entity_combo.currentData(),
            action=self.action_combo.currentData(),
            text=self.text_edit.text(),
            entity_id=int(entity_id) if entity_id.isdigit() else None,
        )

    def requery(self) -> None:
        """Read the first page for the filter as it now stands (earlier answers still on their way are dropped)."""
        self._typing.stop()
        self._generation += 1
        generation = self._generation
        criteria = self.current_filter()
        self._criteria = criteria
        self.more_button.setEnabled(False)
        self.count_label.setText(self.tr("Đang đọc nhật ký…"))
        self._background.run(lambda: query_audit(self._db, self._actor, criteria),
                             lambda page: self._show_page(generation, page, replace=True), self._failed)

    def load_more(self) -> None:
        if self._next is None:
            return
        generation, after, criteria = self._generation, self._next, self._criteria
        self.more_button.setEnabled(False)
        self._background.run(lambda: query_audit(self._db, self._actor, criteria, after=after),
                             lambda page: self._show_page(generation, page, replace=False), self._failed)

    def _show_page(self, generation: int, page: AuditResults, replace: bool) -> None:
        if generation != self._generation:
            return
        if replace:
            self.model.set_rows(page.rows)
            if page.rows:
                self.table.selectRow(0)
            self._show_detail()
        else:
            self.model.append_rows(page.rows)
        self._next = page.next
        self.more_button.setEnabled(page.next is not None)
        rows = self.model.rowCount()
        count = format_int(rows)
        if page.next is not None:
            text = self.tr("Đang hiện {n} mục mới nhất; bấm “Xem thêm” để đọc tiếp.", "", rows)
        elif rows:
            text = self.tr("Có {n} mục.", "", rows)
        else:
            text = self.tr("Không có mục nào khớp bộ lọc.")
        self.count_label.setText(text.replace("{n}", count))
        self.results_shown.emit(generation)

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, ServiceError) else str(error)
        self.count_label.setText(self.tr("Không đọc được nhật ký: {error}").replace("{error}", message))

    # --- details -----------------------------------------------------------------------------

    def current_row(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        row = self.current_row()
        self.detail_table.setRowCount(0)
        if row is None:
            self.detail_title.setText(self.tr("Chọn một dòng để xem các thông tin đã thay đổi."))
            return
        self.detail_title.setText(f"<b>{_escaped(label_text(row.action_label))} · {_escaped(label_text(row.entity_label))}</b> — "
                                  f"{_escaped(row.summary)}<br>{row.at:%d/%m/%Y %H:%M:%S}, {_escaped(row.username)}")
        if not row.changes:
            self.detail_title.setText(self.detail_title.text() + "<br><i>"
                                      + self.tr("Thao tác này không ghi thay đổi của từng thông tin.") + "</i>")
        self.detail_table.setRowCount(len(row.changes))
        for number, change in enumerate(row.changes):
            for column, text in enumerate((label_text(change.label), change.before, change.after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail_table.setItem(number, column, item)
        self.detail_table.resizeRowsToContents()

    # --- export ------------------------------------------------------------------------------

    def export_current(self) -> None:
        """The entries matching the filter (all of them, not only those on screen) to .xlsx, off the UI thread."""
        target = dialogs.ask_save_path(self, self.tr("Xuất nhật ký thao tác"),
                                       f"nhat-ky-thao-tac_{self._today:%d-%m-%Y}.xlsx", self.tr("Excel (*.xlsx)"))
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        criteria = self.current_filter()
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Đang xuất…"))

        def done(written: int) -> None:
            self.export_button.setEnabled(True)
            dialogs.show_info(self, self.tr("Đã xuất"),
                              self.tr("Đã xuất {n} mục nhật ký ra tệp {file}.", "", written)
                              .replace("{n}", format_int(written)).replace("{file}", target))
            self.exported.emit(written)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.requery()
            dialogs.show_error(self, self.tr("Không xuất được"),
                               error.message if isinstance(error, ServiceError) else str(error))

        self._background.run(lambda: export_audit(self._db, self._actor, Path(target), criteria), done, failed)

    def wait_idle(self) -> None:
        """Let running queries finish (tests)."""
        self._background.wait()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
