"""The dry run's rows as a table: result, the columns concerned, the messages.

A plain list of the service's ``RowOutcome`` values, filtered by result in
Python (100,000 rows filter in milliseconds); no Qt item per row. Candidate
rows carry a check box: ticked means "this is the known person", and the
commit then updates that person instead of adding a new one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services.imports import RowOutcome, RowResult
from desktop.views.imports.labels import result_text

ModelIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportPreviewModel"
HEADERS = [
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Dòng")),
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Kết quả")),
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Họ và tên")),
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Cột")),
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Nội dung")),
    str(QT_TRANSLATE_NOOP("ImportPreviewModel", "Là người đã có")),
]
CONFIRM_COLUMN = 5
COLOURS = {
    RowResult.ERROR: QColor("#b71c1c"),
    RowResult.CANDIDATE: QColor("#8a5a00"),
    RowResult.DUPLICATE: QColor("#6b6b6b"),
}
ERROR_BACKGROUND = QColor("#fdecea")


def _columns(outcome: RowOutcome) -> str:
    seen: list[str] = []
    for message in sorted(outcome.messages, key=lambda m: not m.is_error):
        if message.column and message.column not in seen:
            seen.append(message.column)
    return ", ".join(seen)


class PreviewModel(QAbstractTableModel):
    """Rows of the preview, optionally only those with one result."""

    confirmations_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[RowOutcome] = []
        self._shown: list[RowOutcome] = []
        self._filter: RowResult | None = None
        self.confirmed: dict[int, int] = {}

    def set_outcomes(self, outcomes: list[RowOutcome], keep: dict[int, int] | None = None) -> None:
        """Show ``outcomes``; ``keep`` restores confirmations still offered (row -> the same known person)."""
        self.beginResetModel()
        self._all = outcomes
        offered = {o.number: o.candidate.person_id for o in outcomes if o.candidate is not None}
        self.confirmed = {row: pid for row, pid in (keep or {}).items() if offered.get(row) == pid}
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter(self, result: RowResult | None) -> None:
        self.beginResetModel()
        self._filter = result
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[RowOutcome]:
        if self._filter is None:
            return list(self._all)
        return [o for o in self._all if o.result is self._filter]

    def outcome(self, row: int) -> RowOutcome:
        return self._shown[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CONFIRM_COLUMN and self._shown[index.row()].candidate is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return outcome.number
            if column == 1:
                return result_text(outcome.result)
            if column == 2:
                return outcome.full_name
            if column == 3:
                return _columns(outcome)
            if column == 4:
                return " ".join(m.text for m in sorted(outcome.messages, key=lambda m: not m.is_error))
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == CONFIRM_COLUMN and outcome.candidate is not None:
            confirmed = self.confirmed.get(outcome.number) == outcome.candidate.person_id
            return Qt.CheckState.Checked if confirmed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and outcome.result in COLOURS:
            return QBrush(COLOURS[outcome.result])
        if role == Qt.ItemDataRole.BackgroundRole and outcome.result is RowResult.ERROR:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, CONFIRM_COLUMN):
            if column == CONFIRM_COLUMN and outcome.candidate is not None:
                c = outcome.candidate
                ids = ", ".join(part for part in (c.cccd, c.si_code) if part)
                return QCoreApplication.translate(CONTEXT, "Người đã có: {name}, sinh {birth}, {village}").format(
                    name=c.full_name, birth=c.birth, village=c.village) + (f" ({ids})" if ids else "")
            return "\n".join(m.text for m in outcome.messages)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != CONFIRM_COLUMN:
            return False
        outcome = self._shown[index.row()]
        if outcome.candidate is None:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.confirmed[outcome.number] = outcome.candidate.person_id
        else:
            self.confirmed.pop(outcome.number, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.confirmations_changed.emit()
        return True
