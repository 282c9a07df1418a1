"""Chỉ tiêu: the grid of targets for one period (rows = agents, communes or the office; columns = metrics)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services import targets as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.targets import RowKey, TargetCell, TargetGrid
from desktop.views import dialogs
from desktop.views.agents.period_picker import PeriodPicker
from desktop.views.bus import DataBus
from desktop.views.permissions import gate

ERROR_BRUSH = QBrush(QColor("#f8d7da"))
FIXED_COLUMNS = 2


def metric_header(metric: str) -> str:
    """Column titles for the metrics in the targets grid."""
    return {
        "new_vsi": QCoreApplication.translate("TargetsTab", "BHXH tự nguyện\nphát triển mới"),
        "new_hi_hh": QCoreApplication.translate("TargetsTab", "BHYT hộ gia đình\nphát triển mới"),
        "renewals": QCoreApplication.translate("TargetsTab", "Tái tục"),
        "hi_coverage": QCoreApplication.translate("TargetsTab", "Tỷ lệ bao phủ\nBHYT (%)"),
        "vsi_share": QCoreApplication.translate("TargetsTab", "Tỷ lệ tham gia\nBHXH TN (%)"),
    }[metric]


def scope_combo(name: str) -> QComboBox:
    """Whose targets: each agent, each commune, or the whole office (the targets and progress tabs)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("TargetsTab", "Theo đại lý thu"), "agent")
    combo.addItem(QCoreApplication.translate("TargetsTab", "Theo xã"), "commune")
    combo.addItem(QCoreApplication.translate("TargetsTab", "Toàn đơn vị"), "office")
    return combo


