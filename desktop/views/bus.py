"""The one app-wide "data changed" signal: screens refresh on it, never call each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Emits ``changed(topic)`` after a service changed data (topic: "persons", "office", ...)."""

    changed = Signal(str)
