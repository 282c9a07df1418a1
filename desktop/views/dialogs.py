"""Every popup the application shows, as small intent functions.

Logic calls these instead of QMessageBox/QFileDialog directly, so tests patch
one module to answer them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

Buttons = QMessageBox.StandardButton


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton) -> QMessageBox:
    """The box the functions below show: ``text`` as plain text (it often quotes a file or a name the user typed)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, message, Buttons.Ok).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, message, Buttons.Ok).exec()


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, question, Buttons.Yes | Buttons.No)
    return box.exec() == Buttons.Yes


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def ask_printer(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system's print dialog (printer, pages, copies) for a document of ``page_count`` pages."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, max(1, page_count))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
