"""Người tham gia: the list and the renewals due, as two tabs of one page."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.views.bus import DataBus
from desktop.views.participants.expiring_page import ExpiringPage
from desktop.views.participants.list_page import ParticipantListPage


class ParticipantsPage(QWidget):
    """Holds the participant list and the expiring-cards list (the renewal call list)."""

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self.list = ParticipantListPage(db, bus, actor=actor)
        self.expiring = ExpiringPage(db, bus, actor=actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, self.tr("Danh sách"))
        self.tabs.addTab(self.expiring, self.tr("Cần gia hạn"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_list(self) -> None:
        self.tabs.setCurrentWidget(self.list)

    def wait_idle(self) -> None:
        """Let the list's background queries finish (screenshots, tests, benchmarks)."""
        self.list.wait_idle()
