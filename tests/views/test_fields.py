"""Shared form pieces: the field-with-message box and the tab chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.fields import tab_chain, with_message


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes: the next widget in the focus chain that takes Tab focus."""
    candidate = widget.nextInFocusChain()
    while not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_chain_sets_the_focus_order(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    for edit in (third, first, second):  # laid out in another order than the chain
        layout.addWidget(edit)
    # laid out third, first, second: Tab would go first -> second -> third -> first
    tab_chain(first, third, second)
    assert _next_tab_stop(first) is third
    assert _next_tab_stop(third) is second


def test_with_message_puts_the_message_under_the_field(qtbot: QtBot) -> None:
    edit, message = QLineEdit(), QLabel("Số CCCD phải gồm 12 chữ số.")
    box = with_message(edit, message)
    qtbot.addWidget(box)
    layout = box.layout()
    assert layout is not None
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == [edit, message]
