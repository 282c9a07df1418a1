"""Rà soát dòng họ ghi cũ: the households' free-text clans, grouped by spelling, confirmed one group at a time.

Nothing is changed until the clerk confirms: a group (with the spellings
ticked) becomes a new clan under the name typed, or joins a clan the commune
already has; a spelling unticked stays for later and comes back as its own
group; texts that are not clans ("Tổ 3") are emptied on request.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.services import clan_review as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.clan_review import ReviewGroup, ReviewState
from desktop.services.clans import clan_choices
from desktop.services.errors import ServiceError
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.clans.form import JoinedOnField
from desktop.views.fields import message_label
from desktop.views.permissions import gate

NEW_CLAN = 0


class ClanReviewDialog(QDialog):
    """Groups on the left, the chosen group's spellings and the decision on the right."""

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, today: dt.date | None = None, *,
                 actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        today = today or dt.date.today()
        self.state: ReviewState = ReviewState([], 0)
        self.setWindowTitle(self.tr("Rà soát dòng họ ghi cũ"))
        self.resize(1180, 680)

        intro = QLabel(self.tr("Trước đây dòng họ của hộ được gõ tay nên cùng một dòng họ có nhiều cách viết. "
                               "Phần mềm gom các cách viết giống nhau theo từng xã; hãy xem từng nhóm, bỏ đánh dấu "
                               "cách viết không thuộc dòng họ này, rồi xác nhận. Chưa xác nhận thì không có gì "
                               "thay đổi."))
        intro.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setStyleSheet("font-weight: 600;")
        self.groups_table = QTableWidget(0, 5)
        self.groups_table.setObjectName("reviewGroups")
        self.groups_table.setHorizontalHeaderLabels([
            self.tr("Xã, phường"), self.tr("Tên đề xuất"), self.tr("Các cách viết"), self.tr("Số hộ"),
            self.tr("Dòng họ đã có")])
        self.groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_table.setAlternatingRowColors(True)
        self.groups_table.verticalHeader().setVisible(False)
        self.groups_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 110, 230, 60)):
            self.groups_table.setColumnWidth(column, width)

        self.group_title = QLabel()
        self.group_title.setObjectName("reviewGroupTitle")
        self.group_title.setTextFormat(Qt.TextFormat.PlainText)
        self.group_title.setWordWrap(True)
        self.variants_list = QListWidget()
        self.variants_list.setObjectName("reviewVariants")
        self.variants_list.setWordWrap(True)
        self.clan_combo = QComboBox()
        self.clan_combo.setObjectName("reviewClan")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("reviewName")
        self.name_edit.setMaxLength(80)
        self.joined = JoinedOnField(today, "review")
        self.error_label = message_label("review")
        self.confirm_button = QPushButton(self.tr("Xác nhận là một dòng họ"))
        self.confirm_button.setObjectName("confirmClan")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.dismiss_button = QPushButton(self.tr("Không phải dòng họ"))
        self.dismiss_button.setObjectName("dismissClanText")
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.setToolTip(self.tr("Xoá các cách viết đã đánh dấu khỏi hộ (ví dụ “Tổ 3” là tổ, nhóm hộ)"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.later_button = QPushButton(self.tr("Để sau"))
        self.later_button.setObjectName("laterClan")
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.next_group)
        gate(actor, Permission.EDIT_REGISTER, self.confirm_button, self.dismiss_button)

        decision = QFormLayout()
        decision.addRow(self.tr("Thuộc dòng họ:"), self.clan_combo)
        decision.addRow(self.tr("Tên dòng họ mới:"), self.name_edit)
        decision.addRow(self.tr("Mô hình dòng họ:"), self.joined)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        group_box = QGroupBox(self.tr("Nhóm đang xem"))
        right = QVBoxLayout(group_box)
        right.addWidget(self.group_title)
        right.addWidget(QLabel(self.tr("Cách viết (bỏ đánh dấu cách viết không thuộc dòng họ này):")))
        right.addWidget(self.variants_list, 1)
        right.addLayout(decision)
        right.addWidget(self.error_label)
        right.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.groups_table)
        split.addWidget(group_box)
        split.setSizes([640, 520])
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.groups_table.itemSelectionChanged.connect(self._show_group)
        self.clan_combo.currentIndexChanged.connect(
            lambda: self.name_edit.setEnabled(self.clan_combo.currentData() == NEW_CLAN))
        self.reload()

    # --- the groups ------------------------------------------------------------------
    def reload(self, keep: int = 0) -> None:
        """Group the texts still to review again; select the group at row ``keep`` (or the last)."""
        self.state = service.review_groups(self._db)
        groups = self.state.groups
        self.groups_table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            spellings = ", ".join(f"“{v.text}” ({v.households})" for v in group.variants)
            values = (group.commune_name, group.suggested, spellings, format_int(group.households), group.clan_name)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.groups_table.setItem(row, column, item)
        status = self.tr("Còn {groups} nhóm, {households} hộ chưa rà soát.") \
            .replace("{groups}", format_int(len(groups))).replace("{households}", format_int(self.state.households))
        if self.state.unplaced:
            status += " " + self.tr("{n} hộ có ghi dòng họ nhưng chưa có thôn, buôn: hãy sửa hộ trước.", "",
                                    self.state.unplaced).replace("{n}", format_int(self.state.unplaced))
        self.status_label.setText(status)
        if groups:
            self.groups_table.selectRow(min(keep, len(groups) - 1))
        self._show_group()

    def current_group(self) -> ReviewGroup | None:
        rows = self.groups_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.state.groups):
            return None
        return self.state.groups[rows[0].row()]

    def _show_group(self) -> None:
        group = self.current_group()
        self.error_label.hide()
        self.variants_list.clear()
        self.clan_combo.clear()
        for widget in (self.confirm_button, self.dismiss_button, self.later_button, self.clan_combo, self.name_edit):
            widget.setEnabled(group is not None)
        gate(self._actor, Permission.EDIT_REGISTER, self.confirm_button, self.dismiss_button)
        if group is None:
            self.group_title.setText(self.tr("Không còn dòng họ ghi cũ nào cần rà soát."))
            self.name_edit.clear()
            return
        self.group_title.setText(self.tr("{commune}: {households} hộ ở {villages}", "", group.households)
                                 .replace("{commune}", group.commune_name)
                                 .replace("{households}", format_int(group.households))
                                 .replace("{villages}", ", ".join(group.villages)))
        for variant in group.variants:
            item = QListWidgetItem(self.tr("“{text}” — {n} hộ ({villages})", "", variant.households)
                                   .replace("{text}", variant.text)
                                   .replace("{n}", format_int(variant.households))
                                   .replace("{villages}", ", ".join(variant.villages)))
            item.setData(Qt.ItemDataRole.UserRole, variant.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.variants_list.addItem(item)
        self.clan_combo.addItem(self.tr("— Dòng họ mới —"), NEW_CLAN)
        for choice in clan_choices(self._db, group.commune_code):
            self.clan_combo.addItem(choice.label, choice.value)
        self.clan_combo.setCurrentIndex(max(0, self.clan_combo.findData(group.clan_id or NEW_CLAN)))
        self.name_edit.setText(group.suggested)
        self.name_edit.setEnabled(self.clan_combo.currentData() == NEW_CLAN)

    def ticked_variants(self) -> list[str]:
        items = (self.variants_list.item(row) for row in range(self.variants_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def variant_item(self, text: str) -> QListWidgetItem:
        """The spelling's line (tests untick it as a person would)."""
        return next(self.variants_list.item(row) for row in range(self.variants_list.count())
                    if self.variants_list.item(row).data(Qt.ItemDataRole.UserRole) == text)

    def next_group(self) -> None:
        """Leave this group for later and look at the next one."""
        rows = self.groups_table.selectionModel().selectedRows()
        if rows and self.state.groups:
            self.groups_table.selectRow((rows[0].row() + 1) % len(self.state.groups))

    # --- decisions -------------------------------------------------------------------
    def confirm(self) -> None:
        """The ticked spellings' households join the chosen clan, or a new clan under the name typed."""
        group = self.current_group()
        if group is None:
            return
        chosen = self.clan_combo.currentData()
        row = self.groups_table.currentRow()
        try:
            _clan, linked = service.confirm_group(
                self._db, self._actor, group.commune_code, self.ticked_variants(),
                clan_id=None if chosen == NEW_CLAN else int(chosen), name=self.name_edit.text(),
                joined_on=self.joined.value())
        except (ValidationError, ServiceError) as error:
            self._error(str(error))
            return
        self._bus.changed.emit("clans")
        self.reload(row)
        self.status_label.setText(self.tr("Đã xác nhận {n} hộ.", "", linked).replace("{n}", format_int(linked))
                                  + " " + self.status_label.text())

    def dismiss(self) -> None:
        """The ticked spellings are not clans: emptied from their households, once the clerk agrees."""
        group = self.current_group()
        variants = self.ticked_variants()
        if group is None or not variants:
            self._error(self.tr("Hãy đánh dấu ít nhất một cách viết."))
            return
        question = self.tr("Xoá {texts} khỏi các hộ ở {commune} vì không phải dòng họ? Nhật ký thao tác vẫn lưu giá "
                           "trị cũ.").replace("{texts}", ", ".join(f"“{v}”" for v in variants)) \
            .replace("{commune}", group.commune_name)
        if not dialogs.confirm(self, self.tr("Không phải dòng họ"), question):
            return
        row = self.groups_table.currentRow()
        try:
            service.dismiss_variants(self._db, self._actor, group.commune_code, variants)
        except ServiceError as error:
            self._error(error.message)
            return
        self._bus.changed.emit("households")
        self.reload(row)

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
