"""The Dòng họ page and a clan's page as a clerk uses them: create, link households, see coverage, print, hold a session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import AuditEntry, Clan, Household, OutreachSession
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.clans import ClanDialog, ClansPage
from desktop.views.main_window import MainWindow
from desktop.views.pdf_document import PdfDocument
from tests.services.clan_data import JOINED, TODAY, example_clan
from tests.services.test_enrollments import add_agent, add_household, add_person, add_village
from tests.views.conftest import Popups
from tests.views.pdf_samples import ink_difference
from tests.views.reports_helpers import pick_report, print_to_file
from tests.views.test_households import choose
from tests.views.typing import type_text

STAFF = Actor("thu.ha", role=Role.STAFF)


@pytest.fixture
def page(qtbot: QtBot, office_db: Database, popups: Popups) -> Iterator[ClansPage]:
    widget = ClansPage(office_db, DataBus(), today=TODAY, actor=STAFF)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    with qtbot.waitSignal(widget.results_shown, timeout=10_000):
        widget.show()
    yield widget
    widget.wait_idle()


def requeried(qtbot: QtBot, page: ClansPage) -> None:
    generation = page.generation
    with qtbot.waitSignal(page.results_shown, timeout=10_000, check_params_cb=lambda g: g > generation):
        page.requery()


def click_box(qtbot: QtBot, listing: QListWidget, item: QListWidgetItem) -> None:
    """Click the item's check box (left of its text)."""
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))


