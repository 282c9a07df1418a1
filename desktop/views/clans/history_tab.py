"""What happened since the clan joined the model: new participants and renewals by month, sessions with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int
from desktop.services.clan_figures import ClanHistory, clan_history
from desktop.views.sessions.labels import kind_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], right_from: int) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column >= right_from:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


class ClanHistoryTab(QWidget):
    """A summary line, the months since joining and the sessions held with the clan."""

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.history: ClanHistory | None = None
        self.summary_label = QLabel()
        self.summary_label.setObjectName("clanHistorySummary")
        self.summary_label.setWordWrap(True)
        self.months_table = _table("clanMonths", [self.tr("Tháng"), self.tr("Tham gia BHYT mới"), self.tr("Gia hạn")])
        self.sessions_table = _table("clanSessions", [
            self.tr("Ngày"), self.tr("Hình thức"), self.tr("Thôn, buôn"), self.tr("Có mặt"),
            self.tr("Tham gia sau buổi")])
        for table, widths in ((self.months_table, (90, 140)), (self.sessions_table, (90, 180, 140, 70))):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        months_box = QGroupBox(self.tr("Theo tháng, từ khi tham gia mô hình"))
        QVBoxLayout(months_box).addWidget(self.months_table)
        sessions_box = QGroupBox(self.tr("Buổi tuyên truyền với dòng họ"))
        QVBoxLayout(sessions_box).addWidget(self.sessions_table)
        tables = QHBoxLayout()
        tables.addWidget(months_box, 2)
        tables.addWidget(sessions_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(tables, 1)

    def set_clan(self, clan_id: int | None) -> None:
        self.history = clan_history(self._db, clan_id, self._today) if clan_id is not None else None
        history = self.history
        if history is None or history.joined_on is None:
            self.summary_label.setText(self.tr("Dòng họ chưa tham gia mô hình: hãy ghi ngày tham gia ở trang "
                                               "thông tin để theo dõi kết quả."))
        else:
            new = sum(m.new for m in history.months)
            renewals = sum(m.renewals for m in history.months)
            attendees = sum(s.attendees for s in history.sessions)
            enrolled = sum(s.enrolled_after for s in history.sessions)
            self.summary_label.setText(
                self.tr("Tham gia mô hình từ ngày {day}: {new} lượt người tham gia BHYT mới, {renewals} lượt gia hạn; "
                        "{sessions} buổi tuyên truyền với dòng họ, {attendees} lượt người dự, {enrolled} người tham "
                        "gia sau buổi.")
                .replace("{day}", format_date(history.joined_on)).replace("{new}", format_int(new))
                .replace("{renewals}", format_int(renewals)).replace("{sessions}", format_int(len(history.sessions)))
                .replace("{attendees}", format_int(attendees)).replace("{enrolled}", format_int(enrolled)))
        months = list(reversed(history.months)) if history else []
        _fill(self.months_table, [(f"{m.month.month:02d}/{m.month.year}", format_int(m.new), format_int(m.renewals))
                                  for m in months], 1)
        sessions = list(reversed(history.sessions)) if history else []
        _fill(self.sessions_table, [(format_date(s.held_on), kind_label(s.kind), s.village_name,
                                     format_int(s.attendees), format_int(s.enrolled_after)) for s in sessions], 3)
