"""A clear "not yet available" panel for a page a later release fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Says plainly what the page will do and that it is not there yet."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(purpose)
        body.setWordWrap(True)
        status = QLabel(self.tr("Chức năng này chưa có trong phiên bản hiện tại."))
        status.setObjectName("notYet")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addWidget(status)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
