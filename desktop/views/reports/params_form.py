"""The parameters of a report: period (with quick choices), day, commune, agent, session, clan, days ahead.

Only the rows the chosen report takes are shown; a wrong period is said next
to the dates, before anything runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.db import Database
from desktop.domain.periods import add_months, month_end, month_start
from desktop.services import lookups
from desktop.services.clans import clan_choices
from desktop.services.reports import (
    AGENT,
    AS_OF,
    CLAN,
    COMMUNE,
    DAYS,
    PERIOD,
    SESSION,
    ReportParams,
)
from desktop.services.reports.choices import agent_picks, session_picks
from desktop.views.fields import counted_suffix

MAX_DAYS = 366


class ReportParamsForm(QWidget):
    """The parameter rows; ``params()`` gives the plain values the report service takes."""

    validity_changed = Signal(bool)

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.from_edit = _date_edit(month_start(today))
        self.to_edit = _date_edit(month_end(today))
        self.month_button = QPushButton(self.tr("Tháng này"))
        self.quarter_button = QPushButton(self.tr("Quý này"))
        self.year_button = QPushButton(self.tr("Năm nay"))
        self.period_error = QLabel()
        self.period_error.setObjectName("fieldError")
        self.period_error.setStyleSheet("color: #b00020;")
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_edit, QLabel(self.tr("đến")), self.to_edit, self.month_button,
                       self.quarter_button, self.year_button):
            period.addWidget(widget)
        period.addWidget(self.period_error, 1)
        self._period_row = QWidget()
        self._period_row.setLayout(period)

        self.as_of_edit = _date_edit(today)
        self.commune_combo = QComboBox()
        self.agent_combo = QComboBox()
        self.session_combo = QComboBox()
        self.session_error = QLabel()
        self.session_error.setStyleSheet("color: #b00020;")
        session_row = QHBoxLayout()
        session_row.setContentsMargins(0, 0, 0, 0)
        session_row.addWidget(self.session_combo, 1)
        session_row.addWidget(self.session_error)
        self._session_row = QWidget()
        self._session_row.setLayout(session_row)
        self.clan_combo = QComboBox()
        self.clan_combo.setObjectName("reportClan")
        self.clan_error = QLabel()
        self.clan_error.setStyleSheet("color: #b00020;")
        clan_row = QHBoxLayout()
        clan_row.setContentsMargins(0, 0, 0, 0)
        clan_row.addWidget(self.clan_combo, 1)
        clan_row.addWidget(self.clan_error)
        self._clan_row = QWidget()
        self._clan_row.setLayout(clan_row)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_DAYS)
        self.days_spin.setValue(30)
        counted_suffix(self.days_spin, lambda n: self.tr(" ngày", "", n))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._rows: dict[str, tuple[str, QWidget]] = {
            PERIOD: (self.tr("Kỳ báo cáo: từ ngày"), self._period_row),
            AS_OF: (self.tr("Tính đến ngày"), self.as_of_edit),
            COMMUNE: (self.tr("Xã, phường"), self.commune_combo),
            AGENT: (self.tr("Nhân viên thu"), self.agent_combo),
            SESSION: (self.tr("Buổi tuyên truyền"), self._session_row),
            CLAN: (self.tr("Dòng họ"), self._clan_row),
            DAYS: (self.tr("Hết hạn trong"), self.days_spin),
        }
        for label, row_widget in self._rows.values():
            self.form.addRow(label, row_widget)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.month_button.clicked.connect(lambda: self.set_period(*self._month()))
        self.quarter_button.clicked.connect(lambda: self.set_period(*self._quarter()))
        self.year_button.clicked.connect(lambda: self.set_period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)))
        self.from_edit.dateChanged.connect(self._check)
        self.to_edit.dateChanged.connect(self._check)
        self.session_combo.currentIndexChanged.connect(self._check)
        self.clan_combo.currentIndexChanged.connect(self._check)
        self._takes: frozenset[str] = frozenset()
        self.refresh_choices()

    # --- choices -------------------------------------------------------------
    def refresh_choices(self) -> None:
        """Reload communes, agents, sessions and clans, keeping what was chosen."""
        _fill(self.commune_combo, self.tr("Mọi xã, phường"),
              [(c.value, c.label) for c in lookups.office_communes(self._db)])
        _fill(self.agent_combo, self.tr("Mọi nhân viên thu"), [(p.value, p.label) for p in agent_picks(self._db)])
        _fill(self.session_combo, None, [(p.value, p.label) for p in session_picks(self._db)])
        _fill(self.clan_combo, None, [(c.value, c.label) for c in clan_choices(self._db, None)])
        self._check()

    # --- what the report takes ----------------------------------------------
    def show_for(self, takes: frozenset[str]) -> None:
        """Show only the rows of the parameters the report takes."""
        self._takes = takes
        for key, (_, widget) in self._rows.items():
            self.form.setRowVisible(widget, key in takes)
        self._check()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def _month(self) -> tuple[dt.date, dt.date]:
        return month_start(self._today), month_end(self._today)

    def _quarter(self) -> tuple[dt.date, dt.date]:
        start = dt.date(self._today.year, (self._today.month - 1) // 3 * 3 + 1, 1)
        return start, add_months(start, 3) - dt.timedelta(days=1)

    # --- values and validation ----------------------------------------------
    def params(self) -> ReportParams:
        takes = self._takes
        return ReportParams(
            date_from=_date(self.from_edit) if PERIOD in takes else None,
            date_to=_date(self.to_edit) if PERIOD in takes else (_date(self.as_of_edit) if AS_OF in takes else None),
            commune_code=self.commune_combo.currentData() if COMMUNE in takes else None,
            agent_code=self.agent_combo.currentData() if AGENT in takes else None,
            session_id=self.session_combo.currentData() if SESSION in takes else None,
            clan_id=self.clan_combo.currentData() if CLAN in takes else None,
            days=self.days_spin.value(),
            report_date=self._today,
        )

    def is_valid(self) -> bool:
        return not self.period_error.text() and not self.session_error.text() and not self.clan_error.text()

    def _check(self) -> None:
        bad_period = PERIOD in self._takes and _date(self.to_edit) < _date(self.from_edit)
        self.period_error.setText(self.tr("Ngày kết thúc phải từ ngày bắt đầu trở đi.") if bad_period else "")
        no_session = SESSION in self._takes and self.session_combo.currentData() is None
        self.session_error.setText(self.tr("Chưa có buổi tuyên truyền nào để in danh sách.") if no_session else "")
        no_clan = CLAN in self._takes and self.clan_combo.currentData() is None
        self.clan_error.setText(self.tr("Chưa có dòng họ nào để in danh sách.") if no_clan else "")
        self.validity_changed.emit(self.is_valid())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def _fill(combo: QComboBox, everything: str | None, items: Sequence[tuple[object, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)
