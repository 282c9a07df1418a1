"""Small layout pieces shared by the forms."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b71c1c;"
GOOD_STYLE = "color: #1e7b34;"


def message_label(name: str = "field") -> QLabel:
    """A hidden, wrapping, red label for the validation message of the field ``name``."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names people typed or imported
    label.setObjectName(f"{name}Error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def counted_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """A unit after the number that agrees with it in English ("1 day", "30 days"): ``suffix(n)`` gives it."""
    spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))
    spin.setSuffix(suffix(spin.value()))


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for the messages just shown in it.

    Qt does not grow a shown window for a label that wraps onto a second
    line, so a long message would be cut off at the bottom.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def show_messages(labels: Mapping[str, QLabel], messages: Mapping[str, str]) -> None:
    """Each field's label shows its message, or hides; the window grows to show them whole."""
    for name, label in labels.items():
        text = messages.get(name, "")
        label.setText(text)
        label.setVisible(bool(text))
    shown = [label for label in labels.values() if label.isVisibleTo(label.window())]
    if shown:
        grow_to_fit(shown[0])


def with_button(widget: QWidget, button: QPushButton) -> QWidget:
    """A field with its button at the right ("Chọn…" beside a path)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(button)
    return box


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], object], save_text: str,
                        cancel_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's Save (the default button: Enter) and Cancel (Esc) buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    save.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


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
