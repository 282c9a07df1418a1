"""Every popup the application shows, as small intent functions.

Logic calls these instead of QMessageBox/QFileDialog directly, so tests patch
one module to answer them. Messages are plain text: they quote names and
places people typed or imported, which must never be read as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.output_files import UnsafeTarget, check_target

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
    """Where to write an output file; the database, its journals and backups are refused with a message."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not path:
        return None
    try:
        check_target(path)
    except UnsafeTarget as refusal:
        show_error(parent, title, refusal.message)
        return None
    return path


def ask_database_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """A database file to open or create (the settings page's choice, never an output)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters,
                                          options=QFileDialog.Option.DontConfirmOverwrite)
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
