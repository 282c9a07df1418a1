"""Cần gia hạn: cards and VSI months ending soon or lapsed lately, by agent then village.

The tree is a small QAbstractItemModel over the service's dataclasses (agent
-> village -> person), so tens of thousands of rows cost no Qt item objects.
A double-click (or Enter) on a person opens the enrollment dialog on "Gia hạn".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int
from desktop.domain.participation import SCHEME_LABELS
from desktop.services import expiring as service
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.expiring import ExpiringGroup, ExpiringRow, VillageGroup
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.fields import counted_suffix
from desktop.views.labels import label_text, labelled
from desktop.views.participants.enrollment_dialog import EnrollmentDialog
from desktop.views.permissions import gate
from desktop.views.row_model import header

ModelIndex = QModelIndex | QPersistentModelIndex
VILLAGE_BASE = 1
PERSON_BASE = 1 << 24
"""internalId: 0 for an agent row, VILLAGE_BASE + agent for a village row, PERSON_BASE + village for a person."""
EXPAND_ALL_ROWS = 5_000
DUE_COLOUR = QColor("#b26a00")
LAPSED_COLOUR = QColor("#b71c1c")


HEADERS = [
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Họ và tên")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Ngày sinh")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Điện thoại")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Mã hộ")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Loại hình")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Hạn thẻ / đóng đến")),
    header(QT_TRANSLATE_NOOP("ExpiringModel", "Còn lại")),
]
DAYS_COLUMN = 6


def _counts(due: int, lapsed: int) -> str:
    text = QCoreApplication.translate("ExpiringModel", "{due} sắp hết hạn, {lapsed} đã hết hạn")
    return text.replace("{due}", format_int(due)).replace("{lapsed}", format_int(lapsed))


class ExpiringModel(QAbstractItemModel):
    """Three levels: agent, village, person; group rows span the first column."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[ExpiringGroup] = []
        self._villages: list[tuple[int, int]] = []  # flat village number -> (agent row, village row)
        self._village_numbers: dict[tuple[int, int], int] = {}

    def set_groups(self, groups: list[ExpiringGroup]) -> None:
        self.beginResetModel()
        self.groups = groups
        self._villages = [(a, v) for a, group in enumerate(groups) for v in range(len(group.villages))]
        self._village_numbers = {pair: number for number, pair in enumerate(self._villages)}
        self.endResetModel()

    # --- what an index points at ----------------------------------------------
    def _village(self, index: ModelIndex) -> VillageGroup:
        return self.groups[index.internalId() - VILLAGE_BASE].villages[index.row()]

    def person(self, index: ModelIndex) -> ExpiringRow | None:
        """The person of a person row, else None."""
        if not index.isValid() or index.internalId() < PERSON_BASE:
            return None
        agent, village = self._villages[index.internalId() - PERSON_BASE]
        return self.groups[agent].villages[village].rows[index.row()]

    # --- Qt model API -------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, VILLAGE_BASE + parent.row())
        if parent.internalId() < PERSON_BASE:
            number = self._village_numbers[(parent.internalId() - VILLAGE_BASE, parent.row())]
            return self.createIndex(row, column, PERSON_BASE + number)
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        if index.internalId() < PERSON_BASE:
            return self.createIndex(index.internalId() - VILLAGE_BASE, 0, 0)
        agent, village = self._villages[index.internalId() - PERSON_BASE]
        return self.createIndex(village, 0, VILLAGE_BASE + agent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self.groups)
        if parent.column() != 0:
            return 0
        if parent.internalId() == 0:
            return len(self.groups[parent.row()].villages)
        if parent.internalId() < PERSON_BASE:
            return len(self._village(parent).rows)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(HEADERS)

    def days_text(self, days_left: int) -> str:
        """ "Còn 5 ngày", "Hết hạn hôm nay", "Quá hạn 12 ngày" (a method: lupdate finds plurals only in tr())."""
        if days_left > 0:
            return self.tr("Còn {n} ngày", "", days_left).replace("{n}", str(days_left))
        if days_left == 0:
            return self.tr("Hết hạn hôm nay")
        return self.tr("Quá hạn {n} ngày", "", -days_left).replace("{n}", str(-days_left))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person(index)
        if person is None:
            return self._group_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            values = (person.full_name, person.birth, person.phone, person.household_code, label_text(person.scheme_label),
                      format_date(person.valid_to), self.days_text(person.days_left))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DAYS_COLUMN:
            return QBrush(LAPSED_COLOUR if person.lapsed else DUE_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return person.person_id
        return None

    def _group_data(self, index: ModelIndex, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole or index.column() != 0:
            return None
        if index.internalId() == 0:
            group = self.groups[index.row()]
            name = group.agent_name
            if group.agent_id is None:
                name = QCoreApplication.translate("ExpiringModel", "Chưa có nhân viên thu phụ trách")
            parts = [f"{name} ({group.agent_code})" if group.agent_code else name]
            if group.agent_phone:
                parts.append(group.agent_phone)
            parts.append(_counts(group.due, group.lapsed))
            return " — ".join(parts)
        village = self._village(index)
        name = village.village_name
        if village.village_id is None:
            name = QCoreApplication.translate("ExpiringModel", "Chưa rõ thôn, buôn")
        place = f"{name}, {village.commune_name}" if village.commune_name else name
        return f"{place} — {_counts(village.due, village.lapsed)}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ExpiringModel", HEADERS[section])
        return None


class ExpiringPage(QWidget):
    """Filters (days ahead, days lapsed, agent, commune, scheme), the grouped tree and the totals."""

    loaded = Signal()
    open_person = Signal(int)

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None,
                 today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._today = today or dt.date.today()
        self._background = Background(self)
        self._generation = 0
        self.dialog: EnrollmentDialog | None = None
        self.model = ExpiringModel()

        title = QLabel(self.tr("Danh sách cần gia hạn"))
        title.setObjectName("pageTitle")
        self.ahead_spin = QSpinBox()
        self.ahead_spin.setObjectName("aheadDays")
        self.ahead_spin.setRange(0, 365)
        self.ahead_spin.setValue(service.DEFAULT_AHEAD_DAYS)
        counted_suffix(self.ahead_spin, lambda n: self.tr(" ngày tới", "", n))
        self.lapsed_spin = QSpinBox()
        self.lapsed_spin.setObjectName("lapsedDays")
        self.lapsed_spin.setRange(0, 730)
        self.lapsed_spin.setValue(service.DEFAULT_LAPSED_DAYS)
        counted_suffix(self.lapsed_spin, lambda n: self.tr(" ngày qua", "", n))
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("Mọi nhân viên thu"), None)
        for choice in lookups.agents(db):
            self.agent_combo.addItem(choice.label, choice.value)
        self.commune_combo = QComboBox()
        self.commune_combo.addItem(self.tr("Mọi xã"), None)
        for choice in lookups.office_communes(db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("expiringSchemes")
        self.scheme_combo.addItem(self.tr("BHYT hộ gia đình và BHXH tự nguyện"), service.DEFAULT_SCHEMES)
        for code, name in labelled(SCHEME_LABELS):
            self.scheme_combo.addItem(name, (code,))
        self.scheme_combo.addItem(self.tr("Mọi loại hình"), service.ALL_SCHEMES)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.clicked.connect(self.requery)
        self.renew_button = QPushButton(self.tr("Gia hạn…"))
        self.renew_button.setObjectName("renewSelected")
        gate(actor, Permission.EDIT_REGISTER, self.renew_button)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Sắp hết hạn trong")))
        filters.addWidget(self.ahead_spin)
        filters.addWidget(QLabel(self.tr("hoặc đã hết hạn trong")))
        filters.addWidget(self.lapsed_spin)
        filters.addWidget(self.scheme_combo)
        filters.addWidget(self.agent_combo)
        filters.addWidget(self.commune_combo)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.tree = QTreeView()
        self.tree.setObjectName("expiringTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((270, 90, 110, 120, 150, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.doubleClicked.connect(self._open_index)
        open_action = QAction(self.tr("Gia hạn"), self.tree)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.tree.currentIndex()))
        self.tree.addAction(open_action)
        self.renew_button.clicked.connect(lambda: self._open_index(self.tree.currentIndex()))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("expiringSummary")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.renew_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        for spin in (self.ahead_spin, self.lapsed_spin):
            spin.valueChanged.connect(self.requery)
        for combo in (self.agent_combo, self.commune_combo, self.scheme_combo):
            combo.currentIndexChanged.connect(self.requery)
        bus.changed.connect(self._data_changed)
        self.requery()

    def requery(self) -> None:
        """Load the list off the UI thread; an overtaken result is dropped."""
        self._generation += 1
        generation = self._generation
        today, ahead, lapsed = self._today, self.ahead_spin.value(), self.lapsed_spin.value()
        agent, commune, schemes = (self.agent_combo.currentData(), self.commune_combo.currentData(),
                                   tuple(self.scheme_combo.currentData()))
        self.summary_label.setText(self.tr("Đang tải…"))

        def load() -> list[ExpiringGroup]:
            return service.expiring_list(self._db, today, ahead, lapsed, agent, commune, schemes)

        def show(groups: list[ExpiringGroup]) -> None:
            if generation != self._generation:
                return
            self.model.set_groups(groups)
            for row, group in enumerate(groups):
                agent_index = self.model.index(row, 0)
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                for village_row in range(len(group.villages)):
                    self.tree.setFirstColumnSpanned(village_row, agent_index, True)
            if sum(len(group.rows) for group in groups) <= EXPAND_ALL_ROWS:
                self.tree.expandAll()
            else:
                self.tree.expandToDepth(0)
            due = sum(group.due for group in groups)
            lapsed_count = sum(group.lapsed for group in groups)
            self.summary_label.setText(
                self.tr("Sắp hết hạn: {due} — Đã hết hạn: {lapsed} — Nhấn đúp vào một người để gia hạn.")
                .replace("{due}", format_int(due)).replace("{lapsed}", format_int(lapsed_count)))
            self.loaded.emit()

        self._background.run(load, show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary_label.setText(self.tr("Không truy vấn được cơ sở dữ liệu: {error}").replace("{error}", str(error)))

    def _data_changed(self, topic: str) -> None:
        if topic in ("enrollments", "persons", "households", "office"):
            self.requery()

    def _open_index(self, index: QModelIndex) -> None:
        person = self.model.person(index)
        if person is None:
            if index.isValid():
                self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        self.open_person.emit(person.person_id)
        dialog = EnrollmentDialog(self._db, self._bus, person.person_id, self, today=self._today, actor=self._actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.start_renewal(person.scheme)
        dialog.finished.connect(lambda _result, closed=dialog: self._dialog_closed(closed))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: EnrollmentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def wait_idle(self) -> None:
        """Let the running query finish (tests and screenshots)."""
        self._background.wait()
