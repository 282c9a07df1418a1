"""Nhập danh sách: the wizard that brings a commune's or an agent's list into the database.

Choose file -> sheet and column mapping -> dry run (every row's result, off
the UI thread) -> "Ghi vào cơ sở dữ liệu" (one transaction, with progress and
Cancel) -> summary, error report and the history of batches with undo.
Every step that reads the file or the database runs in ``ImportRunner``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.domain.participation import SCHEME_LABELS
from desktop.io.columns import Field
from desktop.services import lookups
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.imports import (
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    ParsedImport,
    RowResult,
    SheetTable,
    Stage,
    commit_import,
    dry_run,
    list_batches,
    mapping_for,
    open_source,
    parse_rows,
    read_table,
    remember_mapping,
    undo_import,
    write_error_report,
)
from desktop.services.imports.rows import check_mapping
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.imports.history import BatchHistory
from desktop.views.imports.labels import result_text, stage_text
from desktop.views.imports.mapping_table import MappingTable
from desktop.views.imports.preview_model import CONFIRM_COLUMN, PreviewModel
from desktop.views.imports.runner import ImportRunner
from desktop.views.labels import labelled
from desktop.views.permissions import gate

FILE_STEP, MAPPING_STEP, PREVIEW_STEP, SUMMARY_STEP = "file", "mapping", "preview", "summary"
FILTERS = (None, RowResult.ERROR, RowResult.NEW, RowResult.CANDIDATE, RowResult.UPDATED, RowResult.UNCHANGED,
           RowResult.DUPLICATE)


class ImportPage(QWidget):
    """The import wizard page of the main window."""

    step_changed = Signal(str)
    busy_changed = Signal(bool)
    history_loaded = Signal()

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus = db, bus
        self._actor = actor
        self._background = Background(self)
        self.runner = ImportRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.running_changed.connect(self._running_changed)
        self.table: SheetTable | None = None
        self.parsed: ParsedImport | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportPreview | None = None

        title = QLabel(self.tr("Nhập danh sách"))
        title.setObjectName("pageTitle")
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.step_label)

        self.stack = QStackedWidget()
        self.file_step = self._build_file_step()
        self.mapping_step = self._build_mapping_step()
        self.preview_step = self._build_preview_step()
        self.summary_step = self._build_summary_step()
        self._steps = {FILE_STEP: self.file_step, MAPPING_STEP: self.mapping_step,
                       PREVIEW_STEP: self.preview_step, SUMMARY_STEP: self.summary_step}
        for widget in self._steps.values():
            self.stack.addWidget(widget)

        self.stage_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip(self.tr("Dừng lại; cơ sở dữ liệu giữ nguyên như trước (Esc)"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress_panel = QWidget()
        progress = QHBoxLayout(self.progress_panel)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.stage_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_panel.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)

        self.history = BatchHistory()
        self.history.undo_requested.connect(self.undo)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.status_label)
        layout.addWidget(self.history, 2)

        cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel_shortcut.activated.connect(self.runner.cancel)
        self.show_step(FILE_STEP)
        self.refresh_history()

    # --- building the steps -----------------------------------------------------------
    def _build_file_step(self) -> QWidget:
        widget = QWidget()
        intro = QLabel(self.tr(
            "Chọn tệp danh sách do xã hoặc nhân viên thu gửi (Excel .xlsx, .xls, .xlsm, LibreOffice .ods hoặc .csv). "
            "Phần mềm tự tìm dòng tiêu đề, nhận dạng các cột, kiểm tra từng dòng và cho xem trước; "
            "chỉ khi bấm “Ghi vào cơ sở dữ liệu” dữ liệu mới được ghi, và có thể hoàn tác cả lần nhập."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn tệp…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.setShortcut(QKeySequence.StandardKey.Open)
        self.choose_button.setToolTip(self.tr("Chọn tệp danh sách (Ctrl+O)"))
        self.choose_button.clicked.connect(self.choose_file)
        gate(self._actor, Permission.IMPORT, self.choose_button)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return widget

    def _build_mapping_step(self) -> QWidget:
        widget = QWidget()
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_label = QLabel()
        self.header_label.setObjectName("headerRowLabel")
        self.header_label.setStyleSheet("font-weight: 600;")
        self.rows_label = QLabel()
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("defaultCommune")
        self.commune_combo.addItem(self.tr("(không chọn: dùng cột xã hoặc địa chỉ)"), None)
        for choice in lookups.office_communes(self._db):
            self.commune_combo.addItem(choice.label, choice.value)
        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("defaultScheme")
        for code, name in labelled(SCHEME_LABELS):
            self.scheme_combo.addItem(name, code)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData("HI-HH"))
        for combo in (self.commune_combo, self.scheme_combo):
            combo.setMaximumWidth(420)
        form = QFormLayout()
        self.sheet_combo.setMinimumWidth(260)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addSpacing(16)
        sheet_row.addWidget(self.header_label)
        sheet_row.addSpacing(16)
        sheet_row.addWidget(self.rows_label)
        sheet_row.addStretch(1)
        form.addRow(self.tr("Tệp:"), self.file_label)
        form.addRow(self.tr("Trang tính:"), sheet_row)
        form.addRow(self.tr("Xã mặc định:"), self.commune_combo)
        form.addRow(self.tr("Loại hình mặc định:"), self.scheme_combo)
        self.remembered_label = QLabel()
        self.remembered_label.setWordWrap(True)
        self.mapping_table = MappingTable()
        self.mapping_error = QLabel()
        self.mapping_error.setObjectName("mappingError")
        self.mapping_error.setStyleSheet("color: #b71c1c;")
        self.mapping_error.setWordWrap(True)
        self.mapping_error.setVisible(False)
        self.mapping_back = QPushButton(self.tr("Chọn tệp khác"))
        self.mapping_back.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Kiểm tra (chạy thử)"))
        self.check_button.setObjectName("runCheck")
        self.check_button.setToolTip(self.tr("Kiểm tra từng dòng, chưa ghi gì vào cơ sở dữ liệu (Ctrl+Enter)"))
        self.check_button.clicked.connect(self.run_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mapping_back)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(widget)
        layout.addLayout(form)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_error)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), widget)
        shortcut.activated.connect(self.run_check)
        return widget

    def _build_preview_step(self) -> QWidget:
        widget = QWidget()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5a00;")
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.create_clans_check = QCheckBox(self.tr("Tạo các dòng họ mà danh sách ghi nhưng xã chưa có, rồi gắn hộ vào"))
        self.create_clans_check.setObjectName("createClans")
        self.create_clans_check.toggled.connect(lambda _checked: self.recheck())
        self.create_clans_check.hide()
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("resultFilter")
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.confirmed_label = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Xem:")))
        filter_row.addWidget(self.filter_combo)
        filter_row.addWidget(self.confirmed_label, 1)
        self.preview_model = PreviewModel(self)
        self.preview_model.confirmations_changed.connect(self._confirmations_changed)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(24)
        self.preview_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 110), (2, 190), (3, 140), (CONFIRM_COLUMN, 110)):
            self.preview_table.setColumnWidth(column, width)
        self.preview_back = QPushButton(self.tr("Quay lại ghép cột"))
        self.preview_back.clicked.connect(lambda: self.show_step(MAPPING_STEP))
        self.export_button = QPushButton(self.tr("Xuất các dòng lỗi ra Excel"))
        self.export_button.setObjectName("exportErrors")
        self.export_button.clicked.connect(self.export_errors)
        self.commit_button = QPushButton(self.tr("Ghi vào cơ sở dữ liệu"))
        self.commit_button.setObjectName("commitImport")
        self.commit_button.setToolTip(self.tr("Ghi tất cả các dòng hợp lệ trong một lần; lỗi giữa chừng thì không ghi gì"))
        self.commit_button.clicked.connect(self.commit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_back)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.commit_button)
        layout = QVBoxLayout(widget)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.create_clans_check)
        layout.addLayout(filter_row)
        layout.addWidget(self.preview_table, 1)
        layout.addLayout(buttons)
        return widget

    def _build_summary_step(self) -> QWidget:
        widget = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_export_button = QPushButton(self.tr("Xuất các dòng lỗi ra Excel"))
        self.summary_export_button.clicked.connect(self.export_errors)
        self.again_button = QPushButton(self.tr("Nhập tệp khác"))
        self.again_button.setObjectName("importAnother")
        self.again_button.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(widget)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return widget

    # --- navigation ---------------------------------------------------------------------
    def show_step(self, step: str) -> None:
        numbers = {FILE_STEP: 1, MAPPING_STEP: 2, PREVIEW_STEP: 3, SUMMARY_STEP: 4}
        names = {FILE_STEP: self.tr("Chọn tệp"), MAPPING_STEP: self.tr("Ghép cột"),
                 PREVIEW_STEP: self.tr("Xem trước"), SUMMARY_STEP: self.tr("Kết quả")}
        self.stack.setCurrentWidget(self._steps[step])
        self.step_label.setText(self.tr("Bước {n}/4: {name}").format(n=numbers[step], name=names[step]))
        self.history.setVisible(step in (FILE_STEP, SUMMARY_STEP))
        self.step_changed.emit(step)

    @property
    def step(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._steps.items() if widget is current)

    def _start(self, work: Callable[[Callable[[Stage, int, int], None], threading.Event], object],
               on_done: Callable[[Any], None]) -> None:
        self.status_label.clear()
        self.progress_bar.setRange(0, 0)
        self.stage_label.setText(stage_text(Stage.READING.value))
        self.runner.start(work, on_done, self._failed)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.stage_label.setText(stage_text(stage))
        if total <= 0:
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _running_changed(self, running: bool) -> None:
        self.progress_panel.setVisible(running)
        for widget in (self.choose_button, self.mapping_back, self.check_button, self.sheet_combo,
                       self.preview_back, self.commit_button, self.export_button, self.again_button,
                       self.summary_export_button, self.history):
            widget.setEnabled(not running)
        if not running:
            self._update_buttons()
        self.busy_changed.emit(running)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self.status_label.setText(self.tr("Đã huỷ. Cơ sở dữ liệu không thay đổi."))
            return
        if isinstance(error, ServiceError | ValidationError):
            message = error.message
        else:
            message = self.tr("Có lỗi không lường trước, chưa ghi gì vào cơ sở dữ liệu: {error}").format(error=error)
        self.status_label.setText(message)
        dialogs.show_error(self, self.tr("Nhập danh sách"), message)

    # --- step 1: the file ----------------------------------------------------------------
    def choose_file(self) -> None:
        if self.runner.running:
            return
        path = dialogs.ask_open_path(
            self, self.tr("Chọn danh sách cần nhập"),
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Mọi tệp (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read the file and its most list-like sheet off the UI thread, then show the mapping step."""
        db = self._db

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            progress(Stage.READING, 0, 0)
            table = read_table(open_source(path))
            return table, *mapping_for(db, table)

        self._start(work, self._show_mapping)

    def _sheet_chosen(self, index: int) -> None:
        if self.table is None or self.sheet_combo.itemText(index) == self.table.sheet:
            return
        source, sheet, db = self.table.source, self.sheet_combo.itemText(index), self._db

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            table = read_table(source, sheet)
            return table, *mapping_for(db, table)

        self._start(work, self._show_mapping)

    def _show_mapping(self, found: tuple[SheetTable, dict[int, Field], bool]) -> None:
        table, mapping, remembered = found
        self.table = table
        self.parsed = self.preview = None
        self.file_label.setText(table.source.name)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.source.sheet_names))
        self.sheet_combo.setCurrentIndex(self.sheet_combo.findText(table.sheet))
        self.header_label.setText(self.tr("Dòng tiêu đề: {row}").format(row=table.header_row))
        self.rows_label.setText(self.tr("{rows} dòng dữ liệu, bỏ qua {skipped} dòng khác").format(
            rows=format_int(table.row_count), skipped=format_int(table.skipped)))
        self.remembered_label.setText(
            self.tr("Đã dùng cách ghép cột lưu lần trước cho mẫu tệp này; có thể sửa lại.") if remembered
            else self.tr("Phần mềm đã đoán các cột theo tiêu đề; hãy xem lại và sửa cột nào ghép sai."))
        self.mapping_table.set_columns(table.columns, mapping)
        self.mapping_error.setVisible(False)
        self.show_step(MAPPING_STEP)

    # --- step 2: mapping and the dry run ---------------------------------------------------
    def run_check(self) -> None:
        if self.table is None or self.runner.running or self.step != MAPPING_STEP:
            return
        mapping = self.mapping_table.mapping()
        try:
            check_mapping(mapping, self.table.labels)
        except ServiceError as error:
            self.mapping_error.setText(error.message)
            self.mapping_error.setVisible(True)
            return
        self.mapping_error.setVisible(False)
        table, db, options = self.table, self._db, self._options()

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            parsed = parse_rows(table, mapping, options.today, progress, cancel)
            preview = dry_run(db, parsed, options, progress, cancel)
            remember_mapping(db, table.signature, mapping)
            return parsed, preview

        self._start(work, self._show_preview)

    def recheck(self) -> None:
        """The dry run again on the list already read (an option of the preview changed)."""
        if self.parsed is None or self.runner.running or self.step != PREVIEW_STEP:
            return
        parsed, db, options = self.parsed, self._db, self._options()
        kept = dict(self.preview_model.confirmed)

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            return parsed, dry_run(db, parsed, options, progress, cancel)

        self._start(work, lambda found: self._show_preview(found, kept))

    def _options(self, confirmed: dict[int, int] | None = None) -> ImportOptions:
        return ImportOptions(default_commune=self.commune_combo.currentData(),
                             default_scheme=self.scheme_combo.currentData() or "HI-HH",
                             confirmed=dict(confirmed or {}), create_clans=self.create_clans_check.isChecked())

    def _show_preview(self, found: tuple[ParsedImport, ImportPreview], kept: dict[int, int] | None = None) -> None:
        self.parsed, self.preview = found
        preview = self.preview
        counts = preview.counts
        self.counts_label.setText(self.tr(
            "{rows} dòng: {new} mới, {updated} cập nhật, {unchanged} không đổi, {duplicates} trùng trong tệp, "
            "{candidates} có thể là người đã có, {errors} lỗi.").format(
            rows=format_int(counts.rows), new=format_int(counts.new - counts.candidates),
            updated=format_int(counts.updated), unchanged=format_int(counts.unchanged),
            duplicates=format_int(counts.duplicates), candidates=format_int(counts.candidates),
            errors=format_int(counts.errors)))
        self.warnings_label.setText("\n".join(preview.warnings))
        self.warnings_label.setVisible(bool(preview.warnings))
        self.create_clans_check.setVisible(bool(preview.clans_unknown))
        self.preview_model.set_outcomes(preview.outcomes, kept)
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        tally = {result: len(preview.by_result(result)) for result in RowResult}
        for result in FILTERS:
            if result is None:
                self.filter_combo.addItem(self.tr("Tất cả ({n})").format(n=format_int(counts.rows)), None)
            elif tally[result]:
                self.filter_combo.addItem(f"{result_text(result)} ({format_int(tally[result])})", result.value)
        self.filter_combo.setCurrentIndex(1 if counts.errors else 0)
        self.filter_combo.blockSignals(False)
        self._filter_changed()
        self._confirmations_changed()
        self._update_buttons()
        self.show_step(PREVIEW_STEP)

    def _filter_changed(self) -> None:
        value = self.filter_combo.currentData()
        self.preview_model.set_filter(RowResult(value) if value else None)

    def _confirmations_changed(self) -> None:
        count = len(self.preview_model.confirmed)
        candidates = self.preview.counts.candidates if self.preview else 0
        self.confirmed_label.setText(
            self.tr("Đánh dấu ô “Là người đã có” nếu đúng là cùng một người; không đánh dấu thì nhập thành người "
                    "mới. Đã xác nhận {n}/{total}.").format(n=count, total=candidates) if candidates else "")

    def _update_buttons(self) -> None:
        preview = self.preview
        self.commit_button.setEnabled(preview is not None and not preview.committed and preview.counts.valid > 0)
        self.export_button.setEnabled(preview is not None and preview.counts.errors > 0)
        self.summary_export_button.setEnabled(self.result is not None and self.result.counts.errors > 0)

    # --- step 3: commit --------------------------------------------------------------------
    def commit(self) -> None:
        if self.parsed is None or self.preview is None or self.runner.running:
            return
        counts = self.preview.counts
        question = self.tr("Ghi {valid} dòng hợp lệ vào cơ sở dữ liệu? {errors} dòng lỗi và {duplicates} dòng "
                           "trùng sẽ không được nhập.").format(
            valid=format_int(counts.valid), errors=format_int(counts.errors),
            duplicates=format_int(counts.duplicates))
        if self.preview.same_file_batches:
            question = self.tr("Tệp này đã được nhập trước đây.") + " " + question
        if not dialogs.confirm(self, self.tr("Ghi vào cơ sở dữ liệu"), question):
            return
        parsed, db, actor = self.parsed, self._db, self._actor
        options = self._options(self.preview_model.confirmed)

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            return commit_import(db, actor, parsed, options, progress, cancel)

        self._start(work, self._committed)

    def _committed(self, result: ImportPreview) -> None:
        self.result = result
        self.preview = result
        counts = result.counts
        lines = [self.tr("Đã ghi xong lần nhập số {id} từ tệp “{file}”.").format(id=result.batch_id,
                                                                                 file=result.file_name),
                 self.tr("{new} người mới, {updated} người được cập nhật, {unchanged} không đổi, {duplicates} dòng "
                         "trùng trong tệp, {errors} dòng lỗi không nhập.").format(
                     new=format_int(counts.new), updated=format_int(counts.updated),
                     unchanged=format_int(counts.unchanged), duplicates=format_int(counts.duplicates),
                     errors=format_int(counts.errors))]
        if result.villages_created:
            lines.append(self.tr("Đã tạo mới các thôn, buôn: {names}.").format(names=", ".join(result.villages_created)))
        if result.clans_created:
            lines.append(self.tr("Đã tạo mới các dòng họ: {names}.").format(names=", ".join(result.clans_created)))
        if result.households_linked:
            lines.append(self.tr("Đã gắn {n} hộ vào dòng họ.", "", result.households_linked)
                         .format(n=format_int(result.households_linked)))
        if counts.errors:
            lines.append(self.tr("Có thể xuất các dòng lỗi ra Excel, sửa rồi nhập lại."))
        self.summary_label.setText("\n".join(lines))
        self._update_buttons()
        self.show_step(SUMMARY_STEP)
        self._bus.changed.emit("persons")
        self._bus.changed.emit("enrollments")
        if result.households_linked:
            self._bus.changed.emit("clans")
        self.refresh_history(select=result.batch_id)

    # --- error report ----------------------------------------------------------------------
    def export_errors(self) -> None:
        preview = self.result or self.preview
        if self.parsed is None or preview is None or self.runner.running:
            return
        suggested = f"{Path(self.parsed.file_name).stem}_dong_loi.xlsx"
        path = dialogs.ask_save_path(self, self.tr("Xuất các dòng lỗi ra Excel"), suggested,
                                     self.tr("Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        parsed, db, actor = self.parsed, self._db, self._actor

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            return write_error_report(db, actor, parsed, preview, path)

        def done(written: int) -> None:
            message = self.tr("Đã ghi {n} dòng lỗi kèm lý do ra tệp {path}.", "", written).format(n=format_int(written), path=path)
            self.status_label.setText(message)
            dialogs.show_info(self, self.tr("Xuất các dòng lỗi ra Excel"), message)

        self._start(work, done)

    # --- history and undo --------------------------------------------------------------------
    def refresh_history(self, select: int | None = None) -> None:
        db = self._db

        def loaded(batches: list[Any]) -> None:
            self.history.set_batches(batches)
            if select is not None:
                self.history.select_batch(select)
            self.history_loaded.emit()

        self._background.run(lambda: list_batches(db), loaded, self._failed)

    def undo(self, batch_id: int) -> None:
        if self.runner.running:
            return
        batch = next((b for b in self.history.batches if b.id == batch_id), None)
        name = batch.file_name if batch else str(batch_id)
        question = self.tr("Hoàn tác lần nhập số {id} (tệp “{file}”)? Những người và lượt tham gia do lần nhập này "
                           "tạo sẽ bị xoá; những người được cập nhật trở lại như trước khi nhập.").format(
            id=batch_id, file=name)
        if not dialogs.confirm(self, self.tr("Hoàn tác lần nhập"), question):
            return
        db, actor = self._db, self._actor

        def work(progress: Callable[[Stage, int, int], None], cancel: threading.Event) -> object:
            return undo_import(db, actor, batch_id)

        def done(result: Any) -> None:
            message = self.tr("Đã hoàn tác lần nhập số {id}: xoá {deleted} người, {enrollments} lượt tham gia; "
                              "khôi phục {restored} người.").format(
                id=batch_id, deleted=format_int(result.persons_deleted),
                enrollments=format_int(result.enrollments_deleted), restored=format_int(result.persons_restored))
            self.status_label.setText(message)
            dialogs.show_info(self, self.tr("Hoàn tác lần nhập"), message)
            self._bus.changed.emit("persons")
            self._bus.changed.emit("enrollments")
            self.refresh_history(select=batch_id)

        self._start(work, done)

    def wait_idle(self) -> None:
        """Let background work finish (tests, screenshots)."""
        self.runner.wait()
        self._background.wait()
