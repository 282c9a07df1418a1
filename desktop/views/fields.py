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


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (Qt's setTabOrder, pair by pair)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
