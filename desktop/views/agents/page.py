"""Đại lý thu & chỉ tiêu: agents, their targets, progress against them, and the communes' population."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.views.agents.agents_tab import AgentsTab
from desktop.views.agents.figures_tab import FiguresTab
from desktop.views.agents.progress_tab import ProgressTab
from desktop.views.agents.targets_tab import TargetsTab
from desktop.views.bus import DataBus


class AgentsPage(QWidget):
    """Four tabs: Đại lý thu, Chỉ tiêu, Tiến độ, Dân số các xã."""

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None,
                 today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Đại lý thu & chỉ tiêu"))
        title.setObjectName("pageTitle")
        self.agents_tab = AgentsTab(db, bus, actor=actor)
        self.targets_tab = TargetsTab(db, bus, today, actor=actor)
        self.progress_tab = ProgressTab(db, bus, today)
        self.figures_tab = FiguresTab(db, bus, today, actor=actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agentTabs")
        self.tabs.addTab(self.agents_tab, self.tr("Đại &lý thu"))
        self.tabs.addTab(self.targets_tab, self.tr("&Chỉ tiêu"))
        self.tabs.addTab(self.progress_tab, self.tr("&Tiến độ"))
        self.tabs.addTab(self.figures_tab, self.tr("&Dân số các xã"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        bus.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if topic == "agents":
            self.targets_tab.load()
