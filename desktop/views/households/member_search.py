"""Find a person already on file to add to a household (name, CCCD, SI code or phone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.services import participants
from desktop.services.participants import ParticipantFilter, ParticipantRow
from desktop.views.background import Background

RESULTS = 30


class MemberSearch(QWidget):
    """A search box over the participant list and the first matches; ``results_shown`` after each search."""

    results_shown = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._background = Background(self)
        self._generation = 0
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText(self.tr("Họ tên, số CCCD, mã số BHXH, điện thoại…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("memberResults")
        self.results.setMinimumHeight(90)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self.search)

    def search(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation, text = self._generation, self.search_edit.text().strip()
        if not text:
            self.results.clear()
            self.hint.clear()
            self.results_shown.emit()
            return

        def find() -> list[ParticipantRow]:
            ids = participants.matching_ids(self._db, ParticipantFilter(text=text), limit=RESULTS)
            return participants.rows_by_ids(self._db, ids)

        self._background.run(find, lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[ParticipantRow]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            parts = [row.full_name, row.birth, row.cccd, row.village]
            household = self.tr("hộ {code}").replace("{code}", row.household_code) if row.household_code else ""
            item = QListWidgetItem(" — ".join(p for p in (*parts, household) if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
            self.hint.clear()
        else:
            self.hint.setText(self.tr("Không tìm thấy ai; hãy thêm người mới ở trang Người tham gia trước."))
        self.results_shown.emit()

    def chosen_person(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reset(self) -> None:
        self.search_edit.clear()
        self.results.clear()
        self.hint.clear()

    def wait_idle(self) -> None:
        self._background.wait()
