"""Hộ gia đình: find a household by code, head's name or village, open it, or add one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.services import households as service
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.households import HouseholdRow
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.fields import tab_chain
from desktop.views.households.dialog import HouseholdDialog
from desktop.views.permissions import gate
from desktop.views.row_model import RowListModel, header, row_table

LIMIT = 500


COLUMNS: list[tuple[str, Callable[[HouseholdRow], object]]] = [
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Mã hộ")), lambda r: r.code),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Chủ hộ")), lambda r: r.head_name),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Thôn, buôn")), lambda r: r.village),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Xã")), lambda r: r.commune),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Số thành viên")), lambda r: r.member_count),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Dòng họ, tổ")), lambda r: r.clan),
    (header(QT_TRANSLATE_NOOP("HouseholdTableModel", "Địa chỉ")), lambda r: r.address),
]
COUNT_COLUMN = 4


class HouseholdTableModel(RowListModel[HouseholdRow]):
    """The households found (at most a few hundred rows, held as dataclasses)."""

    def __init__(self) -> None:
        super().__init__("HouseholdTableModel", COLUMNS, right_aligned=frozenset({COUNT_COLUMN}), numbered=True)


class HouseholdPage(QWidget):
    """Search box, village filter and the table of households; a double-click opens the household."""

    results_shown = Signal(int)  # generation now on screen

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._background = Background(self)
        self._generation = 0
        self.dialog: HouseholdDialog | None = None
        self.model = HouseholdTableModel()

        title = QLabel(self.tr("Hộ gia đình"))
        title.setObjectName("pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("householdSearch")
        self.search_edit.setPlaceholderText(self.tr("Tìm theo mã hộ, tên chủ hộ (có dấu hay không dấu đều được), thôn, buôn…"))
        self.search_edit.setClearButtonEnabled(True)
        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("Mọi thôn, buôn"), None)
        for choice in lookups.villages(db):
            self.village_combo.addItem(choice.label, choice.value)
        self.new_button = QPushButton(self.tr("Thêm hộ"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Thêm hộ gia đình mới (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_household(None))
        gate(actor, Permission.EDIT_REGISTER, self.new_button)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.village_combo)
        top.addWidget(self.new_button)

        self.table = row_table(self.model, "householdTable", (120, 200, 170, 130, 100, 140))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(self._open_index)
        open_action = QAction(self.tr("Mở hộ"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        tab_chain(self.search_edit, self.village_combo, self.new_button, self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.requery)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self.requery)
        self.village_combo.currentIndexChanged.connect(self.requery)
        bus.changed.connect(self._data_changed)
        self.requery()

    @property
    def generation(self) -> int:
        return self._generation

    def requery(self) -> None:
        """Search off the UI thread; a result overtaken by a newer search is dropped."""
        self._debounce.stop()
        self._generation += 1
        generation, text, village = self._generation, self.search_edit.text(), self.village_combo.currentData()
        self.count_label.setText(self.tr("Đang tìm…"))

        def show(rows: list[HouseholdRow]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            if len(rows) >= LIMIT:
                self.count_label.setText(
                    self.tr("Hiển thị {n} hộ đầu tiên; hãy gõ thêm để thu hẹp.", "", len(rows)).replace(
                        "{n}", format_int(len(rows))))
            else:
                self.count_label.setText(self.tr("Tìm thấy {n} hộ", "", len(rows)).replace("{n}", format_int(len(rows))))
            self.results_shown.emit(generation)

        self._background.run(lambda: service.search_households(self._db, text, village, LIMIT), show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("Không truy vấn được cơ sở dữ liệu: {error}").replace("{error}", str(error)))

    def _data_changed(self, topic: str) -> None:
        if topic in ("households", "persons", "office"):
            self.requery()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_household(self.model.row_at(index.row()).id)

    def open_household(self, household_id: int | None) -> HouseholdDialog:
        """Open the household dialog (``None``: a new household), window-modal."""
        dialog = HouseholdDialog(self._db, self._bus, household_id, self, actor=self._actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, closed=dialog: self._dialog_closed(closed))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: HouseholdDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def wait_idle(self) -> None:
        """Let running searches finish (tests and screenshots)."""
        self._background.wait()
