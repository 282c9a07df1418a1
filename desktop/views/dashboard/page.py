"""Tổng quan: coverage against targets, VSI against plan, new enrollments, expiring cards and sessions.

The three parts of the figures load in parallel off the UI thread (each a
few GROUP BY queries) and each chart fills as its part arrives; choosing a
commune re-draws from what is already loaded. A click on a bar emits
:attr:`DashboardPage.drill_down` with what the bar stands for, so the main
window can open the list behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int
from desktop.services import dashboard as service
from desktop.services.dashboard import (
    AreaPart,
    AreaStats,
    ClansPart,
    ClanTotals,
    NewEnrollmentsPart,
    SessionsPart,
)
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.charts import ChartClick, ChartPanel, ChartSpec, Series, format_value

OFFICE = ""
PARTS = ("areas", "new", "sessions", "clans")


@dataclass(frozen=True)
class DrillDown:
    """What a clicked bar stands for: a list the main window can open."""

    kind: str  # coverage / vsi / new_enrollments / expiring / sessions / clans
    commune_code: str | None  # None: the whole office
    month: dt.date | None = None


def _short(name: str) -> str:
    return name.removeprefix("Xã ").removeprefix("Phường ")


def _percent(bp: int | None) -> str:
    return "—" if bp is None else format_value(bp / 100, 1, "%")


class _Card(QFrame):
    """A headline figure with a caption and a detail line; a click emits ``clicked`` (cards that open a list)."""

    clicked = Signal()

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #f5f8fa; border: 1px solid #d5dde3; border-radius: 6px; }}")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a5963;")
        self.caption.setWordWrap(True)  # six cards share the width at 1280 pixels
        self.value = QLabel("…")
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: #4a5963;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str, alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet("color: #b03a2e;" if alert else "color: #1d2b36;")
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    """The office's figures at a glance, for the office or one commune."""

    drill_down = Signal(object)  # DrillDown
    figures_shown = Signal()  # every part of the figures is on screen

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._db, self._bus = db, bus
        self._today_fixed = today
        self._background = Background(self)
        self._generation = 0
        self._pending: set[str] = set()
        self.areas: AreaPart | None = None
        self.new: NewEnrollmentsPart | None = None
        self.sessions: SessionsPart | None = None
        self.clans: ClansPart | None = None

        title = QLabel(self.tr("Tổng quan"))
        title.setObjectName("pageTitle")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("dashboardScope")
        self.scope_combo.addItem(self.tr("Toàn đơn vị"), OFFICE)
        self.scope_combo.currentIndexChanged.connect(self._show_all)
        scope_label = QLabel(self.tr("&Phạm vi:"))
        scope_label.setBuddy(self.scope_combo)
        self.refresh_button = QPushButton(self.tr("&Làm mới"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel("")
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #4a5963;")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(scope_label)
        header.addWidget(self.scope_combo)
        header.addWidget(self.refresh_button)

        self.coverage_card = _Card("coverageCard", self.tr("Tỷ lệ bao phủ BHYT"))
        self.vsi_card = _Card("vsiCard", self.tr("Tham gia BHXH tự nguyện"))
        self.new_card = _Card("newCard", self.tr("Phát triển mới trong tháng"))
        self.expiring_card = _Card("expiringCard", self.tr("Thẻ BHYT hết hạn trong 30 ngày"))
        self.sessions_card = _Card("sessionsCard", self.tr("Hội nghị, tuyên truyền trong tháng"))
        self.clans_card = _Card("clansCard", self.tr("Mô hình dòng họ tham gia BHYT"))
        self.clans_card.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clans_card.setToolTip(self.tr("Bấm để xem các dòng họ tham gia mô hình"))
        self.clans_card.clicked.connect(lambda: self.drill_down.emit(DrillDown("clans", self.scope or None)))
        cards = QHBoxLayout()
        for card in (self.coverage_card, self.vsi_card, self.new_card, self.expiring_card, self.sessions_card,
                     self.clans_card):
            cards.addWidget(card, 1)

        self.coverage_chart = ChartPanel("coverageChart")
        self.vsi_chart = ChartPanel("vsiChart")
        self.new_chart = ChartPanel("newEnrollmentsChart")
        self.expiring_chart = ChartPanel("expiringChart")
        self.sessions_chart = ChartPanel("sessionsChart")
        self.panels = (self.coverage_chart, self.vsi_chart, self.new_chart, self.expiring_chart, self.sessions_chart)
        for panel in self.panels:
            panel.setMinimumHeight(260)
            panel.chart.clicked.connect(self._on_chart_click)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.coverage_chart, 0, 0)
        grid.addWidget(self.vsi_chart, 0, 1)
        grid.addWidget(self.new_chart, 1, 0, 1, 2)
        grid.addWidget(self.expiring_chart, 2, 0)
        grid.addWidget(self.sessions_chart, 2, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(cards)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(400)
        self._reload_timer.timeout.connect(self.reload)
        bus.changed.connect(lambda _topic: self._reload_timer.start())
        self.reload()

    # --- loading -----------------------------------------------------------
    @property
    def today(self) -> dt.date:
        return self._today_fixed or dt.date.today()

    @property
    def loading(self) -> bool:
        return bool(self._pending)

    def reload(self) -> None:
        """Load the three parts in parallel; each chart fills as its part arrives."""
        self._generation += 1
        generation, today, db = self._generation, self.today, self._db
        self._pending = set(PARTS)
        self.status.setText(self.tr("Đang tính số liệu…"))
        self._background.run(lambda: service.load_areas(db, today),
                             lambda part: self._arrived(generation, "areas", part), self._failed)
        self._background.run(lambda: service.load_new_enrollments(db, today),
                             lambda part: self._arrived(generation, "new", part), self._failed)
        self._background.run(lambda: service.load_sessions(db, today),
                             lambda part: self._arrived(generation, "sessions", part), self._failed)
        self._background.run(lambda: service.load_clans(db, today),
                             lambda part: self._arrived(generation, "clans", part), self._failed)

    def _arrived(self, generation: int, name: str, part: Any) -> None:
        if generation != self._generation:
            return
        if name == "areas":
            self.areas = part
            self._fill_scopes(part)
        elif name == "new":
            self.new = part
        elif name == "clans":
            self.clans = part
        else:
            self.sessions = part
        self._pending.discard(name)
        self._show_all()
        if not self._pending:
            self.status.setText(self.tr("Số liệu đến ngày %1").replace("%1", format_date(self.today)))
            self.figures_shown.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending.clear()
        self.status.setText(self.tr("Không tính được số liệu."))
        dialogs.show_error(self, self.tr("Tổng quan"), self.tr("Không tính được số liệu tổng quan: %1")
                           .replace("%1", str(error)))

    def _fill_scopes(self, part: AreaPart) -> None:
        current = self.scope_combo.currentData()
        wanted = [(OFFICE, self.tr("Toàn đơn vị"))] + [(a.code, a.name) for a in part.communes]
        existing = [(self.scope_combo.itemData(i), self.scope_combo.itemText(i)) for i in range(self.scope_combo.count())]
        if wanted == existing:
            return
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for code, name in wanted:
            self.scope_combo.addItem(name, code)
        index = self.scope_combo.findData(current)
        self.scope_combo.setCurrentIndex(max(index, 0))
        self.scope_combo.blockSignals(False)

    # --- showing -----------------------------------------------------------
    @property
    def scope(self) -> str:
        return str(self.scope_combo.currentData() or OFFICE)

    def _scope_area(self) -> AreaStats | None:
        if self.areas is None:
            return None
        if self.scope == OFFICE:
            return self.areas.office
        return next((a for a in self.areas.communes if a.code == self.scope), self.areas.office)

    def _show_all(self) -> None:
        if self.areas is not None:
            self._show_areas(self.areas)
        if self.new is not None:
            self._show_new(self.new)
        if self.sessions is not None:
            self._show_sessions(self.sessions)
        if self.clans is not None:
            self._show_clans(self.clans)

    def _communes(self) -> list[AreaStats]:
        assert self.areas is not None
        chosen = [a for a in self.areas.communes if self.scope in (OFFICE, a.code)]
        return chosen or self.areas.communes

    def _show_areas(self, part: AreaPart) -> None:
        area = self._scope_area()
        assert area is not None
        if area.population:
            target = area.hi_target_bp
            self.coverage_card.show_figure(
                _percent(area.hi_coverage_bp),
                self.tr("%1 người có thẻ / %2 dân số; chỉ tiêu %3")
                .replace("%1", format_int(area.hi_participants)).replace("%2", format_int(area.population))
                .replace("%3", _percent(target) if target is not None else self.tr("chưa giao")),
                alert=target is not None and area.hi_coverage_bp < target)
        else:
            self.coverage_card.show_figure("—", self.tr("Chưa nhập dân số của xã cho năm nay."), alert=True)
        plan = area.vsi_plan
        self.vsi_card.show_figure(
            format_int(area.vsi_participants),
            (self.tr("Kế hoạch %1 người (đạt %2); %3 số người trong độ tuổi lao động", "", plan)
             .replace("%1", format_int(plan)).replace("%2", format_value(area.vsi_participants * 100 / plan, 1, "%"))
             .replace("%3", _percent(area.vsi_share_bp))
             if plan else self.tr("Chưa có kế hoạch; %1 số người trong độ tuổi lao động")
             .replace("%1", _percent(area.vsi_share_bp))),
            alert=bool(plan) and area.vsi_participants < (plan or 0))
        self.expiring_card.show_figure(
            format_int(area.expiring), self.tr("Cần nhắc gia hạn trước ngày %1")
            .replace("%1", format_date(self.today + dt.timedelta(days=service.EXPIRING_DAYS))))

        communes = self._communes()
        names = [_short(a.name) for a in communes]
        keys = [a.code for a in communes]
        self.coverage_chart.chart.set_spec(ChartSpec(
            self.tr("Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm %1").replace("%1", str(self.today.year)),
            names, [Series(self.tr("Tỷ lệ bao phủ"), [a.hi_coverage_bp / 100 for a in communes], key="coverage")],
            keys=keys, targets=[None if a.hi_target_bp is None else a.hi_target_bp / 100 for a in communes],
            target_label=self.tr("Chỉ tiêu"), value_suffix="%", decimals=1, y_max=100,
            empty_text=self.tr("Chưa có số liệu.")))
        self.vsi_chart.chart.set_spec(ChartSpec(
            self.tr("Người tham gia BHXH tự nguyện so với kế hoạch"), names,
            [Series(self.tr("Đang tham gia"), [a.vsi_participants for a in communes], key="vsi")]
            + ([Series(self.tr("Kế hoạch"), [a.vsi_plan or 0 for a in communes], "#b9c6cf", key="vsi_plan")]
               if any(a.vsi_plan is not None for a in communes) else []),
            keys=keys, empty_text=self.tr("Chưa có số liệu.")))
        self.expiring_chart.chart.set_spec(ChartSpec(
            self.tr("Thẻ BHYT hết hạn trong 30 ngày tới"), names,
            [Series(self.tr("Số thẻ"), [a.expiring for a in communes], "#e08a2e", key="expiring")],
            keys=keys, empty_text=self.tr("Chưa có số liệu.")))

    def _show_new(self, part: NewEnrollmentsPart) -> None:
        counts = part.by_commune.get(self.scope, [0] * len(part.months))
        last_month = counts[-2] if len(counts) > 1 else 0
        self.new_card.show_figure(
            format_int(counts[-1]) if counts else "0",
            self.tr("Tháng trước: %1 người (chưa tính tái tục)", "", last_month).replace("%1", format_int(last_month)))
        name = self.scope_combo.currentText()
        self.new_chart.chart.set_spec(ChartSpec(
            self.tr("Người tham gia mới theo tháng, 12 tháng gần nhất — %1").replace("%1", name),
            [f"{m.month:02d}/{m.year % 100:02d}" for m in part.months],
            [Series(self.tr("Tham gia mới"), counts, "#4c9a5b", key="new_enrollments")],
            keys=list(part.months), empty_text=self.tr("Chưa có số liệu.")))

    def _show_sessions(self, part: SessionsPart) -> None:
        total = part.total if self.scope == OFFICE else next(
            (s for s in part.rows if s.code == self.scope), part.total)
        self.sessions_card.show_figure(
            format_int(total.sessions),
            self.tr("%1 người dự, %2 người tham gia sau hội nghị")
            .replace("%1", format_int(total.attendees)).replace("%2", format_int(total.enrolled)))
        rows = [s for s in part.rows if self.scope in (OFFICE, s.code)] or part.rows
        self.sessions_chart.chart.set_spec(ChartSpec(
            self.tr("Hội nghị trong tháng %1 và kết quả").replace("%1", f"{self.today.month:02d}/{self.today.year}"),
            [self.tr("%1 (%2 buổi)", "", s.sessions).replace("%1", _short(s.name)).replace("%2", str(s.sessions))
             for s in rows],
            [Series(self.tr("Người dự"), [s.attendees for s in rows], "#7a5ea8", key="attendees"),
             Series(self.tr("Tham gia sau hội nghị"), [s.enrolled for s in rows], "#4c9a5b", key="enrolled")],
            keys=[s.code for s in rows], empty_text=self.tr("Chưa có số liệu.")))

    def _show_clans(self, part: ClansPart) -> None:
        """The model's totals for the scope, as R11 says them: "17 dòng họ", "545 người, 91,7% có thẻ BHYT"."""
        totals = part.office if self.scope == OFFICE else part.communes.get(self.scope, ClanTotals(self.scope))
        rate = _percent(totals.coverage_bp) if totals.members else "—"
        self.clans_card.show_figure(
            self.tr("{n} dòng họ", "", totals.clans).replace("{n}", format_int(totals.clans)),
            self.tr("%1 hộ, %2 người; %3 có thẻ BHYT, còn %4 người cần vận động")
            .replace("%1", format_int(totals.households)).replace("%2", format_int(totals.members))
            .replace("%3", rate).replace("%4", format_int(totals.to_bring_in)))

    # --- drill down --------------------------------------------------------
    def _on_chart_click(self, click: ChartClick) -> None:
        kind = {"coverageChart": "coverage", "vsiChart": "vsi", "newEnrollmentsChart": "new_enrollments",
                "expiringChart": "expiring", "sessionsChart": "sessions"}[click.chart]
        if kind == "new_enrollments":
            month = click.category if isinstance(click.category, dt.date) else None
            self.drill_down.emit(DrillDown(kind, self.scope or None, month))
        else:
            self.drill_down.emit(DrillDown(kind, str(click.category) or None))