def click_item(qtbot: QtBot, listing: QListWidget, row: int) -> None:
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_clan(qtbot: QtBot, db: Database, clan_id: int | None) -> ClanDialog:
    dialog = ClanDialog(db, DataBus(), clan_id, today=TODAY, actor=STAFF)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def show_tab(qtbot: QtBot, dialog: ClanDialog, index: int) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def test_a_clerk_creates_a_clan_with_its_leader_villages_and_agent(qtbot: QtBot, page: ClansPage,
                                                                    office_db: Database) -> None:
    add_village(office_db, "Buôn Ea Bông")
    add_village(office_db, "Buôn Mấp")
    add_agent(office_db)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Thêm dòng họ"
    assert not dialog.tabs.isTabEnabled(1) and not dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.errors["name"].isVisibleTo(dialog) and form.errors["name"].text() == "Chưa nhập tên dòng họ."
    assert form.errors["commune_code"].text() == "Chưa chọn xã, phường của dòng họ."
    type_text(form.name_edit, "Niê")
    choose(qtbot, form.commune_combo, "Xã Cuôr Đăng")
    assert [form.villages_list.item(r).text() for r in range(form.villages_list.count())] == [
        "Buôn Ea Bông", "Buôn Mấp"]
    click_box(qtbot, form.villages_list, form.village_item("Buôn Mấp"))
    type_text(form.leader_edit, "Y Bhim Niê")
    type_text(form.phone_edit, "0905 111 222")
    qtbot.mouseClick(form.joined.check, Qt.MouseButton.LeftButton, pos=QPoint(8, form.joined.check.height() // 2))
    assert form.joined.date_edit.isEnabled()
    form.joined.date_edit.setDate(form.joined.date_edit.date().addDays(-30))
    choose(qtbot, form.agent_combo, "Nguyễn Văn Thu (NV301001)")
    qtbot.keyClick(form.leader_edit, Qt.Key.Key_Return)  # Enter saves the clan
    with office_db.reading() as session:
        saved = session.execute(select(Clan.name, Clan.commune_code, Clan.leader_name, Clan.leader_phone,
                                       Clan.joined_on)).all()
    assert [tuple(row) for row in saved] == [("Niê", "24301", "Y Bhim Niê", "0905111222",
                                               TODAY - dt.timedelta(days=30))]
    assert dialog.windowTitle() == "Dòng họ Niê — Xã Cuôr Đăng"
    assert dialog.record is not None and dialog.record.village_names == ("Buôn Mấp",)
    assert dialog.tabs.isTabEnabled(1) and dialog.print_button.isEnabled()
    assert not any(label.isVisibleTo(dialog) for label in form.errors.values())
    dialog.accept()
    requeried(qtbot, page)
    assert page.model.rowCount() == 1 and page.model.row_at(0).name == "Niê"


def test_households_join_and_the_page_shows_coverage_and_who_to_bring_in(qtbot: QtBot, office_db: Database,
                                                                          popups: Popups) -> None:
    ex = example_clan(office_db)
    newcomer = add_household(office_db, "2430100000199", ex.village_id)
    add_person(office_db, "Y Mới Niê", village_id=ex.village_id, household_id=newcomer, relationship="00")
    dialog = open_clan(qtbot, office_db, ex.clan_id)
    show_tab(qtbot, dialog, 1)
    members = dialog.members
    assert members.summary_label.text() == (
        "6 thành viên trong 2 hộ; 3 người có thẻ BHYT: 50,0% (mục tiêu 100%). Còn 3 người cần vận động "
        "(2 chưa tham gia, 1 thẻ hết hạn); 0 thẻ hết hạn trong 30 ngày tới.")
    assert members.coverage_bar.value() == 5000
    statuses = {members.table.item(r, 1).text(): members.table.item(r, 7).text() for r in range(members.table.rowCount())}
    assert statuses == {"Y Bhim Niê": "Còn hạn", "H'Hoa Niê": "Còn hạn", "Y Đăm Niê": "Chưa tham gia",
                        "H'Lan Niê": "Hết hạn", "Y Kpă Niê": "Còn hạn", "Y Sơn Niê": "Chưa tham gia"}
    choose(qtbot, members.filter_combo, "Cần vận động (chưa tham gia, thẻ hết hạn)")
    assert [members.table.item(r, 1).text() for r in range(members.table.rowCount())] == [
        "Y Đăm Niê", "H'Lan Niê", "Y Sơn Niê"]

    type_text(members.search_edit, "moi")
    members.search()
    assert [members.results.item(r).text() for r in range(members.results.count())] == [
        "2430100000199 — Y Mới Niê — Buôn Ea Bông"]
    click_item(qtbot, members.results, 0)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    with office_db.reading() as session:
        assert session.scalar(select(Household.clan_id).where(Household.id == newcomer)) == ex.clan_id
    assert members.summary_label.text().startswith("7 thành viên trong 3 hộ; 3 người có thẻ BHYT: 42,9%")
    assert [members.table.item(r, 1).text() for r in range(members.table.rowCount())][-1] == "Y Mới Niê"

    choose(qtbot, members.filter_combo, "Mọi thành viên")
    row = next(r for r in range(members.table.rowCount()) if members.table.item(r, 1).text() == "Y Mới Niê")
    qtbot.mouseClick(members.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=members.table.visualItemRect(members.table.item(row, 1)).center())
    qtbot.mouseClick(members.remove_button, Qt.MouseButton.LeftButton)
    assert members.summary_label.text().startswith("6 thành viên trong 2 hộ")
    show_tab(qtbot, dialog, 2)
    assert dialog.history.summary_label.text().startswith(
        f"Tham gia mô hình từ ngày {JOINED:%d/%m/%Y}: 2 lượt người tham gia BHYT mới, 1 lượt gia hạn")
    assert popups.errors == []


def test_the_leaders_list_is_printed_from_the_engines_pdf(qtbot: QtBot, office_db: Database, popups: Popups,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ex = example_clan(office_db)
    printed = tmp_path / "printed.pdf"
    asked = print_to_file(monkeypatch, printed)
    dialog = open_clan(qtbot, office_db, ex.clan_id)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "trang tới máy in" in dialog.status_label.text(), timeout=30_000)
    pdf = tmp_path / "list.pdf"
    write_report(build_report(office_db, "clan-list", ReportParams(clan_id=ex.clan_id, report_date=TODAY)), pdf)
    pages = len(PdfReader(pdf).pages)
    assert asked == [pages] and len(PdfReader(printed).pages) == pages
    with PdfDocument(pdf) as expected, PdfDocument(printed) as sent:
        assert ink_difference(sent.render(0, 50), expected.render(0, 50)) < 0.2

    target = tmp_path / "Danh-sach-dong-ho.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=30_000)
    assert target.stat().st_size > 0 and target.stat().st_mode & 0o077 == 0
    with office_db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "report")).all()
    assert sorted(actions) == ["export", "print"]
    assert popups.errors == []


