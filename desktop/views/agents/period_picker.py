"""Choose a target period: its kind (year, quarter, month, week) and which one, with ◀ ▶ to step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.services.targets import PERIOD_KINDS, Period, period_of


class PeriodPicker(QWidget):
    """Emits ``changed(Period)`` whenever the kind or the period changes."""

    changed = Signal(object)

    def __init__(self, today: dt.date | None = None, kind: str = "month", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        labels = {"year": self.tr("Năm"), "quarter": self.tr("Quý"), "month": self.tr("Tháng"), "week": self.tr("Tuần")}
        for value in PERIOD_KINDS:
            self.kind_combo.addItem(labels[value], value)
        self.kind_combo.setCurrentIndex(PERIOD_KINDS.index(kind))
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("periodPrevious")
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Kỳ trước"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("periodNext")
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Kỳ sau"))
        self.label = QLabel()
        self.label.setObjectName("periodLabel")
        self.label.setMinimumWidth(190)
        kind_label = QLabel(self.tr("&Kỳ:"))
        kind_label.setBuddy(self.kind_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kind_label)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        self._today = today
        self._period = period_of(kind, today or dt.date.today())
        self._show()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.previous_button.clicked.connect(lambda: self.set_period(self._period.previous()))
        self.next_button.clicked.connect(lambda: self.set_period(self._period.next()))

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        self._period = period
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(PERIOD_KINDS.index(period.kind))
        self.kind_combo.blockSignals(False)
        self._show()
        self.changed.emit(period)

    def _kind_changed(self) -> None:
        kind = str(self.kind_combo.currentData())
        anchor = min(max(self._today or dt.date.today(), self._period.start), self._period.end)
        self.set_period(period_of(kind, anchor))

    def _show(self) -> None:
        self.label.setText(self._label(self._period))

    def _label(self, period: Period) -> str:
        if period.kind == "year":
            return self.tr("Năm %1").replace("%1", str(period.start.year))
        if period.kind == "quarter":
            return self.tr("Quý %1/%2").replace("%1", str((period.start.month - 1) // 3 + 1)).replace(
                "%2", str(period.start.year))
        if period.kind == "month":
            return self.tr("Tháng %1").replace("%1", f"{period.start.month:02d}/{period.start.year}")
        return self.tr("Tuần %1 (%2 – %3)").replace("%1", str(period.start.isocalendar().week)).replace(
            "%2", period.start.strftime("%d/%m/%Y")).replace("%3", period.end.strftime("%d/%m/%Y"))
