"""Tuyên truyền: the sessions of a period, their attendance sheets and what they achieved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int, format_money, format_percent
from desktop.reports import ReportResult
from desktop.services import attendance, lookups, reports
from desktop.services import sessions as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.reports import ReportParams
from desktop.services.session_results import (
    PeriodResults,
    SessionResult,
    period_results,
    session_result,
)
from desktop.services.sessions import SESSION_KINDS, SessionFilter, SessionRow
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.fields import counted_suffix, tab_chain
from desktop.views.labels import label_text
from desktop.views.permissions import can, gate
from desktop.views.qr_scanner import QrScanDetector
from desktop.views.row_model import RowListModel, header, row_table
from desktop.views.sessions.attendance_dialog import AttendanceDialog
from desktop.views.sessions.labels import kind_label
from desktop.views.sessions.report_preview import ReportPreview
from desktop.views.sessions.session_dialog import SessionDialog, from_qdate, to_qdate

SHEET_REPORT = "attendance"
"""R7, the attendance sheet, as the reports service names it."""


COLUMNS: list[tuple[str, Callable[[SessionRow], object]]] = [
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Ngày")), lambda r: format_date(r.held_on)),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Giờ")), lambda r: r.time_text),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Hình thức")), lambda r: kind_label(r.kind)),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Xã, phường")), lambda r: r.commune_name),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Thôn, buôn")), lambda r: r.village_name),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Địa điểm")), lambda r: r.venue),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Có mặt")), lambda r: f"{r.attended}/{r.listed}"),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Tiền hỗ trợ")), lambda r: format_money(r.support_total)),
    (header(QT_TRANSLATE_NOOP("SessionTableModel", "Nội dung")), lambda r: r.topic),
]
RIGHT_ALIGNED = frozenset({6, 7})


class SessionTableModel(RowListModel[SessionRow]):
    """The sessions found for the filter (a period holds a few hundred at most)."""

    def __init__(self) -> None:
        super().__init__("SessionTableModel", COLUMNS, right_aligned=RIGHT_ALIGNED)


class SessionsPage(QWidget):
    """Filter by period, commune and kind; add, edit, print the sheet, record attendance, see results."""

    results_shown = Signal(int)

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, today: dt.date | None = None,
                 detector: QrScanDetector | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus = db, bus
        self._today = today or dt.date.today()
        self._actor = actor
        self._detector = detector
        self._background = Background(self)
        self._generation = 0
        self._wanted_id: int | None = None
        self.dialog: SessionDialog | None = None
        self.attendance_dialog: AttendanceDialog | None = None
        self.preview: ReportPreview | None = None
        self.last_export: ReportResult | None = None
        self.model = SessionTableModel()

        title = QLabel(self.tr("Tuyên truyền"))
        title.setObjectName("pageTitle")
        self.from_edit = QDateEdit(to_qdate(dt.date(self._today.year, 1, 1)))
        self.to_edit = QDateEdit(to_qdate(dt.date(self._today.year, 12, 31)))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.from_edit.setObjectName("sessionsFrom")
        self.to_edit.setObjectName("sessionsTo")
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("sessionsCommune")
        self.commune_combo.addItem(self.tr("Mọi xã, phường"), None)
        for choice in lookups.office_communes(db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("sessionsKind")
        self.kind_combo.addItem(self.tr("Mọi hình thức"), None)
        for kind in SESSION_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        filters = QHBoxLayout()
        filters.addWidget(title)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Từ ngày")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.commune_combo)
        filters.addWidget(self.kind_combo)
        filters.addStretch(1)

        self.new_button = QPushButton(self.tr("Thêm buổi"))
        self.new_button.setObjectName("newSession")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Thêm buổi tuyên truyền (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.edit_button.setObjectName("editSession")
        self.delete_button = QPushButton(self.tr("Xoá"))
        self.delete_button.setObjectName("deleteSession")
        self.attendance_button = QPushButton(self.tr("Điểm danh…"))
        self.attendance_button.setObjectName("openAttendance")
        self.print_button = QPushButton(self.tr("In danh sách ký nhận…"))
        self.print_button.setObjectName("printSheet")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Xem trước và in danh sách ký nhận (Ctrl+P)"))
        self.export_button = QPushButton(self.tr("Xuất PDF, Excel…"))
        self.export_button.setObjectName("exportSheet")
        self.new_button.clicked.connect(lambda: self.open_session(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.print_button.clicked.connect(self.print_sheet)
        self.export_button.clicked.connect(self.export_sheet)
        gate(actor, Permission.EDIT_REGISTER, self.new_button, self.edit_button, self.delete_button,
             self.attendance_button)
        gate(actor, Permission.EXPORT, self.export_button)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.attendance_button,
                       self.print_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.table = row_table(self.model, "sessionTable", (90, 100, 170, 130, 130, 200, 70, 110))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda _index: self.open_attendance())
        open_action = QAction(self.tr("Điểm danh"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.open_attendance)
        gate(actor, Permission.EDIT_REGISTER, open_action)
        self.table.addAction(open_action)
        self.count_label = QLabel()

        # results of the selected session
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("resultWindow")
        self.window_spin.setRange(1, 365)
        self.window_spin.setValue(30)
        counted_suffix(self.window_spin, lambda n: self.tr(" ngày", "", n))
        self.window_spin.valueChanged.connect(self.requery)
        self.result_label = QLabel()
        self.result_label.setObjectName("sessionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_box = QGroupBox(self.tr("Kết quả buổi đã chọn"))
        result_layout = QVBoxLayout(result_box)
        window_row = QHBoxLayout()
        window_row.addWidget(QLabel(self.tr("Tính người tham gia trong vòng")))
        window_row.addWidget(self.window_spin)
        window_row.addWidget(QLabel(self.tr("sau buổi")))
        window_row.addStretch(1)
        result_layout.addLayout(window_row)
        result_layout.addWidget(self.result_label, 1)

        self.period_table = QTableWidget(0, 6)
        self.period_table.setObjectName("periodTotals")
        self.period_table.setHorizontalHeaderLabels([
            self.tr("Xã, phường / hình thức"), self.tr("Số buổi"), self.tr("Có mặt"), self.tr("Tham gia sau"),
            self.tr("Tỷ lệ"), self.tr("Tiền hỗ trợ"),
        ])
        self.period_table.verticalHeader().setVisible(False)
        self.period_table.verticalHeader().setDefaultSectionSize(24)
        self.period_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.period_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        period_box = QGroupBox(self.tr("Tổng hợp trong kỳ"))
        QVBoxLayout(period_box).addWidget(self.period_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(result_box)
        lower.addWidget(period_box)
        lower.setSizes([420, 560])

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([420, 240])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        tab_chain(self.from_edit, self.to_edit, self.commune_combo, self.kind_combo, self.new_button, self.table)

        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.requery)
        self.commune_combo.currentIndexChanged.connect(self.requery)
        self.kind_combo.currentIndexChanged.connect(self.requery)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_results())
        bus.changed.connect(self._data_changed)
        self.requery()

    # --- the list ------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def criteria(self) -> SessionFilter:
        return SessionFilter(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()),
                             self.commune_combo.currentData(), self.kind_combo.currentData())

    def requery(self) -> None:
        """Query off the UI thread; a result overtaken by a newer query is dropped."""
        self._generation += 1
        generation, criteria = self._generation, self.criteria()
        keep = self._wanted_id or self.current_id()
        self.count_label.setText(self.tr("Đang tải…"))

        def show(found: tuple[list[SessionRow], PeriodResults]) -> None:
            if generation != self._generation:
                return
            rows, totals = found
            self.model.set_rows(rows)
            self.count_label.setText(self.tr("{n} buổi trong kỳ", "", len(rows)).replace("{n}", format_int(len(rows))))
            row = self.model.row_of(keep) if keep is not None else None
            self.table.selectRow(row if row is not None else 0)
            self._wanted_id = None
            self._show_period(totals)
            self._show_results()
            self.results_shown.emit(generation)

        def work() -> tuple[list[SessionRow], PeriodResults]:
            assert criteria.date_from is not None and criteria.date_to is not None
            return (service.list_sessions(self._db, criteria),
                    period_results(self._db, criteria.date_from, criteria.date_to, criteria.commune_code,
                                   criteria.kind, self.window_spin.value()))

        self._background.run(work, show, self._failed)

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, ServiceError) else str(error)
        self.count_label.setText(self.tr("Không truy vấn được cơ sở dữ liệu: {error}").replace("{error}", message))

    def _data_changed(self, topic: str) -> None:
        if topic in ("sessions", "enrollments", "persons", "office"):
            self.requery()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).id

    def select_session(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def _need_current(self) -> int | None:
        session_id = self.current_id()
        if session_id is None:
            dialogs.show_info(self, self.tr("Tuyên truyền"), self.tr("Hãy chọn một buổi trong danh sách trước."))
        return session_id

    # --- results -------------------------------------------------------------------------
    def _show_results(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            self.result_label.setText(self.tr("Chưa có buổi nào trong kỳ đã chọn."))
            return
        try:
            result = session_result(self._db, session_id, self.window_spin.value())
            support = attendance.support_summary(self._db, session_id)
        except ServiceError as error:
            self.result_label.setText(error.message)
            return
        self.result_label.setText(self.result_text(result, support))

    def result_text(self, result: SessionResult, support: attendance.SupportSummary) -> str:
        lines = [self.tr("Có mặt: {n} người.", "", result.attended).replace("{n}", format_int(result.attended))]
        enrolled = self.tr("Tham gia, gia hạn sau buổi: {n} người", "", result.enrolled).replace(
            "{n}", format_int(result.enrolled))
        if result.renewed:
            enrolled += self.tr(" (trong đó {n} người gia hạn)", "", result.renewed).replace("{n}", format_int(result.renewed))
        lines.append(enrolled + ".")
        for label, count in result.per_scheme.items():
            lines.append(f"  • {label_text(label)}: {format_int(count)}")
        if result.conversion_rate is not None:
            lines.append(self.tr("Tỷ lệ vận động thành công: {rate}.")
                         .replace("{rate}", format_percent(result.conversion_rate)))
        if support.per_attendee:
            lines.append(self.tr("Tiền hỗ trợ: {n} người × {each} = {total}.", "", support.attended)
                         .replace("{n}", format_int(support.attended)).replace("{each}", format_money(support.per_attendee))
                         .replace("{total}", support.total_text))
            lines.append(self.tr("Bằng chữ: {words}.").replace("{words}", support.words))
        return "\n".join(lines)

    def _show_period(self, totals: PeriodResults) -> None:
        rows = [(group.label, group, False) for group in totals.per_commune]
        rows += [(kind_label(group.key), group, False) for group in totals.per_kind]
        rows.append((self.tr("Tổng cộng"), totals.total, True))
        self.period_table.setRowCount(len(rows))
        bold = self.period_table.font()
        bold.setBold(True)
        for row, (label, group, is_total) in enumerate(rows):
            rate = format_percent(group.conversion_rate) if group.conversion_rate is not None else ""
            values = (label, format_int(group.sessions), format_int(group.attended), format_int(group.enrolled),
                      rate, format_money(group.support_total))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_total:
                    item.setFont(bold)
                self.period_table.setItem(row, column, item)

    # --- actions ---------------------------------------------------------------------------
    def open_session(self, session_id: int | None) -> SessionDialog | None:
        try:
            record = service.load_session(self._db, session_id) if session_id is not None else None
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Tuyên truyền"), error.message)
            return None
        self.dialog = SessionDialog(self._db, self._bus, record, self, self._today, actor=self._actor)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        if self.dialog is not None and self.dialog.saved_id is not None:
            self._wanted_id = self.dialog.saved_id
            self.requery()

    def _edit_current(self) -> None:
        session_id = self._need_current()
        if session_id is not None:
            self.open_session(session_id)

    def delete_current(self) -> None:
        session_id = self._need_current()
        if session_id is None:
            return
        row = self.model.row_at(self.model.row_of(session_id) or 0)
        question = self.tr("Xoá buổi {kind} ngày {date} tại {venue} cùng danh sách {n} người tham dự?", "", row.listed) \
            .replace("{kind}", kind_label(row.kind).lower()).replace("{date}", format_date(row.held_on)) \
            .replace("{venue}", row.venue).replace("{n}", format_int(row.listed))
        if not dialogs.confirm(self, self.tr("Xoá buổi tuyên truyền"), question):
            return
        try:
            service.delete_session(self._db, self._actor, session_id, row.version)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không xoá được"), error.message)
            return
        self._bus.changed.emit("sessions")

    def open_attendance(self) -> AttendanceDialog | None:
        session_id = self._need_current() if can(self._actor, Permission.EDIT_REGISTER) else None
        if session_id is None:
            return None
        self.attendance_dialog = AttendanceDialog(self._db, self._bus, session_id, self, self._detector, self._today,
                                                  actor=self._actor)
        self.attendance_dialog.open()
        return self.attendance_dialog

    def _sheet(self, session_id: int) -> reports.BuiltReport | None:
        """R7 for the session; an empty list is first filled with the village's people, if the desk agrees."""
        if can(self._actor, Permission.EDIT_REGISTER) and not attendance.list_attendance(self._db, session_id):
            question = self.tr("Buổi này chưa có danh sách mời. Lập danh sách từ những người trong thôn, buôn "
                               "chưa có thẻ BHYT hoặc thẻ sắp hết hạn? (Chọn “Không” để in danh sách trống.)")
            if dialogs.confirm(self, self.tr("In danh sách ký nhận"), question):
                attendance.prefill_attendance(self._db, self._actor, session_id)
                self._bus.changed.emit("sessions")
        try:
            return reports.build_report(self._db, SHEET_REPORT,
                                        ReportParams(session_id=session_id, report_date=self._today))
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không in được"), error.message)
            return None

    def print_sheet(self) -> ReportPreview | None:
        session_id = self._need_current()
        built = self._sheet(session_id) if session_id is not None else None
        if built is None:
            return None
        self.preview = ReportPreview(built, self)
        self.preview.open()
        reports.record_output(self._db, self._actor, "print", reports.report_kind(SHEET_REPORT),
                              f"xem trước, buổi số {session_id}")  # the audit trail stays Vietnamese
        return self.preview

    def export_sheet(self) -> None:
        session_id = self._need_current()
        built = self._sheet(session_id) if session_id is not None else None
        if built is None or session_id is None:
            return
        path = dialogs.ask_save_path(self, self.tr("Lưu danh sách ký nhận"), f"{built.file_stem}.pdf",
                                     self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
        if not path:
            return
        params = ReportParams(session_id=session_id, report_date=self._today)

        def done(result: ReportResult) -> None:
            self.last_export = result
            self.count_label.setText(self.tr("Đã lưu {file}").replace("{file}", str(result.path)))

        def failed(error: BaseException) -> None:
            message = error.message if isinstance(error, ServiceError) else str(error)
            dialogs.show_error(self, self.tr("Không xuất được"), message)

        self._background.run(
            lambda: reports.export_report(self._db, self._actor, SHEET_REPORT, params, path), done, failed)
