"""Báo cáo: the office's reports — pick one, set its parameters, preview, export, print.

Every run (preview, export, print) builds the report off the UI thread with
a progress bar and a Cancel button that really stops the writer; the window
never freezes. The preview shows the PDF's pages (rendered as they scroll into
view) and the report's first rows as a table (with the engine's subtotals);
printing asks for the printer, then prints that PDF page by page at the
printer's resolution, off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.reports import ReportCancelled, ReportResult
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.reports import (
    REPORTS,
    export_report,
    record_output,
    report_kind,
    suggested_stem,
)
from desktop.services.reports.common import MASKING_REPORTS, ReportParams
from desktop.services.reports.preview import (
    ReportPdf,
    ReportPreview,
    prepare_print,
    preview_report,
)
from desktop.views import dialogs, printing
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.pdf_view import PdfPreview
from desktop.views.permissions import gate
from desktop.views.reports.params_form import ReportParamsForm

T = TypeVar("T")
Progress = Callable[[int, int | None], None]
Cancel = Callable[[], bool]
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
FORMATS = {"xlsx": ("Excel (*.xlsx)", ".xlsx"), "pdf": ("PDF (*.pdf)", ".pdf")}


class _ProgressRelay(QObject):
    """Carries the writer's progress from the worker thread to the progress bar."""

    progressed = Signal(int, int)