def test_a_session_is_held_with_the_clan_from_its_page(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    ex = example_clan(office_db)
    dialog = open_clan(qtbot, office_db, ex.clan_id)
    form = dialog.hold_session()
    assert form is not None
    assert form.clan_combo.currentText() == "Niê" and form.village_combo.currentText() == "Buôn Ea Bông"
    assert form.venue_edit.text() == "Nhà trưởng tộc Y Bhim Niê, dòng họ Niê"
    assert form.agent_combo.currentText() == "Nguyễn Văn Thu (NV301001)"
    qtbot.mouseClick(form.findChild(QPushButton, "saveSession"), Qt.MouseButton.LeftButton)
    with office_db.reading() as session:
        assert session.execute(select(OutreachSession.clan_id, OutreachSession.held_on)).all() == [
            (ex.clan_id, TODAY)]
    assert dialog.history.sessions_table.rowCount() == 1
    assert dialog.history.sessions_table.item(0, 1).text() == "Tư vấn trực tiếp"


def test_a_viewer_sees_the_clan_but_changes_nothing(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    ex = example_clan(office_db)
    dialog = ClanDialog(office_db, DataBus(), ex.clan_id, today=TODAY, actor=Actor("xem", role=Role.VIEWER))
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.session_button.isEnabled() and not dialog.export_button.isEnabled()
    assert dialog.print_button.isEnabled() and dialog.members.table.rowCount() == 6
    assert not dialog.members.add_button.isEnabled()


def test_the_page_lists_clans_with_the_models_totals(qtbot: QtBot, page: ClansPage, office_db: Database) -> None:
    example_clan(office_db)
    requeried(qtbot, page)
    assert page.totals_label.text() == (
        "Mô hình dòng họ tham gia BHYT: 1 dòng họ, 2 hộ, 6 người; 3 người có thẻ BHYT (50,0%); "
        "còn 3 người cần vận động.")
    texts = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert texts == ["Niê", "Xã Cuôr Đăng", "Buôn Ea Bông", "Y Bhim Niê", "15/01/2026", "2", "6", "3", "50,0%", "3"]
    page.show_commune("24265")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert page.commune_combo.currentText() == "Xã Ea Kiết" and page.model_check.isChecked()


def test_a_clerk_runs_the_clan_model_from_the_main_window(qtbot: QtBot, main_window: MainWindow, office_db: Database,
                                                          popups: Popups, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    """Create a clan, link its households, see its coverage, print the leader's list, hold a session, then R11."""
    ex = example_clan(office_db)  # the households and cards; the clan made here is replaced by the clerk's own
    with office_db.unit_of_work() as session:
        for household in session.scalars(select(Household).where(Household.clan_id == ex.clan_id)):
            household.clan_id = None
        session.delete(session.get(Clan, ex.clan_id))
    main_window.show_page("clans")
    page = main_window.page("clans")
    assert isinstance(page, ClansPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    type_text(dialog.form.name_edit, "Niê")
    choose(qtbot, dialog.form.commune_combo, "Xã Cuôr Đăng")
    check = dialog.form.joined.check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    dialog.form.joined.date_edit.setDate(dialog.form.joined.date_edit.date().addDays(-60))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None and dialog.tabs.currentWidget() is dialog.members
    members = dialog.members
    for code in ("2430100000101", "2430100000102"):
        members.search_edit.clear()
        type_text(members.search_edit, code)
        members.search()
        click_item(qtbot, members.results, 0)
        qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    figures = members.figures
    assert figures is not None and (figures.households, figures.members) == (2, 6)
    choose(qtbot, members.filter_combo, "Cần vận động (chưa tham gia, thẻ hết hạn)")
    assert members.table.rowCount() == figures.to_bring_in > 0

    asked = print_to_file(monkeypatch, tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "trang tới máy in" in dialog.status_label.text(), timeout=30_000)
    assert len(asked) == 1 and asked[0] >= 1
    form = dialog.hold_session()
    assert form is not None and form.clan_combo.currentText() == "Niê"
    qtbot.mouseClick(form.findChild(QPushButton, "saveSession"), Qt.MouseButton.LeftButton)
    with office_db.reading() as session:
        assert session.scalar(select(OutreachSession.clan_id)) == dialog.record.id
    dialog.accept()

    main_window.show_page("reports")
    reports = main_window.page("reports")
    pick_report(qtbot, reports, "clans")  # type: ignore[arg-type]
    with qtbot.waitSignal(reports.preview_shown, timeout=60_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    rate = f"{figures.covered * 100 / figures.members:.1f}".replace(".", ",")
    assert (f"Toàn đơn vị: 1 dòng họ tham gia mô hình, 2 hộ, 6 người; {figures.covered} người có thẻ BHYT "
            f"({rate}%); còn {figures.to_bring_in} người phải vận động") in reports.status_label.text()  # type: ignore[attr-defined]
