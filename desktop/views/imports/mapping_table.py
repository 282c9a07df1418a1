"""Step 2 of the wizard: each column of the file beside the field it fills."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.io.columns import Field
from desktop.services.imports import ColumnInfo
from desktop.views.imports.labels import IGNORED, field_text, tr


class MappingTable(QTableWidget):
    """One row per file column: letter, label, sample values and a field combo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("importMapping")
        self.setHorizontalHeaderLabels([self.tr("Cột"), self.tr("Tiêu đề trong tệp"), self.tr("Ví dụ"),
                                        self.tr("Ghép vào trường")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(3, 230)
        self.combos: list[QComboBox] = []

    def set_columns(self, columns: tuple[ColumnInfo, ...], mapping: dict[int, Field]) -> None:
        self.setRowCount(0)
        self.combos = []
        self.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self.setItem(row, 0, QTableWidgetItem(column.letter))
            self.setItem(row, 1, QTableWidgetItem(column.label or self.tr("(không có tiêu đề)")))
            self.setItem(row, 2, QTableWidgetItem(" | ".join(column.samples)))
            combo = QComboBox()
            combo.setObjectName(f"field_{column.index}")
            combo.addItem(tr(IGNORED), None)
            for field in Field:
                combo.addItem(field_text(field), field.value)
            chosen = mapping.get(column.index)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.setAccessibleName(self.tr("Trường cho cột {letter}").format(letter=column.letter))
            self.setCellWidget(row, 3, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, Field]:
        """Column index -> field, for the columns not ignored."""
        return {index: Field(combo.currentData()) for index, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def choose(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value) if field else 0)