class ReportsPage(QWidget):
    """The report list, the chosen report's parameters, the actions and the preview."""

    preview_shown = Signal()
    export_finished = Signal(str)
    job_finished = Signal()

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None,
                 today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._background = Background(self)
        self._cancel_event: threading.Event | None = None
        self._preview: ReportPreview | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)

        title = QLabel(self.tr("Báo cáo"))
        title.setObjectName("pageTitle")
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        self.report_list.setFixedWidth(300)
        self.report_list.setWordWrap(True)
        self.report_list.setSpacing(3)
        self._texts = self._report_texts()
        for kind in REPORTS.values():
            title_text, description = self._texts.get(kind.name, (kind.title, kind.description))
            item = QListWidgetItem(title_text)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
            item.setToolTip(description)
            self.report_list.addItem(item)

        self.report_title = QLabel()
        self.report_title.setObjectName("reportTitle")
        bold = QFont(self.report_title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.report_title.setFont(bold)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.form = ReportParamsForm(db, today or dt.date.today())
        self.mask_ids_check = QCheckBox(self.tr("Che số định danh (số CCCD chỉ hiện 4 số cuối)"))
        self.mask_ids_check.setObjectName("reportMaskIds")
        self.mask_ids_check.setChecked(True)
        self.mask_ids_check.setToolTip(self.tr("Danh sách đưa ra ngoài cơ quan không cần đủ số CCCD"))

        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.preview_button.setToolTip(self.tr("Xem trước báo cáo (F5)"))
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.xlsx_button.setShortcut(QKeySequence("Ctrl+E"))
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"))
        self.pdf_button.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.xlsx_button, self.pdf_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

        self.table = QTableWidget()
        self.table.setObjectName("reportPreviewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.pages = PdfPreview()
        self.pages.setObjectName("reportPages")
        self.pages.view.failed.connect(self._pages_failed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pages, self.tr("Trang in"))
        self.tabs.addTab(self.table, self.tr("Số liệu"))

        right = QVBoxLayout()
        right.addWidget(self.report_title)
        right.addWidget(self.description)
        right.addWidget(self.form)
        right.addWidget(self.mask_ids_check)
        right.addLayout(actions)
        right.addLayout(running)
        right.addWidget(self.status_label)
        right.addWidget(self.tabs, 1)
        body = QHBoxLayout()
        body.addWidget(self.report_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)

        self.report_list.currentRowChanged.connect(self._report_changed)
        self.report_list.itemActivated.connect(lambda _item: self.preview())
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.form.validity_changed.connect(lambda _valid: self._update_buttons())
        bus.changed.connect(self._data_changed)
        self.setTabOrder(self.report_list, self.form)
        self.report_list.setCurrentRow(0)

    def _report_texts(self) -> dict[str, tuple[str, str]]:
        """Title and description of each report, as the list shows them (translatable)."""
        return {
            "d03": (self.tr("Mẫu D03-TS: Danh sách người chỉ tham gia BHYT"),
                    self.tr("Người tham gia BHYT hộ gia đình, học sinh sinh viên, được NSNN hỗ trợ có biên lai "
                            "trong kỳ (tăng) và người dừng tham gia trong kỳ (giảm).")),
            "d05": (self.tr("Mẫu D05-TS: Danh sách người tham gia BHXH tự nguyện"),
                    self.tr("Người tham gia BHXH tự nguyện có biên lai trong kỳ (tăng) và người dừng đóng trong kỳ "
                            "(giảm), với mức thu nhập, số tiền phải đóng, phần Nhà nước và ngân sách địa phương "
                            "hỗ trợ.")),
            "coverage": (self.tr("Tỷ lệ bao phủ BHYT, BHXH tự nguyện theo xã"),
                         self.tr("Dân số, số người có thẻ BHYT, tỷ lệ bao phủ so với chỉ tiêu; số người tham gia "
                                 "BHXH tự nguyện so với dân số trong độ tuổi lao động và kế hoạch, theo từng xã "
                                 "và toàn đơn vị.")),
            "agents": (self.tr("Kết quả thực hiện chỉ tiêu của nhân viên thu"),
                       self.tr("Chỉ tiêu, kết quả tham gia mới BHXH tự nguyện, BHYT hộ gia đình, tái tục, số thẻ "
                               "đến hạn và đã đóng tiếp, xếp hạng nhân viên thu trong kỳ.")),
            "sessions": (self.tr("Kết quả tuyên truyền, vận động"),
                         self.tr("Số buổi tuyên truyền, đối thoại, tư vấn đã tổ chức, số người tham dự và số người "
                                 "tham gia BHXH, BHYT sau đó, theo hình thức và theo xã.")),
            "renewals": (self.tr("Danh sách cần gia hạn"),
                         self.tr("Thẻ BHYT, BHXH tự nguyện sắp hết hạn hoặc đã hết hạn trong 90 ngày qua, theo "
                                 "nhân viên thu và thôn, buôn, có số điện thoại và cột đánh dấu đã liên hệ.")),
            "attendance": (self.tr("Danh sách ký nhận của buổi tuyên truyền"),
                           self.tr("Danh sách người được mời dự một buổi tuyên truyền, có năm sinh, dân tộc, thôn, "
                                   "buôn, số điện thoại, đã có thẻ BHYT hay chưa và cột ký nhận; in trước buổi "
                                   "tuyên truyền.")),
            "clans": (self.tr("Mô hình dòng họ tham gia BHYT"),
                      self.tr("Các dòng họ tham gia mô hình theo xã và thôn, buôn: số hộ, số người, số người có thẻ "
                              "BHYT, tỷ lệ so với mục tiêu 100%, số người còn phải vận động, số người tham gia mới từ "
                              "khi tham gia mô hình và trong kỳ, số buổi tuyên truyền với dòng họ; tổng số của đơn vị.")),
            "clan-list": (self.tr("Danh sách thành viên dòng họ cần vận động"),
                          self.tr("Danh sách cho trưởng tộc và nhân viên thu: thành viên dòng họ chưa tham gia BHYT, "
                                  "thẻ đã hết hạn, thẻ sắp hết hạn, có mã hộ, số điện thoại và cột đánh dấu đã vận "
                                  "động.")),
            "dashboard": (self.tr("Báo cáo tổng quan"),
                          self.tr("Các biểu đồ của trang Tổng quan và bảng số liệu theo xã: tỷ lệ bao phủ BHYT so "
                                  "với chỉ tiêu, BHXH tự nguyện so với kế hoạch, người tham gia mới 12 tháng gần "
                                  "nhất, thẻ BHYT sắp hết hạn, hội nghị trong tháng và kết quả.")),
        }

    # --- choosing ------------------------------------------------------------
    def current_name(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else next(iter(REPORTS))

    def select_report(self, name: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                return

    def _report_changed(self) -> None:
        kind = report_kind(self.current_name())
        title, description = self._texts.get(kind.name, (kind.title, kind.description))
        self.report_title.setText(title)
        self.description.setText(description)
        self.form.show_for(kind.takes)
        self.mask_ids_check.setVisible(kind.name in MASKING_REPORTS)
        self._clear_preview()
        self.status_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._cancel_event is None
        for button in (self.preview_button, self.xlsx_button, self.pdf_button, self.print_button):
            button.setEnabled(idle and self.form.is_valid())
        gate(self._actor, Permission.EXPORT, self.xlsx_button, self.pdf_button)
        gate(self._actor, Permission.PRINT, self.print_button)
        self.report_list.setEnabled(idle)
        self.form.setEnabled(idle)
        self.mask_ids_check.setEnabled(idle)

    def _params(self) -> ReportParams:
        """The form's parameters, with the masking box (reports that do not mask ignore it)."""
        return replace(self.form.params(), mask_ids=self.mask_ids_check.isChecked())

    # --- actions -------------------------------------------------------------
    def preview(self) -> None:
        """Build the PDF off the UI thread, then show the first rows, the page count and the first pages."""
        name, params = self.current_name(), self._params()

        def work(progress: Progress, cancel: Cancel) -> ReportPreview:
            return preview_report(self._db, name, params, progress, cancel)

        self._run(self.tr("Đang dựng báo cáo…"), work, self._show_preview)

    def export(self, fmt: str) -> None:
        """Ask where to save, then write the .xlsx or PDF off the UI thread (audited)."""
        name, params = self.current_name(), self._params()
        filters, suffix = FORMATS[fmt]
        try:
            suggested = suggested_stem(name, params) + suffix
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Báo cáo"), error.message)
            return
        chosen = dialogs.ask_save_path(self, self.tr("Lưu báo cáo"), suggested, filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)

        def work(progress: Progress, cancel: Cancel) -> ReportResult:
            return export_report(self._db, self._actor, name, params, path, progress, cancel, fmt)

        def done(result: ReportResult) -> None:
            pages = self.tr(", {n} trang", "", result.page_count).replace("{n}", str(result.page_count)) if result.page_count else ""
            message = (self.tr("Đã xuất {rows} dòng{pages} ra tệp {file}.", "", result.row_count)
                       .replace("{rows}", format_int(result.row_count)).replace("{pages}", pages)
                       .replace("{file}", str(path)))
            self.status_label.setText(message)
            dialogs.show_info(self, self.tr("Xuất báo cáo"), message)
            self.export_finished.emit(str(path))

        self._run(self.tr("Đang xuất báo cáo…"), work, done)

    def print_report(self) -> None:
        """Write the PDF off the UI thread, ask for the printer, then print off the UI thread; audited."""
        name, params = self.current_name(), self._params()

        def work(progress: Progress, cancel: Cancel) -> ReportPdf:
            return prepare_print(self._db, name, params, progress, cancel)

        self._run(self.tr("Đang chuẩn bị trang in…"), work, self._ask_printer)

    def _ask_printer(self, pdf: ReportPdf) -> None:
        printer = printing.make_printer(pdf.orientation, pdf.title)
        if not dialogs.ask_printer(self, printer, pdf.page_count):
            pdf.discard()
            self.status_label.setText(self.tr("Đã hủy in."))
            return

        def work(progress: Progress, cancel: Cancel) -> int:
            try:
                return printing.print_pdf(printer, pdf.path, progress, cancel)
            finally:
                pdf.discard()

        def done(pages: int) -> None:
            record_output(self._db, self._actor, "print", report_kind(pdf.name), f"{pages} trang, {pdf.row_count} dòng")
            self.status_label.setText(self.tr("Đã gửi {n} trang tới máy in.", "", pages).replace("{n}", str(pages)))

        self._run(self.tr("Đang in…"), work, done)

    def cancel(self) -> None:
        """Ask the running writer to stop; it leaves no file behind."""
        if self._cancel_event is not None:
            self._cancel_event.set()
            self.status_label.setText(self.tr("Đang hủy…"))

    # --- running off the UI thread ------------------------------------------
    def _run(self, label: str, work: Callable[[Progress, Cancel], T], on_done: Callable[[T], Any]) -> None:
        if self._cancel_event is not None:
            return
        event = threading.Event()
        self._cancel_event = event
        relay = self._relay

        def progress(done: int, expected: int | None) -> None:
            relay.progressed.emit(done, expected or 0)

        def finished(result: T) -> None:
            self._finish()
            on_done(result)
            self.job_finished.emit()

        def failed(error: BaseException) -> None:
            self._finish()
            self._show_failure(error)
            self.job_finished.emit()

        self.status_label.setText(label)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._update_buttons()
        self._background.run(lambda: work(progress, event.is_set), finished, failed)

    def _finish(self) -> None:
        self._cancel_event = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _show_progress(self, done: int, expected: int) -> None:
        if self._cancel_event is None:
            return
        if expected > 0:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(done, expected))
        else:
            self.progress.setRange(0, 0)

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, ReportCancelled):
            self.status_label.setText(self.tr("Đã hủy; không có tệp nào được ghi."))
            return
        self.status_label.clear()
        if isinstance(error, ServiceError):
            message = error.message
        elif isinstance(error, ValidationError):
            message = str(error)
        else:
            message = self.tr("Không lập được báo cáo: {error}").replace("{error}", str(error))
        dialogs.show_error(self, self.tr("Báo cáo"), message)

    def wait_idle(self) -> None:
        """Let a running job finish (tests)."""
        self._background.wait()

    # --- preview -------------------------------------------------------------
    def _clear_preview(self) -> None:
        if self._preview is not None:
            self._preview.discard()
            self._preview = None
        self.pages.clear()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)

    def _show_preview(self, preview: ReportPreview) -> None:
        self._clear_preview()
        self._preview = preview
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        self.table.setRowCount(len(preview.lines))
        strong = QFont(self.table.font())
        strong.setBold(True)
        for row, line in enumerate(preview.lines):
            if line.kind == "section":
                item = QTableWidgetItem(line.cells[0])
                item.setFont(strong)
                self.table.setItem(row, 0, item)
                self.table.setSpan(row, 0, 1, len(preview.headers))
                continue
            for column, text in enumerate(line.cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(_ALIGN.get(preview.aligns[column], _ALIGN["left"]))
                if line.kind != "row":
                    item.setFont(strong)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.pages.show_pdf(preview.pdf.path)
        self.tabs.setCurrentWidget(self.pages)
        status = (self.tr("{rows} dòng, {pages} trang khi in.")
                  .replace("{rows}", format_int(preview.pdf.row_count))
                  .replace("{pages}", format_int(preview.pdf.page_count)))
        if preview.truncated:
            shown = sum(1 for line in preview.lines if line.kind == "row")
            status += " " + self.tr("Bảng dưới đây hiện {n} dòng đầu.", "", shown).replace("{n}", str(shown))
        if preview.footer:
            status += " " + " ".join(preview.footer)
        self.status_label.setText(status)
        self.preview_shown.emit()

    def _pages_failed(self, message: str) -> None:
        self.tabs.setCurrentWidget(self.table)
        self.status_label.setText(self.tr("Không hiện được trang in: {error}").replace("{error}", message))

    # --- data changes --------------------------------------------------------
    def _data_changed(self, topic: str) -> None:
        if topic in ("office", "agents", "sessions", "targets", "clans"):
            self.form.refresh_choices()
