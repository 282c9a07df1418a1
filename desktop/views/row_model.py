"""A table model over a short list of rows (plain dataclasses), and translatable column headers.

Pages that show a few hundred rows at most (households found, sessions of a
period) hold them as a list; the 500,000-row participant list has its own
lazily filled model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

ModelIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)


def header(text: object) -> str:
    """A header marked with QT_TRANSLATE_NOOP (so lupdate finds it), translated when shown."""
    return str(text)


class RowListModel(QAbstractTableModel, Generic[Row]):
    """Rows shown through ``columns`` (header, how to show a row); ``UserRole`` gives the row's id."""

    def __init__(self, context: str, columns: Sequence[tuple[str, Callable[[Row], object]]],
                 right_aligned: frozenset[int] = frozenset(), numbered: bool = False) -> None:
        super().__init__()
        self._context = context
        self._columns = columns
        self._right_aligned = right_aligned
        self._numbered = numbered
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        return next((index for index, row in enumerate(self._rows) if row.id == row_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._columns[index.column()][1](row))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self._columns[section][0])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical and self._numbered:
            return section + 1
        return None


def row_table(model: QAbstractItemModel, object_name: str, widths: Sequence[int]) -> QTableView:
    """The list pages' table: one whole row selected at a time, striped, the last column filling the width."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table
