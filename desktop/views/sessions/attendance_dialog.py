"""Recording who came to a session: tick the invited list, add walk-ins, scan CCCDs at the door, import the signed sheet.

Every tick and every check-in is saved at once (one service call each), so a
closed window or a second desk never loses a name. While the window is open
it takes the USB QR scanner's cards (``QrScanDetector``): a scan switches the
check-in at the door on, checks in the registered holder of the ID (the card's
disagreements with the record are shown, not imposed), and opens the quick
form filled from the card for someone not on file.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int, format_money
from desktop.domain.qr import CccdScan
from desktop.services import attendance as service
from desktop.services import lookups
from desktop.services.attendance import AttendanceLine, CheckIn
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.sessions import SessionRecord, load_session
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.permissions import gate
from desktop.views.qr_scanner import QrScanDetector
from desktop.views.scan_notes import differences_note
from desktop.views.sessions.labels import session_caption
from desktop.views.sessions.quick_person import QuickPersonDialog

C_PRESENT, C_NAME, C_BIRTH, C_CCCD, C_VILLAGE, C_CARD, C_SOURCE = range(7)
OK_STYLE = "background: #e8f5e9; color: #1b5e20; font-size: 16pt; padding: 8px; border: 1px solid #a5d6a7;"
WARN_STYLE = "background: #fff8e1; color: #e65100; font-size: 16pt; padding: 8px; border: 1px solid #ffcc80;"
ERROR_STYLE = "background: #ffebee; color: #b71c1c; font-size: 13pt; padding: 8px; border: 1px solid #ef9a9a;"


class AttendanceDialog(QDialog):
    """The attendance of one session; ``detector`` lets the application share its scanner filter."""

    def __init__(self, db: Database, bus: DataBus, session_id: int, parent: QWidget | None = None,
                 detector: QrScanDetector | None = None, today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._session_id = db, bus, session_id
        self._actor = actor
        self._today = today
        self._filling = False
        self._own_detector = detector is None
        self.detector = detector or QrScanDetector(self)
        self._detector_installed = False
        self.record: SessionRecord = load_session(db, session_id)
        self.lines: list[AttendanceLine] = []
        self.setWindowTitle(self.tr("Điểm danh — {caption}").replace("{caption}", session_caption(self.record)))
        self.resize(1080, 720)

        # Bold caption over the place: the rich text is ours, the names in it are escaped to stay text.
        caption = QLabel(f"<b>{html.escape(session_caption(self.record))}</b><br/>{html.escape(self.record.place_text)}")
        caption.setObjectName("sessionCaption")
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setWordWrap(True)
        self.prefill_button = QPushButton(self.tr("Lập danh sách mời"))
        self.prefill_button.setObjectName("prefillButton")
        self.prefill_button.setToolTip(self.tr("Thêm người trong thôn, buôn chưa có thẻ BHYT hoặc thẻ sắp hết hạn"))
        self.prefill_button.clicked.connect(self.prefill)
        self.import_button = QPushButton(self.tr("Nhập danh sách đã ký…"))
        self.import_button.setObjectName("importSheet")
        self.import_button.clicked.connect(self.import_sheet)
        self.scan_button = QPushButton(self.tr("Quét CCCD tại cửa"))
        self.scan_button.setObjectName("scanMode")
        self.scan_button.setCheckable(True)
        self.scan_button.setShortcut(QKeySequence("F9"))
        self.scan_button.setToolTip(self.tr("Bật chế độ điểm danh bằng máy quét mã QR trên CCCD (F9)"))
        self.scan_button.toggled.connect(self.set_scan_mode)
        top = QHBoxLayout()
        top.addWidget(caption, 1)
        top.addWidget(self.prefill_button)
        top.addWidget(self.import_button)
        top.addWidget(self.scan_button)

        self.banner = QLabel()
        self.banner.setObjectName("checkInBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Có mặt"), self.tr("Họ và tên"), self.tr("Năm sinh"), self.tr("Số CCCD"),
            self.tr("Thôn, buôn"), self.tr("Thẻ BHYT"), self.tr("Ghi nhận"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(C_PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((C_NAME, 190), (C_BIRTH, 70), (C_CCCD, 110), (C_VILLAGE, 110), (C_CARD, 170)):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(self._ticked)
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.remove_button.setObjectName("removeLine")
        self.remove_button.clicked.connect(self.remove_selected)

        # walk-ins
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("walkInSearch")
        self.search_edit.setPlaceholderText(self.tr("Tìm người đến dự: họ tên hoặc số CCCD…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.results = QListWidget()
        self.results.setObjectName("walkInResults")
        self.results.itemActivated.connect(lambda _item: self.check_in_selected())
        self.check_in_button = QPushButton(self.tr("Điểm danh người đã chọn"))
        self.check_in_button.setObjectName("checkInSelected")
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.new_person_button = QPushButton(self.tr("Người mới…"))
        self.new_person_button.setObjectName("newWalkIn")
        self.new_person_button.clicked.connect(lambda: self.add_new_person())
        walk_in = QGroupBox(self.tr("Người đến dự chưa có trong danh sách"))
        walk_layout = QVBoxLayout(walk_in)
        walk_layout.addWidget(self.search_edit)
        walk_layout.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.new_person_button)
        walk_layout.addLayout(buttons)
        walk_in.setMaximumWidth(340)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        left.addLayout(row)
        middle.addLayout(left, 1)
        middle.addWidget(walk_in)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("supportSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.quick_dialog: QuickPersonDialog | None = None
        self.detector.scanned.connect(self.on_scan)
        self.detector.malformed.connect(self.on_malformed)
        self.detector.claim(self)
        gate(actor, Permission.EDIT_REGISTER, self.prefill_button, self.scan_button, self.remove_button,
             self.check_in_button, self.new_person_button)
        gate(actor, Permission.IMPORT, self.import_button)
        self.reload()

    # --- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        self.lines = service.list_attendance(self._db, self._session_id)
        self._filling = True
        self.table.setRowCount(len(self.lines))
        sources = {"list": self.tr("Danh sách mời"), "walk_in": self.tr("Đến dự thêm"),
                   "qr": self.tr("Quét CCCD"), "import": self.tr("Nhập từ tệp")}
        for row, line in enumerate(self.lines):
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            present.setCheckState(Qt.CheckState.Checked if line.attended else Qt.CheckState.Unchecked)
            present.setData(Qt.ItemDataRole.UserRole, line.id)
            self.table.setItem(row, C_PRESENT, present)
            for column, text in ((C_NAME, line.full_name), (C_BIRTH, line.birth_year), (C_CCCD, line.cccd),
                                 (C_VILLAGE, line.village_name), (C_CARD, line.status_text),
                                 (C_SOURCE, sources.get(line.source, line.source))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._filling = False
        self._show_summary()

    def _show_summary(self) -> None:
        support = service.support_summary(self._db, self._session_id)
        text = self.tr("Có mặt {attended}/{listed} người.").replace("{attended}", format_int(support.attended)) \
            .replace("{listed}", format_int(len(self.lines)))
        if support.per_attendee:
            text += " " + self.tr("Tiền hỗ trợ: {n} người × {each} = {total} (bằng chữ: {words}).", "", support.attended) \
                .replace("{n}", format_int(support.attended)).replace("{each}", format_money(support.per_attendee)) \
                .replace("{total}", support.total_text).replace("{words}", support.words)
        self.summary_label.setText(text)

    def _changed(self) -> None:
        self.reload()
        self._bus.changed.emit("sessions")

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != C_PRESENT:
            return
        line_id = int(item.data(Qt.ItemDataRole.UserRole))
        came = item.checkState() == Qt.CheckState.Checked
        try:
            service.set_attendance(self._db, self._actor, self._session_id, {line_id: came})
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không lưu được"), error.message)
        self._changed()

    def prefill(self) -> None:
        try:
            added = service.prefill_attendance(self._db, self._actor, self._session_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không lập được danh sách"), error.message)
            return
        self._changed()
        self._say(self.tr("Đã thêm {n} người vào danh sách mời.", "", added).replace("{n}", format_int(added)), OK_STYLE)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.lines):
            return
        line = self.lines[row]
        question = self.tr("Bỏ {name} khỏi danh sách của buổi này?").replace("{name}", line.full_name)
        if not dialogs.confirm(self, self.tr("Bỏ khỏi danh sách"), question):
            return
        service.remove_line(self._db, self._actor, self._session_id, line.id)
        self._changed()

    # --- walk-ins -----------------------------------------------------------------------
    def search(self) -> None:
        self.results.clear()
        for hit in service.search_persons(self._db, self.search_edit.text()):
            details = ", ".join(part for part in (hit.birth_year, hit.village_name, hit.cccd) if part)
            item = QListWidgetItem(f"{hit.full_name} ({details})" if details else hit.full_name)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(self.tr("Không tìm thấy; bấm “Người mới…” để thêm."))

    def check_in_selected(self) -> None:
        item = self.results.currentItem()
        person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if person_id is None:
            return
        self._run_check_in(lambda: service.check_in_person(self._db, self._actor, self._session_id, int(person_id)))

    def add_new_person(self, scan: CccdScan | None = None) -> None:
        """The quick form: typed from the search text, or filled from a scanned card not on file."""
        villages = lookups.villages(self._db, self.record.data.commune_code)
        name = self.search_edit.text() if scan is None else ""
        dialog = QuickPersonDialog(villages, self.record.data.village_id, name, self, self._today)
        if scan is not None:
            dialog.apply_scan(scan)
        self.quick_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()
        source: service.Source = "walk_in" if scan is None else "qr"
        self._run_check_in(lambda: service.add_new_walk_in(self._db, self._actor, self._session_id, data,
                                                           self._today, source))
        self._bus.changed.emit("persons")

    # --- check-in by QR -------------------------------------------------------------------
    def set_scan_mode(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if on and not self._detector_installed and self._own_detector and app is not None:
            app.installEventFilter(self.detector)
            self._detector_installed = True
        elif not on and self._detector_installed and app is not None:
            app.removeEventFilter(self.detector)
            self._detector_installed = False
        if on:
            self._say(self.tr("Đang chờ quét CCCD… Đưa mã QR trên thẻ vào máy quét."), OK_STYLE)
        else:
            self.banner.hide()

    @property
    def scan_mode(self) -> bool:
        return self.scan_button.isChecked()

    def on_scan(self, scan: CccdScan) -> None:
        if not self.isVisible():
            return
        if self.quick_dialog is not None and self.quick_dialog.isVisible():
            self.quick_dialog.apply_scan(scan)  # the clerk scanned the card of the person being added
            return
        self.scan_button.setChecked(True)
        try:
            found = service.check_in_scan(self._db, self._actor, self._session_id, scan)
        except ServiceError as error:
            self._say(error.message, ERROR_STYLE)
            return
        if found is None:
            self._say(self.tr("Số CCCD {cccd} chưa có hồ sơ: kiểm tra thông tin từ thẻ rồi bấm “Thêm và điểm danh”.")
                      .replace("{cccd}", scan.cccd), WARN_STYLE)
            self.add_new_person(scan)
            return
        self._show_check_in(found.check_in, differences_note(found.differences))

    def on_malformed(self, message: str) -> None:
        if self.isVisible():
            self.scan_button.setChecked(True)
            self._say(message, ERROR_STYLE)

    def _run_check_in(self, action: Callable[[], CheckIn]) -> None:
        try:
            result = action()
        except (ValidationError, ServiceError) as error:
            self._say(error.message, ERROR_STYLE)
            return
        self._show_check_in(result)

    def _show_check_in(self, result: CheckIn, note: str = "") -> None:
        if result.status == "already":
            text = self.tr("Đã điểm danh trước đó: {name}").replace("{name}", result.full_name)
        else:
            text = self.tr("Đã điểm danh: {name}").replace("{name}", result.full_name)
        self._say(text + ("\n" + note if note else ""), WARN_STYLE if note or result.status == "already" else OK_STYLE)
        self._changed()
        self._select_line(result.attendance_id)

    def _select_line(self, attendance_id: int) -> None:
        for row, line in enumerate(self.lines):
            if line.id == attendance_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, C_NAME))
                return

    def _say(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.show()

    # --- the signed sheet -------------------------------------------------------------------
    def import_sheet(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Chọn danh sách đã ký"),
                                     self.tr("Bảng tính (*.xlsx *.xls *.ods *.csv)"))
        if not path:
            return
        try:
            outcome = service.import_attendance(self._db, self._actor, self._session_id, path)
        except (ServiceError, ValidationError) as error:  # ValidationError: UnreadableFile
            dialogs.show_error(self, self.tr("Không nhập được danh sách"), error.message)
            return
        self._changed()
        message = self.tr("Đã đọc {rows} dòng: {present} người có mặt ({added} người thêm mới vào danh sách), "
                          "{already} người đã điểm danh trước đó, {absent} dòng không đánh dấu.") \
            .replace("{rows}", format_int(outcome.rows)) \
            .replace("{present}", format_int(outcome.ticked + outcome.added)) \
            .replace("{added}", format_int(outcome.added)).replace("{already}", format_int(outcome.already)) \
            .replace("{absent}", format_int(outcome.not_ticked))
        if outcome.unmatched:
            message += "\n\n" + self.tr("Các dòng không tìm thấy người (hãy điểm danh bằng tay):") + "\n" + "\n".join(
                self.tr("Dòng {row}: {text} — {reason}").replace("{row}", str(row.row))
                .replace("{text}", row.text).replace("{reason}", row.reason)
                for row in outcome.unmatched
            )
        dialogs.show_info(self, self.tr("Nhập danh sách đã ký"), message)

    def done(self, result: int) -> None:
        if self._detector_installed:
            self.scan_button.setChecked(False)
        self.detector.release(self)
        super().done(result)
