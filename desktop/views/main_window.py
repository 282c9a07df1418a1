"""The main window: a navigation sidebar, the page stack, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop import __version__
from desktop.db import Database, database_caption
from desktop.domain.coverage import CoverageStatus
from desktop.domain.qr import CccdScan
from desktop.services.audit import Actor
from desktop.services.authz import ROLE_LABELS, Permission, allows
from desktop.services.errors import ServiceError
from desktop.services.office import load_office
from desktop.views import dialogs
from desktop.views.background import Background
from desktop.views.bus import DataBus
from desktop.views.desk_settings import DeskSettings
from desktop.views.labels import label_text
from desktop.views.participants.enrollment_dialog import EnrollmentDialog
from desktop.views.participants.page import ParticipantsPage
from desktop.views.participants.person_dialog import open_person_dialog
from desktop.views.qr_scanner import QrScanDetector, open_scan
from desktop.views.settings_page import SettingsPage

if TYPE_CHECKING:
    from desktop.views.clans.page import ClansPage
    from desktop.views.dashboard.page import DrillDown

BACKUP_CHECK_INTERVAL_MS = 3_600_000


class Leaving(StrEnum):
    """Why the main window closed, told to whoever owns it through ``MainWindow.closed``."""

    QUIT = "quit"
    SIGN_OUT = "sign_out"
    LANGUAGE = "language"
    """The language changed: the same account gets a new window, built in the new language."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    build: Callable[[], QWidget]
    permission: Permission = Permission.READ
    """The page is listed only for accounts whose role grants this."""


