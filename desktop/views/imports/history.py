"""Past imports, newest first, with "Hoàn tác lần nhập" for one still in force."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_int
from desktop.services.imports import BatchInfo


class BatchHistory(QWidget):
    """The import batches table and its undo button."""

    undo_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batches: list[BatchInfo] = []
        title = QLabel(self.tr("Các lần nhập trước"))
        title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("importHistory")
        self.table.setHorizontalHeaderLabels([
            self.tr("Số"), self.tr("Thời gian"), self.tr("Tệp"), self.tr("Người nhập"), self.tr("Mới"),
            self.tr("Cập nhật"), self.tr("Không đổi"), self.tr("Lỗi"), self.tr("Trạng thái"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton(self.tr("Hoàn tác lần nhập"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(self.tr("Xoá những người, lượt tham gia và thôn, buôn do lần nhập này tạo, "
                                            "đưa những người đã được cập nhật về như trước khi nhập."))
        self.undo_button.clicked.connect(self._undo_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            status = self.tr("Đã hoàn tác") if batch.undone else self.tr("Đã ghi")
            cells = [str(batch.id), batch.created_at.astimezone().strftime("%d/%m/%Y %H:%M"), batch.file_name,
                     batch.username, format_int(batch.new), format_int(batch.updated), format_int(batch.unchanged),
                     format_int(batch.errors), status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 4, 5, 6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setToolTip(f"{batch.file_name} — {batch.sheet}")
                self.table.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def _undo_clicked(self) -> None:
        batch = self.selected()
        if batch is not None and not batch.undone:
            self.undo_requested.emit(batch.id)
