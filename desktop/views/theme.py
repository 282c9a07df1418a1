"""The application's look: one stylesheet, a readable default font."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLESHEET = """
QListWidget#sidebar { background: #0b4f8a; color: white; border: none; font-size: 14px; padding-top: 8px; }
QListWidget#sidebar::item { padding: 10px 12px; }
QListWidget#sidebar::item:selected { background: #1a73c7; color: white; border-left: 4px solid #ffd54f; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #0b4f8a; padding: 4px 0 8px 0; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
