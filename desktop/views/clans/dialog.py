"""A clan's page: its fields, its households and members with their HI status, its history, its lists and sessions.

The fields are saved with "Lưu thông tin dòng họ", checked against the
version opened so another desk's edit is never overwritten; households join
and leave at once. The clan leader's and agent's list is printed and exported
through the report engine (report ``clan-list``): the printer gets the PDF's
pages, as from the reports page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.reports import ReportResult
from desktop.services import clans as service
from desktop.services.audit import Actor
from desktop.services.authz import Permission
from desktop.services.clans import ClanRecord
from desktop.services.errors import ConcurrentEditError, ServiceError
from desktop.services.office import load_office
from desktop.services.reports import ReportParams, export_report, record_output, report_kind
from desktop.services.reports.preview import ReportPdf, prepare_print
from desktop.services.sessions import SessionInput
from desktop.views import dialogs, printing
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.clans.form import ClanForm
from desktop.views.clans.history_tab import ClanHistoryTab
from desktop.views.clans.members_tab import ClanMembersTab
from desktop.views.permissions import gate
from desktop.views.sessions.session_dialog import SessionDialog

LIST_REPORT = "clan-list"


class ClanDialog(QDialog):
    """Opened from the Dòng họ page; ``clan_id=None`` starts a new clan."""

    def __init__(self, db: Database, bus: DataBus, clan_id: int | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None, *, actor: Actor) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor = db, bus, actor
        self._today = today or dt.date.today()
        self._background = Background(self)
        self.record: ClanRecord | None = None
        self.session_dialog: SessionDialog | None = None
        self.last_export: ReportResult | None = None
        self.resize(1120, 720)

        self.form = ClanForm(db, self._today)
        self.save_button = QPushButton(self.tr("Lưu thông tin dòng họ"))
        self.save_button.setObjectName("saveClan")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Xoá dòng họ"))
        self.delete_button.setObjectName("deleteClan")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.addWidget(self.form)
        info_buttons = QHBoxLayout()
        info_buttons.addWidget(self.delete_button)
        info_buttons.addStretch(1)
        info_buttons.addWidget(self.save_button)
        info_layout.addLayout(info_buttons)
        info_layout.addStretch(1)
        self.members = ClanMembersTab(db, self._today, actor=actor)
        self.members.households_changed.connect(self._households_changed)
        self.history = ClanHistoryTab(db, self._today)
        self.tabs = QTabWidget()
        self.tabs.addTab(info, self.tr("Thông tin dòng họ"))
        self.tabs.addTab(self.members, self.tr("Hộ, thành viên và thẻ BHYT"))
        self.tabs.addTab(self.history, self.tr("Kết quả từ khi tham gia mô hình"))
        self.tabs.currentChanged.connect(lambda index: self.save_button.setDefault(index == 0))

        self.print_button = QPushButton(self.tr("In danh sách vận động…"))
        self.print_button.setObjectName("printClanList")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Danh sách cho trưởng tộc và nhân viên thu: chưa tham gia, thẻ hết hạn, "
                                             "thẻ sắp hết hạn (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_list)
        self.export_button = QPushButton(self.tr("Xuất PDF, Excel…"))
        self.export_button.setObjectName("exportClanList")
        self.export_button.clicked.connect(self.export_list)
        self.session_button = QPushButton(self.tr("Tổ chức buổi tuyên truyền…"))
        self.session_button.setObjectName("clanSession")
        self.session_button.clicked.connect(self.hold_session)
        self.status_label = QLabel()
        self.status_label.setObjectName("clanStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.export_button, self.session_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.export_button, self.session_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        if clan_id is None:
            self.setWindowTitle(self.tr("Thêm dòng họ"))
            self._show_saved(None)
        else:
            self.reload(clan_id)

    # --- loading ---------------------------------------------------------------------
    def reload(self, clan_id: int | None = None) -> None:
        """Read the clan again; the members and history follow."""
        target = clan_id if clan_id is not None else (self.record.id if self.record else None)
        if target is None:
            return
        try:
            record = service.load_clan(self._db, target)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không mở được dòng họ"), error.message)
            return
        opening = self.record is None or self.record.id != record.id
        self.record = record
        self.setWindowTitle(self.tr("Dòng họ {name} — {place}").replace("{name}", record.data.name)
                            .replace("{place}", record.commune_name))
        self.form.show_data(record.data)
        self._show_saved(record.id)
        if opening:
            self.tabs.setCurrentWidget(self.members)  # a clan's page opens on its members and their cards

    def _show_saved(self, clan_id: int | None) -> None:
        self.members.set_clan(clan_id)
        self.history.set_clan(clan_id)
        saved = clan_id is not None
        for index in (1, 2):
            self.tabs.setTabEnabled(index, saved)
        for button in (self.print_button, self.export_button, self.session_button, self.delete_button):
            button.setEnabled(saved)
        gate(self._actor, Permission.EDIT_REGISTER, self.save_button, self.delete_button, self.session_button)
        gate(self._actor, Permission.EXPORT, self.export_button)
        gate(self._actor, Permission.PRINT, self.print_button)

    # --- the clan's fields -------------------------------------------------------------
    def save(self) -> None:
        data = self.form.values()
        errors = service.validate_clan(data)
        self.form.show_errors(errors)
        if errors:
            return
        try:
            if self.record is None:
                clan_id = service.create_clan(self._db, self._actor, data)
            else:
                clan_id = self.record.id
                service.update_clan(self._db, self._actor, clan_id, self.record.version, data)
        except ValidationError as error:
            self.form.show_errors({error.field or "name": error.message})
            return
        except ConcurrentEditError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            self.reload()
            return
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Chưa lưu được"), error.message)
            return
        self._bus.changed.emit("clans")
        self.reload(clan_id)
        self.status_label.setText(self.tr("Đã lưu."))

    def delete(self) -> None:
        if self.record is None:
            return
        question = self.tr("Xoá dòng họ {name}? Các hộ và buổi tuyên truyền vẫn được giữ, chỉ bỏ liên kết với "
                           "dòng họ.").replace("{name}", self.record.data.name)
        if not dialogs.confirm(self, self.tr("Xoá dòng họ"), question):
            return
        try:
            service.delete_clan(self._db, self._actor, self.record.id, self.record.version)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Không xoá được"), error.message)
            return
        self._bus.changed.emit("clans")
        self.accept()

    def _households_changed(self) -> None:
        self._bus.changed.emit("clans")
        self.reload()

    # --- the list for the leader and the agent -------------------------------------------
    def _list_params(self) -> ReportParams:
        assert self.record is not None
        return ReportParams(clan_id=self.record.id, days=self.members.days_spin.value(), report_date=self._today)

    def print_list(self) -> None:
        """Write the list's PDF off the UI thread, ask for the printer, then print it off the UI thread; audited."""
        if self.record is None:
            return
        params = self._list_params()
        self.status_label.setText(self.tr("Đang chuẩn bị trang in…"))
        self._background.run(lambda: prepare_print(self._db, LIST_REPORT, params), self._ask_printer, self._failed)

    def _ask_printer(self, pdf: ReportPdf) -> None:
        printer = printing.make_printer(pdf.orientation, pdf.title)
        if not dialogs.ask_printer(self, printer, pdf.page_count):
            pdf.discard()
            self.status_label.setText(self.tr("Đã hủy in."))
            return

        def work() -> int:
            try:
                return printing.print_pdf(printer, pdf.path)
            finally:
                pdf.discard()

        def done(pages: int) -> None:
            record_output(self._db, self._actor, "print", report_kind(LIST_REPORT),
                          f"{pages} trang, {pdf.row_count} dòng")
            self.status_label.setText(self.tr("Đã gửi {n} trang tới máy in.", "", pages).replace("{n}", str(pages)))

        self.status_label.setText(self.tr("Đang in…"))
        self._background.run(work, done, self._failed)

    def export_list(self) -> None:
        if self.record is None:
            return
        params = self._list_params()
        suggested = f"Danh-sach-dong-ho-{self.record.id}_{self._today:%d-%m-%Y}.pdf"
        chosen = dialogs.ask_save_path(self, self.tr("Lưu danh sách dòng họ"), suggested,
                                       self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + ".pdf")

        def done(result: ReportResult) -> None:
            self.last_export = result
            self.status_label.setText(self.tr("Đã lưu {file}").replace("{file}", str(result.path)))

        self.status_label.setText(self.tr("Đang xuất danh sách…"))
        self._background.run(lambda: export_report(self._db, self._actor, LIST_REPORT, params, path), done,
                             self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status_label.clear()
        message = error.message if isinstance(error, ServiceError) else str(error)
        dialogs.show_error(self, self.tr("Danh sách dòng họ"), message)

    # --- a session with the clan -----------------------------------------------------------
    def hold_session(self) -> SessionDialog | None:
        """The session form filled for this clan: its commune, first village, the leader's house."""
        if self.record is None:
            return None
        data = self.record.data
        leader = f" {data.leader_name}" if data.leader_name else ""
        office = load_office(self._db)
        preset = SessionInput(
            kind="tu_van", held_on=self._today, commune_code=data.commune_code,
            village_id=data.village_ids[0] if data.village_ids else None, clan_id=self.record.id,
            venue=self.tr("Nhà trưởng tộc{leader}, dòng họ {name}").replace("{leader}", leader)
            .replace("{name}", data.name),
            organiser=office.name if office is not None else "", organiser_agent_id=data.agent_id, languages="Kinh",
        )
        self.session_dialog = SessionDialog(self._db, self._bus, None, self, self._today, actor=self._actor,
                                            preset=preset)
        self.session_dialog.accepted.connect(lambda: self.history.set_clan(self.record.id if self.record else None))
        self.session_dialog.open()
        return self.session_dialog

    def wait_idle(self) -> None:
        """Let a running print or export finish (tests)."""
        self._background.wait()
