"""Dân số các xã: population and working-age population per commune and year (coverage denominators)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.services import commune_figures as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.commune_figures import FigureInput, FigureRow
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.permissions import gate

ERROR_BRUSH = QBrush(QColor("#f8d7da"))


def parse_count(text: str) -> int | None:
    """"12.345" or "12345" -> 12345; empty -> None."""
    clean = text.strip().replace(".", "").replace(" ", "")
    if not clean:
        return None
    if not (clean.isascii() and clean.isdigit()):
        raise ValidationError(QCoreApplication.translate("FiguresTab", "“{text}” không phải là số người.")
                              .replace("{text}", text.strip()))
    return int(clean)


class FiguresTab(QWidget):
    """One row per commune of the office for the chosen year."""

    def __init__(self, db: Database, bus: DataBus, today: dt.date | None = None, parent: QWidget | None = None,
                 *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._rows: list[FigureRow] = []
        self.year = QSpinBox()
        self.year.setObjectName("figuresYear")
        self.year.setRange(2000, 2100)
        self.year.setValue((today or dt.date.today()).year)
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year)
        self.table = QTableWidget()
        self.table.setObjectName("figuresGrid")
        self.message = QLabel("")
        self.message.setObjectName("figuresMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu số liệu dân số"))
        self.save_button.setObjectName("saveFigures")
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        note = QLabel(self.tr("Dân số dùng để tính tỷ lệ bao phủ BHYT; dân số trong độ tuổi lao động dùng để tính "
                              "tỷ lệ tham gia BHXH tự nguyện."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4a5963;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.save_button.clicked.connect(self.save)
        if not gate(actor, Permission.EDIT_PLAN, self.save_button):
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load()

    def load(self) -> None:
        self._rows = service.load_figures(self._db, self.year.value())
        self.table.clear()
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Xã, phường"), self.tr("Dân số"),
                                              self.tr("Dân số trong độ tuổi lao động")])
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            name = QTableWidgetItem(row.commune_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, 0, name)
            for c, value in ((1, row.population), (2, row.working_age_population)):
                item = QTableWidgetItem("" if value is None else format_int(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message.setText("")

    def save(self) -> None:
        figures: list[FigureInput] = []
        first_error = ""
        for r, row in enumerate(self._rows):
            values: list[int | None] = []
            for c in (1, 2):
                item = self.table.item(r, c)
                assert item is not None
                try:
                    values.append(parse_count(item.text()))
                    item.setBackground(QBrush())
                except ValidationError as error:
                    item.setBackground(ERROR_BRUSH)
                    first_error = first_error or f"{row.commune_name}: {error.message}"
                    values.append(None)
            problem = service.check_figure(values[0], values[1])
            if problem and not first_error:
                first_error = f"{row.commune_name}: {problem}"
            figures.append(FigureInput(row.commune_code, values[0], values[1]))
        if first_error:
            self.message.setStyleSheet("color: #b03a2e;")
            self.message.setText(first_error)
            return
        try:
            count = service.save_figures(self._db, self._actor, self.year.value(), figures)
        except ValidationError as error:
            dialogs.show_error(self, self.tr("Lưu số liệu dân số"), error.message)
            return
        self.load()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Đã lưu số liệu của %1 xã.", "", count).replace("%1", str(count)))
        self._bus.changed.emit("figures")