class MainWindow(QMainWindow):
    """Hosts every page the signed-in account may open; pages refresh themselves on the data bus."""

    closed = Signal(str)
    """The window has closed, and why (:class:`Leaving`): the desk quits, asks who signs in next, or reopens it."""

    def __init__(self, db: Database, bus: DataBus, desk: DeskSettings, actor: Actor) -> None:
        super().__init__()
        self._db, self._bus, self._desk, self.actor = db, bus, desk, actor
        self._leaving = Leaving.QUIT
        self.setWindowTitle(self.tr("An Sinh Desk — BHXH cơ sở"))
        self.setMinimumSize(QSize(760, 560))
        self.pages: dict[str, QWidget] = {}  # built so far: a page is built when first shown
        self._specs: dict[str, PageSpec] = {}
        self.qr_detector = QrScanDetector(self)
        self._background = Background(self)
        self._backup_timer = QTimer(self)  # a desk left open for days still gets its daily backup
        self._backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.start_backup_of_the_day)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(230)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        for spec in self._page_specs():
            self.add_page(spec)
        self.office_label = QLabel()
        self.statusBar().addWidget(self.office_label, 1)
        self.user_label = QLabel(self.user_caption())
        self.user_label.setObjectName("userLabel")
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        database = QLabel(self._database_caption())
        database.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(database)
        self._bus.changed.connect(self._on_data_changed)
        self._install_qr_scanner()
        self._refresh_office()
        self._restore_state()

    def _page_specs(self) -> list[PageSpec]:
        sp = QStyle.StandardPixmap

        return [
            PageSpec("dashboard", self.tr("Tổng quan"), sp.SP_ComputerIcon, self._dashboard_page),
            PageSpec("participants", self.tr("Người tham gia"), sp.SP_FileDialogDetailedView,
                     lambda: ParticipantsPage(self._db, self._bus, actor=self.actor)),
            PageSpec("households", self.tr("Hộ gia đình"), sp.SP_DirHomeIcon, self._households_page),
            PageSpec("clans", self.tr("Dòng họ"), sp.SP_FileDialogContentsView, self._clans_page),
            PageSpec("sessions", self.tr("Tuyên truyền"), sp.SP_MessageBoxInformation, self._sessions_page),
            PageSpec("agents", self.tr("Đại lý thu & chỉ tiêu"), sp.SP_DialogApplyButton, self._agents_page),
            PageSpec("imports", self.tr("Nhập danh sách"), sp.SP_ArrowDown, self._imports_page, Permission.IMPORT),
            PageSpec("reports", self.tr("Báo cáo"), sp.SP_FileIcon, self._reports_page),
            PageSpec("settings", self.tr("Cài đặt"), sp.SP_FileDialogListView,
                     lambda: SettingsPage(self._db, self._bus, self._desk, self.qr_detector, actor=self.actor)),
            PageSpec("users", self.tr("Tài khoản người dùng"), sp.SP_DirLinkIcon, self._users_page,
                     Permission.MANAGE_USERS),
            PageSpec("audit", self.tr("Nhật ký thao tác"), sp.SP_FileDialogInfoView, self._audit_page,
                     Permission.VIEW_AUDIT),
        ]

    def add_page(self, spec: PageSpec) -> bool:
        """List ``spec`` in the sidebar and the Go menu if the account's role allows it; True if listed."""
        if spec.key in self._specs or not allows(self.actor.role, spec.permission):
            return False
        self._specs[spec.key] = spec
        self.stack.addWidget(QWidget())  # stands in until the page is first shown
        item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.sidebar.addItem(item)
        row = self.sidebar.count() - 1
        action = QAction(spec.title, self)
        if row < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _checked=False, row=row: self.sidebar.setCurrentRow(row))
        self._go_menu.addAction(action)
        return True

    def user_caption(self) -> str:
        """Who is signed in, shown in the status bar."""
        return self.tr("Người dùng: {user} ({role})").replace("{user}", self.actor.username) \
            .replace("{role}", label_text(ROLE_LABELS[self.actor.role]))

    # Pages other than the participant list import their modules when built (reportlab
    # alone is 0.2 s, the dashboard's services 0.1 s), so start-up does not wait for them.
    def _dashboard_page(self) -> QWidget:
        from desktop.views.dashboard.page import DashboardPage

        page = DashboardPage(self._db, self._bus)
        page.drill_down.connect(self._drill_down)
        return page

    def _households_page(self) -> QWidget:
        from desktop.views.households.page import HouseholdPage

        return HouseholdPage(self._db, self._bus, actor=self.actor)

    def _clans_page(self) -> QWidget:
        from desktop.views.clans.page import ClansPage

        return ClansPage(self._db, self._bus, actor=self.actor)

    def _sessions_page(self) -> QWidget:
        from desktop.views.sessions.page import SessionsPage

        return SessionsPage(self._db, self._bus, detector=self.qr_detector, actor=self.actor)

    def _agents_page(self) -> QWidget:
        from desktop.views.agents.page import AgentsPage

        return AgentsPage(self._db, self._bus, actor=self.actor)

    def _imports_page(self) -> QWidget:
        from desktop.views.imports.page import ImportPage

        return ImportPage(self._db, self._bus, actor=self.actor)

    def _reports_page(self) -> QWidget:
        from desktop.views.reports.page import ReportsPage

        return ReportsPage(self._db, self._bus, actor=self.actor)

    def _users_page(self) -> QWidget:
        from desktop.views.accounts.users_page import UsersPage

        return UsersPage(self._db, self.actor)

    def _audit_page(self) -> QWidget:
        from desktop.views.audit.page import AuditPage

        return AuditPage(self._db, self.actor)

    def page_keys(self) -> list[str]:
        return list(self._specs)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is asked for.

        Building every page at start-up made the window wait for the dashboard,
        agents, sessions and reports queries; now start-up builds only the page
        the user left open.
        """
        if key not in self.pages:
            page = self._specs[key].build()
            page.setObjectName(f"page_{key}")
            index = self.page_keys().index(key)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages[key] = page
            self._connect_page(key, page)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self.page(self.page_keys()[row]))

    def _connect_page(self, key: str, page: QWidget) -> None:
        """Links between pages, made when the page is built."""
        if isinstance(page, ParticipantsPage):
            page.list.new_person.connect(lambda: open_person_dialog(self, self._db, self._bus, actor=self.actor))
            page.list.open_person.connect(
                lambda person_id: open_person_dialog(self, self._db, self._bus, person_id, actor=self.actor))
            page.list.open_enrollments.connect(self.open_enrollments)
            page.expiring.open_person.connect(self.open_enrollments)

    def participants_page(self) -> ParticipantsPage:
        page = self.page("participants")
        assert isinstance(page, ParticipantsPage)
        return page

    def _clans(self) -> ClansPage:
        from desktop.views.clans.page import ClansPage

        page = self.page("clans")
        assert isinstance(page, ClansPage)
        return page

    def open_enrollments(self, person_id: int) -> None:
        """The person's enrollment history: join, renew or stop a scheme."""
        dialog = EnrollmentDialog(self._db, self._bus, person_id, parent=self, actor=self.actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _drill_down(self, target: DrillDown) -> None:
        """A dashboard bar was clicked: open the list of persons behind it."""
        participants = self.participants_page()
        if target.kind == "sessions":
            self.show_page("sessions")
            return
        if target.kind == "clans":
            self._clans().show_commune(target.commune_code)
            self.show_page("clans")
            return
        status = CoverageStatus.EXPIRING if target.kind == "expiring" else None
        scheme = "VSI" if target.kind == "vsi" else None
        participants.list.show_filtered(commune_code=target.commune_code, status=status, scheme=scheme)
        participants.show_list()
        self.show_page("participants")

    def _install_qr_scanner(self) -> None:
        """A USB scanner types a CCCD's QR line wherever the focus is; catch it application-wide."""
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.qr_detector)
        self.qr_detector.scanned.connect(self._on_scan)
        self.qr_detector.malformed.connect(self._on_malformed_scan)

    def _on_scan(self, scan: CccdScan) -> None:
        if not self.qr_detector.claimed:  # the check-in at the door or the scanner check takes its scans
            open_scan(self, self._db, self._bus, scan, actor=self.actor)

    def _on_malformed_scan(self, message: str) -> None:
        if not self.qr_detector.claimed:
            dialogs.show_error(self, self.tr("Mã QR"), message)

    def _build_menu(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        password_action = QAction(self.tr("Đổi mật khẩu…"), self)
        password_action.triggered.connect(self.change_password)
        app_menu.addAction(password_action)
        self.sign_out_action = QAction(self.tr("Đăng xuất"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out)
        app_menu.addAction(self.sign_out_action)
        app_menu.addSeparator()
        quit_action = QAction(self.tr("Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)
        self._go_menu = self.menuBar().addMenu(self.tr("&Đi tới"))
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about_action = QAction(self.tr("Giới thiệu An Sinh Desk"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def change_password(self) -> None:
        from desktop.views.accounts.change_password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self._db, self.actor, parent=self).exec()

    def sign_out(self) -> None:
        """Record the sign-out and close; whoever owns the window shows the sign-in again (see ``closed``)."""
        from desktop.services.accounts import sign_out

        try:
            sign_out(self._db, self.actor)
        except ServiceError as error:  # leaving the desk is never blocked by the trail
            dialogs.show_error(self, self.tr("Đăng xuất"), error.message)
        self._close_for(Leaving.SIGN_OUT)

    def _close_for(self, reason: Leaving) -> None:
        self._leaving = reason
        if not self.close():
            self._leaving = Leaving.QUIT

    def start_backup_of_the_day(self) -> None:
        """The automatic backup (at start, once a day), off the UI thread; it never stops the work."""
        self._backup_timer.start()
        from desktop.services.backup import BackupPolicy, run_startup_backup

        def show(message: str | None) -> None:
            if message:
                self.statusBar().showMessage(message, 15_000)

        self._background.run(lambda: run_startup_backup(self._db, BackupPolicy.load()), show)

    def show_page(self, key: str) -> None:
        if key in self._specs:
            self.sidebar.setCurrentRow(self.page_keys().index(key))

    def current_page_key(self) -> str:
        return self.page_keys()[max(0, self.sidebar.currentRow())]

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu An Sinh Desk"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<b>An Sinh Desk</b> {version}<br>Phần mềm bộ phận một cửa của Bảo hiểm xã hội cơ sở.<br><br>"
            "Danh mục xã, phường: vietnamese-provinces-database (MIT).<br>"
            "Phông chữ Liberation Serif (SIL Open Font License)."
        ).replace("{version}", __version__)

    def _database_caption(self) -> str:
        return self.tr("CSDL: {db}").replace("{db}", database_caption(self._db.url))

    def _refresh_office(self) -> None:
        office = load_office(self._db)
        if office is None:
            self.office_label.setText(self.tr("Chưa thiết lập đơn vị"))
            return
        communes = ", ".join(c.name for c in office.communes)
        self.office_label.setText(f"{office.name} — {communes}")

    def _on_data_changed(self, topic: str) -> None:
        if topic == "office":
            self._refresh_office()
        elif topic == "language":  # every text was set when built: build the window again in the new language
            self._close_for(Leaving.LANGUAGE)

    def _restore_state(self) -> None:
        geometry, state = self._desk.window_geometry(), self._desk.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)
        self.show_page(self._desk.last_page)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self.qr_detector)
        self._desk.save_window(self.saveGeometry(), self.saveState(), self.current_page_key())
        self._backup_timer.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit(self._leaving.value)
