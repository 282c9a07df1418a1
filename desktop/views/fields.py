"""Small layout pieces shared by the forms."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def with_message(widget: QWidget, message: QLabel) -> QWidget:
    """A field with its validation message right under it, as every form shows errors."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(message)
    return box
