"""Shared form pieces: the field-with-message box and the tab chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.fields import message_label, show_messages, tab_chain, with_message


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


def test_show_messages_shows_each_field_message_whole_and_hides_the_others(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    labels = {name: message_label(name) for name in ("code", "village")}
    for name, label in labels.items():
        form.addRow(name, with_message(QLineEdit(), label))
    dialog.resize(300, 10)
    dialog.show()
    qtbot.waitExposed(dialog)
    long = "Mã hộ gia đình đã có ở thôn khác: hãy kiểm tra lại số sổ hộ khẩu rồi nhập lại cho đúng."
    show_messages(labels, {"code": long})
    code = labels["code"]
    assert code.isVisible() and code.text() == long and not labels["village"].isVisible()
    assert code.heightForWidth(code.width()) > code.fontMetrics().height() * 1.5  # it wraps
    assert code.height() >= code.heightForWidth(code.width())  # and none of it is cut off
    show_messages(labels, {})
    assert not code.isVisible() and code.text() == ""
