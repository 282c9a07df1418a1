"""The participant table: a list of row ids, rows fetched by block when first shown.

Filtering and sorting happen in SQL (services.participants); this model only
holds the ordered ids and a cache of display rows, so 500,000 matches cost a
list of ints, and scrolling fetches 200 rows at a time by primary key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.coverage import CoverageStatus
from desktop.domain.formatting import format_date
from desktop.services.participants import ParticipantRow, SortKey
from desktop.views.labels import label_text
from desktop.views.row_model import header

BLOCK = 200
ModelIndex = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    CoverageStatus.ACTIVE: QColor("#1b5e20"),
    CoverageStatus.EXPIRING: QColor("#b26a00"),
    CoverageStatus.EXPIRED: QColor("#b71c1c"),
    CoverageStatus.NEVER: QColor("#616161"),
}


def _text(getter: Callable[[ParticipantRow], object]) -> Callable[[ParticipantRow], str]:
    def show(row: ParticipantRow) -> str:
        value = getter(row)
        if isinstance(value, dt.date):
            return format_date(value)
        return "" if value is None else str(value)

    return show


# (header, sort key, how to show a row)
COLUMNS: list[tuple[str, SortKey, Callable[[ParticipantRow], str]]] = [
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Họ và tên")), SortKey.NAME, _text(lambda r: r.full_name)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Ngày sinh")), SortKey.BIRTH, _text(lambda r: r.birth)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Giới tính")), SortKey.SEX, _text(lambda r: label_text(r.sex))),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Dân tộc")), SortKey.ETHNIC, _text(lambda r: r.ethnic)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Số CCCD")), SortKey.CCCD, _text(lambda r: r.cccd)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Mã số BHXH")), SortKey.SI_CODE, _text(lambda r: r.si_code)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Điện thoại")), SortKey.PHONE, _text(lambda r: r.phone)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Thôn, buôn")), SortKey.VILLAGE, _text(lambda r: r.village)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Xã")), SortKey.VILLAGE, _text(lambda r: r.commune)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Mã hộ")), SortKey.HOUSEHOLD, _text(lambda r: r.household_code)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Loại hình")), SortKey.SCHEMES, _text(lambda r: r.schemes)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Hạn thẻ BHYT")), SortKey.COVERED_TO, _text(lambda r: r.hi_valid_to)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "BHXH TN đóng đến")), SortKey.VSI_PAID_TO, _text(lambda r: r.vsi_paid_to)),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Tình trạng")), SortKey.STATUS, _text(lambda r: label_text(r.status.label))),
    (header(QT_TRANSLATE_NOOP("ParticipantTableModel", "Nhân viên thu")), SortKey.AGENT, _text(lambda r: r.agent)),
]
STATUS_COLUMN = 13


class ParticipantTableModel(QAbstractTableModel):
    """Rows are ids; ``fetch_rows(ids)`` turns a block of ids into display rows."""

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[ParticipantRow]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, ParticipantRow] = {}

    # --- contents ---------------------------------------------------------
    def set_ids(self, ids: list[int], rows: Sequence[ParticipantRow] = ()) -> None:
        """Show these ids; ``rows`` already fetched for some of them are kept."""
        self.beginResetModel()
        self._ids = ids
        self._cache = {row.id: row for row in rows}
        self.endResetModel()

    def extend_ids(self, ids: list[int]) -> None:
        """The full id list arrived after the first rows: keep the cache, grow the table."""
        if ids[: len(self._ids)] != self._ids:
            self.set_ids(ids, list(self._cache.values()))
            return
        if len(ids) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def refresh_rows(self) -> None:
        """Data changed in the database: drop cached rows, keep the ids."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row: int) -> ParticipantRow | None:
        if not 0 <= row < len(self._ids):
            return None
        person_id = self._ids[row]
        if person_id not in self._cache:
            start = row - row % BLOCK
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
            for fetched in self._fetch_rows(block):
                self._cache[fetched.id] = fetched
        return self._cache.get(person_id)

    # --- Qt model API -----------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_data(index.row())
            return COLUMNS[index.column()][2](row) if row else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            row = self.row_data(index.row())
            return QBrush(STATUS_COLOURS[row.status]) if row else None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ParticipantTableModel", COLUMNS[section][0])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort_key(self, column: int) -> SortKey:
        return COLUMNS[column][1]
