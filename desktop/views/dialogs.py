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


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
         buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, message, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    _box(parent, QMessageBox.Icon.Critical, title, message).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, message).exec()


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return _box(parent, QMessageBox.Icon.Question, title, question, yes | no).exec() == yes


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
