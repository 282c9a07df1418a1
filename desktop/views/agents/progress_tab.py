"""Tiến độ: achieved against target per agent (or commune), ranked, with who is behind highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
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

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.services import progress as service
from desktop.services.progress import MetricProgress, ProgressReport
from desktop.services.targets import RATE_METRICS
from desktop.views import dialogs
from desktop.views.agents.period_picker import PeriodPicker
from desktop.views.agents.targets_tab import scope_combo
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.charts import format_value

BEHIND_BRUSH = QBrush(QColor("#fbe3e0"))
AHEAD_BRUSH = QBrush(QColor("#e3f4e6"))


def _metric_title(metric: str) -> str:
    return {
        "new_vsi": QCoreApplication.translate("ProgressTab", "BHXH TN mới"),
        "new_hi_hh": QCoreApplication.translate("ProgressTab", "BHYT HGĐ mới"),
        "renewals": QCoreApplication.translate("ProgressTab", "Tái tục"),
        "hi_coverage": QCoreApplication.translate("ProgressTab", "Bao phủ BHYT"),
        "vsi_share": QCoreApplication.translate("ProgressTab", "Tỷ lệ BHXH TN"),
    }[metric]


def _value(metric: str, value: int | None) -> str:
    if value is None:
        return "—"
    return format_value(value / 100, 2, "%") if metric in RATE_METRICS else format_int(value)


def _percent(value: float | None) -> str:
    return "—" if value is None else format_value(value, 1, "%")


class ProgressTab(QWidget):
    """The ranked progress table for a period; refreshes when data changes."""

    shown = Signal()  # a report is on screen

    def __init__(self, db: Database, bus: DataBus, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._background = Background(self)
        self._generation = 0
        self.report: ProgressReport | None = None
        self.picker = PeriodPicker(today)
        self.scope = scope_combo("progressScope")
        scope_label = QLabel(self.tr("&Phạm vi:"))
        scope_label.setBuddy(self.scope)
        self.refresh_button = QPushButton(self.tr("&Làm mới"))
        self.refresh_button.setObjectName("refreshProgress")
        self.summary = QLabel("")
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("progressTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        legend = QLabel(self.tr("Dự báo = số đã đạt ÷ số ngày đã qua × số ngày của kỳ. "
                                "Ô tô đỏ: dự báo không đạt chỉ tiêu."))
        legend.setStyleSheet("color: #4a5963;")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self.picker.changed.connect(lambda _p: self.load())
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(self.load)
        bus.changed.connect(lambda topic: self.load() if topic in ("enrollments", "targets", "agents", "figures",
                                                                     "persons", "imports") else None)
        self.load()

    def load(self) -> None:
        """Compute off the UI thread (the commune rates read every person)."""
        self._generation += 1
        generation, period, scope = self._generation, self.picker.period, str(self.scope.currentData())
        db, today = self._db, self._today
        self.summary.setText(self.tr("Đang tính…"))
        self._background.run(lambda: service.compute_progress(db, period, scope, today),
                             lambda report: self._show(generation, report), self._failed)

    def wait(self) -> None:
        self._background.wait()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        dialogs.show_error(self, self.tr("Tiến độ"), self.tr("Không tính được tiến độ: %1").replace("%1", str(error)))

    def _show(self, generation: int, report: ProgressReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        metrics = report.metrics
        agent = report.scope_kind == "agent"
        headers = [self.tr("Hạng"), self.tr("Mã"), self.tr("Tên")]
        for metric in metrics:
            title = _metric_title(metric)
            headers += [f"{title}\n" + self.tr("chỉ tiêu"), f"{title}\n" + self.tr("đã đạt"),
                        f"{title}\n" + self.tr("% chỉ tiêu"), f"{title}\n" + self.tr("dự báo")]
        if agent:
            headers += [self.tr("Đến hạn\ntái tục"), self.tr("Đã\ntái tục")]
        headers.append(self.tr("Đánh giá"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            cells: list[tuple[str, bool]] = [(str(row.rank) if row.rank else "—", True), (row.code, False),
                                             (row.name, False)]
            late_columns: set[int] = set()
            for metric in metrics:
                if row.metrics[metric].behind:
                    late_columns.update(range(len(cells), len(cells) + 4))
                cells += self._metric_cells(row.metrics[metric])
            if agent:
                cells += [(format_int(row.renewals_due or 0), True), (format_int(row.renewals_done or 0), True)]
            has_target = any(m.target for m in row.metrics.values())
            verdict = (self.tr("Chậm tiến độ") if row.behind else self.tr("Đạt tiến độ")) if has_target \
                else self.tr("Chưa giao chỉ tiêu")
            cells.append((verdict, False))
            for c, (text, right) in enumerate(cells):
                item = QTableWidgetItem(text)
                if right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                whole_row = c < 3 or c == len(cells) - 1
                if c in late_columns or (whole_row and row.behind):
                    item.setBackground(BEHIND_BRUSH)
                elif has_target and (whole_row or not row.behind):
                    item.setBackground(AHEAD_BRUSH)
                if c == len(cells) - 1 and row.behind:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        behind = sum(1 for row in report.rows if row.behind)
        self.summary.setText(
            self.tr("%1: đã qua %2/%3 ngày. %4 dòng chậm tiến độ trên %5.")
            .replace("%1", self.picker.label.text()).replace("%2", str(report.elapsed_days))
            .replace("%3", str(report.period.days)).replace("%4", str(behind)).replace("%5", str(len(report.rows))))
        self.shown.emit()

    def _metric_cells(self, metric: MetricProgress) -> list[tuple[str, bool]]:
        name = metric.metric
        return [(_value(name, metric.target), True), (_value(name, metric.achieved), True),
                (_percent(metric.percent), True),
                (_percent(metric.forecast_percent) if metric.target else _value(name, metric.forecast), True)]
