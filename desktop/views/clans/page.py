"""Dòng họ: the clans of the office with today's coverage, the model's totals, a new clan, the review of old texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.services import clans as service
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.clan_review import pending_households
from desktop.services.clans import ClanRow
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.clans.dialog import ClanDialog
from desktop.views.clans.review_dialog import ClanReviewDialog
from desktop.views.fields import tab_chain
from desktop.views.permissions import gate
from desktop.views.row_model import RowListModel, header, row_table


def _rate(row: ClanRow) -> str:
    return format_percent(row.figures.coverage_bp / 100) if row.figures.members else ""


COLUMNS: list[tuple[str, Callable[[ClanRow], object]]] = [
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Dòng họ")), lambda r: r.name),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Xã")), lambda r: r.commune_name),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Thôn, buôn")), lambda r: r.villages),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Trưởng tộc, già làng")), lambda r: r.leader_name),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Tham gia mô hình")), lambda r: format_date(r.joined_on)),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Số hộ")), lambda r: format_int(r.figures.households)),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Số người")), lambda r: format_int(r.figures.members)),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Có thẻ BHYT")), lambda r: format_int(r.figures.covered)),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Tỷ lệ")), _rate),
    (header(QT_TRANSLATE_NOOP("ClanTableModel", "Cần vận động")), lambda r: format_int(r.figures.to_bring_in)),
]


class ClanTableModel(RowListModel[ClanRow]):
    """The clans found (an office has tens to a few hundred)."""

    def __init__(self) -> None:
        super().__init__("ClanTableModel", COLUMNS, right_aligned=frozenset(range(5, 10)), numbered=True)


class ClansPage(QWidget):
    """Search, commune and "in the model" filters, the table of clans; a double-click opens the clan's page."""

    results_shown = Signal(int)

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, today: dt.date | None = None, *,
                 actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._today = today or dt.date.today()
        self._background = Background(self)
        self._generation = 0
        self.dialog: ClanDialog | None = None
        self.review: ClanReviewDialog | None = None
        self.model = ClanTableModel()

        title = QLabel(self.tr("Dòng họ"))
        title.setObjectName("pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clanSearch")
        self.search_edit.setPlaceholderText(self.tr("Tìm theo tên dòng họ hoặc xã (có dấu hay không dấu đều được)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("clanCommuneFilter")
        self.commune_combo.addItem(self.tr("Mọi xã, phường"), None)
        for choice in lookups.office_communes(db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.model_check = QCheckBox(self.tr("Chỉ dòng họ tham gia mô hình"))
        self.model_check.setObjectName("clanInModelOnly")
        self.new_button = QPushButton(self.tr("Thêm dòng họ"))
        self.new_button.setObjectName("newClan")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Thêm dòng họ mới (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_clan(None))
        self.review_button = QPushButton()
        self.review_button.setObjectName("reviewClans")
        self.review_button.clicked.connect(self.open_review)
        gate(actor, Permission.EDIT_REGISTER, self.new_button, self.review_button)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.commune_combo)
        top.addWidget(self.model_check)
        top.addWidget(self.new_button)
        top.addWidget(self.review_button)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("clanTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("font-weight: 600;")
        self.table = row_table(self.model, "clanTable", (120, 120, 230, 160, 130, 70, 80, 100, 70))
        self.table.doubleClicked.connect(self._open_index)
        open_action = QAction(self.tr("Mở dòng họ"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        tab_chain(self.search_edit, self.commune_combo, self.model_check, self.new_button, self.review_button,
                  self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.requery)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.commune_combo.currentIndexChanged.connect(self.requery)
        self.model_check.toggled.connect(self.requery)
        bus.changed.connect(self._data_changed)
        self.requery()

    @property
    def generation(self) -> int:
        return self._generation

    def show_commune(self, commune_code: str | None, in_model_only: bool = True) -> None:
        """Show one commune's clans (the dashboard's click-through)."""
        self.commune_combo.blockSignals(True)
        self.commune_combo.setCurrentIndex(max(0, self.commune_combo.findData(commune_code)))
        self.commune_combo.blockSignals(False)
        self.model_check.blockSignals(True)
        self.model_check.setChecked(in_model_only)
        self.model_check.blockSignals(False)
        self.requery()

    def requery(self) -> None:
        """Query off the UI thread; a result overtaken by a newer query is dropped."""
        self._debounce.stop()
        self._generation += 1
        generation, text = self._generation, self.search_edit.text()
        commune, in_model = self.commune_combo.currentData(), self.model_check.isChecked()
        self.count_label.setText(self.tr("Đang tải…"))

        def show(found: tuple[list[ClanRow], int]) -> None:
            if generation != self._generation:
                return
            rows, pending = found
            self.model.set_rows(rows)
            self._show_totals(rows)
            self.count_label.setText(self.tr("{n} dòng họ", "", len(rows)).replace("{n}", format_int(len(rows))))
            self.review_button.setText(self.tr("Rà soát dòng họ ghi cũ ({n} hộ)…", "", pending)
                                       .replace("{n}", format_int(pending)))
            self.review_button.setEnabled(pending > 0)
            gate(self._actor, Permission.EDIT_REGISTER, self.review_button)
            self.results_shown.emit(generation)

        def work() -> tuple[list[ClanRow], int]:
            return (service.list_clans(self._db, self._today, text, commune, in_model),
                    pending_households(self._db))

        self._background.run(work, show, self._failed)

    def _show_totals(self, rows: list[ClanRow]) -> None:
        """The model's totals among the clans shown, as R11 says them."""
        in_model = [r for r in rows if r.joined_on is not None and r.joined_on <= self._today]
        members, covered = sum(r.figures.members for r in in_model), sum(r.figures.covered for r in in_model)
        self.totals_label.setText(
            self.tr("Mô hình dòng họ tham gia BHYT: {clans} dòng họ, {households} hộ, {members} người; {covered} "
                    "người có thẻ BHYT ({rate}); còn {bring} người cần vận động.")
            .replace("{clans}", format_int(len(in_model)))
            .replace("{households}", format_int(sum(r.figures.households for r in in_model)))
            .replace("{members}", format_int(members)).replace("{covered}", format_int(covered))
            .replace("{rate}", format_percent(covered * 100 / members) if members else "—")
            .replace("{bring}", format_int(sum(r.figures.to_bring_in for r in in_model))))

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("Không truy vấn được cơ sở dữ liệu: {error}").replace("{error}", str(error)))

    def _data_changed(self, topic: str) -> None:
        if topic in ("clans", "households", "persons", "enrollments", "sessions", "office", "agents"):
            self.requery()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_clan(self.model.row_at(index.row()).id)

    def open_clan(self, clan_id: int | None) -> ClanDialog:
        """Open the clan's page (``None``: a new clan), window-modal."""
        dialog = ClanDialog(self._db, self._bus, clan_id, self, self._today, actor=self._actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, closed=dialog: self._closed(closed))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: ClanDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_review(self) -> ClanReviewDialog:
        """The review of the households' old clan texts."""
        review = ClanReviewDialog(self._db, self._bus, self, self._today, actor=self._actor)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.finished.connect(lambda _result: self._review_closed())
        self.review = review
        review.open()
        return review

    def _review_closed(self) -> None:
        self.review = None
        self.requery()

    def wait_idle(self) -> None:
        """Let running queries finish (tests and screenshots)."""
        self._background.wait()
