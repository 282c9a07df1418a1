"""Every text a person can read in a window: labels, buttons, titles, tooltips, placeholders, table cells, menus.

``visible_texts`` walks a window's widgets as they are on screen (pages of tab
and stacked widgets included, hidden widgets left out); ``context_menu_texts``
opens the context menu of a widget with the event a right click sends and reads
it. Each text comes with where it was found, so a failure names the widget.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

ROWS_READ = 40
"""Table rows read per view: enough to meet every kind of cell, not every person."""


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def action_texts(actions: list[QAction], where: str) -> Iterator[Shown]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield Shown(f"{where} action", action.text())
        yield Shown(f"{where} action tooltip", action.toolTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Shown(f"{where} submenu", menu.title())
            yield from action_texts(menu.actions(), f"{where} > {action.text()}")


def _columns(model: QAbstractItemModel, root: QModelIndex) -> int:
    try:
        return model.columnCount(root)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def _item_view_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    columns = _columns(model, root)
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield Shown(f"{where} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Shown(f"{where} cell {row},{column}", value)


def _own_texts(widget: QWidget) -> Iterator[Shown]:
    where = _name(widget)
    if widget.isWindow():
        yield Shown(f"{where} title", widget.windowTitle())
    yield Shown(f"{where} tooltip", widget.toolTip())
    yield Shown(f"{where} status tip", widget.statusTip())
    yield Shown(f"{where} what's this", widget.whatsThis())
    if isinstance(widget, QLabel):
        yield Shown(where, _plain(widget.text()))
    elif isinstance(widget, QAbstractButton):
        yield Shown(where, widget.text())
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            yield from action_texts(widget.menu().actions(), where)
    elif isinstance(widget, QGroupBox):
        yield Shown(where, widget.title())
    elif isinstance(widget, QLineEdit):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        if widget.isReadOnly():
            yield Shown(where, widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        if widget.isReadOnly():
            yield Shown(where, widget.toPlainText())
    elif isinstance(widget, QComboBox):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        for index in range(widget.count()):
            yield Shown(f"{where} item {index}", widget.itemText(index))
    elif isinstance(widget, QAbstractSpinBox):
        yield Shown(f"{where} special value", widget.specialValueText())
        for part in ("prefix", "suffix"):
            getter = getattr(widget, part, None)
            if getter is not None:
                yield Shown(f"{where} {part}", getter())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Shown(f"{where} tab {index}", widget.tabText(index))
            yield Shown(f"{where} tab {index} tooltip", widget.tabToolTip(index))
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # headers: headerData
        yield from _item_view_texts(widget, where)
    if isinstance(widget, QMenu):
        yield Shown(f"{where} title", widget.title())
    yield from action_texts(widget.actions(), where)


def _shown_children(widget: QWidget) -> Iterator[QWidget]:
    """Children a person can reach: not hidden, except the other pages of tab and stacked widgets."""
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow():
            continue  # dialogs and popups are walked on their own
        if child.isHidden() and not isinstance(widget, QStackedWidget):
            continue
        yield child


def visible_texts(root: QWidget) -> list[Shown]:
    """Every non-empty text of ``root`` and the widgets shown inside it."""
    found: list[Shown] = []
    pending = [root]
    while pending:
        widget = pending.pop()
        found.extend(shown for shown in _own_texts(widget) if shown.text.strip())
        pending.extend(_shown_children(widget))
    return found


def context_menu_texts(widget: QWidget) -> list[Shown]:
    """Open ``widget``'s context menu as a right click does, read it, close it."""
    read: list[Shown] = []

    def read_and_close() -> None:
        for menu in QApplication.topLevelWidgets():
            if isinstance(menu, QMenu) and menu.isVisible():
                read.extend(shown for shown in _own_texts(menu) if shown.text.strip())
                menu.close()

    target = widget.viewport() if isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit) else widget
    QTimer.singleShot(0, read_and_close)  # runs inside the menu's own loop when the menu is shown with exec()
    point = QPoint(5, 5)
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point)))
    QApplication.processEvents()
    return [Shown(f"{_name(widget)} context menu: {shown.where}", shown.text) for shown in read]