class TargetsTab(QWidget):
    """Enter, copy or import the targets of a period."""

    saved = Signal()

    def __init__(self, db: Database, bus: DataBus, today: dt.date | None = None, parent: QWidget | None = None,
                 *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._grid: TargetGrid | None = None
        self._loading = False
        self.errors: dict[tuple[int, int], str] = {}
        self.picker = PeriodPicker(today)
        self.scope = scope_combo("targetScope")
        scope_label = QLabel(self.tr("&Phạm vi:"))
        scope_label.setBuddy(self.scope)
        self.table = QTableWidget()
        self.table.setObjectName("targetGrid")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.itemChanged.connect(self._cell_changed)
        self.message = QLabel("")
        self.message.setObjectName("targetMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu chỉ tiêu"))
        self.save_button.setObjectName("saveTargets")
        self.save_button.setToolTip(self.tr("Lưu các ô đã sửa (Ctrl+S)"))
        self.copy_button = QPushButton(self.tr("Sao chép &kỳ trước"))
        self.copy_button.setObjectName("copyPrevious")
        self.copy_button.setToolTip(self.tr("Điền các ô còn trống bằng chỉ tiêu của kỳ trước"))
        self.import_button = QPushButton(self.tr("&Nhập từ Excel…"))
        self.import_button.setObjectName("importTargets")
        self.reload_button = QPushButton(self.tr("&Tải lại"))
        self.reload_button.setObjectName("reloadTargets")
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        hint = QLabel(self.tr("Số người ghi số nguyên; tỷ lệ ghi phần trăm, ví dụ 95,5. Để trống là không giao chỉ tiêu."))
        hint.setStyleSheet("color: #4a5963;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.picker.changed.connect(lambda _p: self.load())
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy_previous)
        self.import_button.clicked.connect(self.import_file)
        self.reload_button.clicked.connect(self.load)
        if gate(actor, Permission.EDIT_PLAN, self.save_button, self.copy_button):
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        else:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        gate(actor, Permission.IMPORT, self.import_button)
        self.load()

    @property
    def scope_kind(self) -> str:
        return str(self.scope.currentData())

    # --- grid --------------------------------------------------------------
    def load(self) -> None:
        """Show the stored targets of the chosen period and scope (small: read on the UI thread)."""
        grid = service.load_grid(self._db, self.picker.period, self.scope_kind)
        self._grid = grid
        self._loading = True
        self.errors.clear()
        self.table.clear()
        self.table.setColumnCount(FIXED_COLUMNS + len(grid.metrics))
        self.table.setRowCount(len(grid.rows))
        headers = [self.tr("Mã"), self.tr("Tên")] + [metric_header(m) for m in grid.metrics]
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(grid.rows):
            for c, text in enumerate((row.code, row.name)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
            for m, metric in enumerate(grid.metrics):
                item = QTableWidgetItem(service.format_target(metric, grid.values.get((row.key, metric))))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, FIXED_COLUMNS + m, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._loading = False
        empty = not grid.rows
        self.message.setText(self.tr("Chưa có đại lý thu nào đang làm việc trong kỳ này.") if empty else "")
        self.message.setStyleSheet("")

    def cell_item(self, key: RowKey, metric: str) -> QTableWidgetItem | None:
        assert self._grid is not None
        rows = [r for r, row in enumerate(self._grid.rows) if row.key == key]
        if not rows or metric not in self._grid.metrics:
            return None
        return self.table.item(rows[0], FIXED_COLUMNS + self._grid.metrics.index(metric))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self._grid is None or item.column() < FIXED_COLUMNS:
            return
        metric = self._grid.metrics[item.column() - FIXED_COLUMNS]
        try:
            service.parse_target(metric, item.text())
        except ValidationError as error:
            self.errors[(item.row(), item.column())] = error.message
            item.setBackground(ERROR_BRUSH)
            item.setToolTip(error.message)
        else:
            self.errors.pop((item.row(), item.column()), None)
            item.setBackground(QBrush())
            item.setToolTip("")
        self._show_errors()

    def _show_errors(self) -> None:
        if not self.errors or self._grid is None:
            self.message.setText("")
            self.message.setStyleSheet("")
            return
        (row, column), text = sorted(self.errors.items())[0]
        name = self._grid.rows[row].name
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setText(self.tr("%1, cột %2: %3").replace("%1", name)
                             .replace("%2", self._column_title(column))
                             .replace("%3", text))

    def _column_title(self, column: int) -> str:
        item = self.table.horizontalHeaderItem(column)
        return item.text().replace("\n", " ") if item else ""

    def changed_cells(self) -> list[TargetCell]:
        """The cells whose value differs from what was loaded (raises ValidationError on a bad one)."""
        assert self._grid is not None
        cells = []
        for r, row in enumerate(self._grid.rows):
            for m, metric in enumerate(self._grid.metrics):
                item = self.table.item(r, FIXED_COLUMNS + m)
                value = service.parse_target(metric, item.text() if item else "")
                if value != self._grid.values.get((row.key, metric)):
                    cells.append(TargetCell(row.key, metric, value, self._grid.versions.get((row.key, metric))))
        return cells

    # --- actions -----------------------------------------------------------
    def save(self) -> None:
        if self._grid is None:
            return
        if self.errors:
            self._show_errors()
            return
        try:
            cells = self.changed_cells()
        except ValidationError as error:
            self.message.setText(error.message)
            return
        if not cells:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Không có ô nào thay đổi."))
            return
        try:
            count = service.save_targets(self._db, self._actor, self._grid.period, self.scope_kind, cells)
        except (ServiceError, ValidationError) as error:
            dialogs.show_error(self, self.tr("Lưu chỉ tiêu"), error.message)
            return
        self.load()
        self.message.setText(self.tr("Đã lưu %1 chỉ tiêu.", "", count).replace("%1", str(count)))
        self._bus.changed.emit("targets")
        self.saved.emit()

    def copy_previous(self) -> None:
        if self._grid is None:
            return
        if self.changed_cells_safe() and not dialogs.confirm(
                self, self.tr("Sao chép kỳ trước"), self.tr("Các ô vừa sửa chưa lưu sẽ bị bỏ. Vẫn sao chép?")):
            return
        count = service.copy_previous(self._db, self._actor, self._grid.period, self.scope_kind)
        self.load()
        if count:
            self.message.setText(self.tr("Đã chép %1 chỉ tiêu từ kỳ trước vào các ô còn trống.", "", count).replace(
                "%1", str(count)))
            self._bus.changed.emit("targets")
        else:
            self.message.setText(self.tr("Kỳ trước không có chỉ tiêu nào để chép (hoặc các ô đã có số)."))

    def changed_cells_safe(self) -> bool:
        try:
            return bool(self.changed_cells())
        except ValidationError:
            return True

    def import_file(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Nhập chỉ tiêu từ tệp Excel"),
                                     self.tr("Bảng tính (*.xlsx *.xls *.ods *.csv);;Tất cả các tệp (*)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Read the file, show its problems with row numbers, and write it once the desk agrees."""
        assert self._grid is not None
        try:
            parsed = service.read_target_file(self._db, path, self._grid.period, self.scope_kind)
        except (ServiceError, ValidationError) as error:  # UnreadableFile is a ValidationError
            dialogs.show_error(self, self.tr("Nhập chỉ tiêu"), error.message)
            return
        problems = "\n".join(str(e) for e in parsed.errors[:30])
        if not parsed.cells:
            dialogs.show_error(self, self.tr("Nhập chỉ tiêu"),
                               self.tr("Không đọc được chỉ tiêu nào từ tệp.") + ("\n" + problems if problems else ""))
            return
        question = self.tr("Đọc được %1 chỉ tiêu của %2 dòng cho %3.").replace("%1", str(len(parsed.cells))).replace(
            "%2", str(parsed.rows_read)).replace("%3", self.picker.label.text())
        if parsed.errors:
            question += "\n" + self.tr("Các dòng sau có lỗi và sẽ bị bỏ qua:") + "\n" + problems
        question += "\n" + self.tr("Ghi các chỉ tiêu này (thay số đang có)?")
        if not dialogs.confirm(self, self.tr("Nhập chỉ tiêu"), question):
            return
        count = service.import_targets(self._db, self._actor, self._grid.period, self.scope_kind, parsed)
        self.load()
        self.message.setText(self.tr("Đã nhập %1 chỉ tiêu từ tệp.", "", count).replace("%1", str(count)))
        self._bus.changed.emit("targets")
