"""The agents page driven as a desk would: the agent form, the targets grid, progress and ranking, population."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Agent, AgentArea
from desktop.services import targets
from desktop.services.agents import AgentInput, create_agent, load_agent
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.commune_figures import load_figures
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.views.agents import AgentsPage
from desktop.views.bus import DataBus
from tests.services.test_enrollments import add_person, add_village
from tests.views.conftest import Popups
from tests.views.typing import type_text

TODAY = dt.date(2026, 3, 15)
MARCH = targets.period_of("month", TODAY)
ACTOR = Actor("thu.ha", role=Role.STAFF)


def _page(qtbot: QtBot, db: Database) -> tuple[AgentsPage, DataBus]:
    bus = DataBus()
    page = AgentsPage(db, bus, today=TODAY, actor=ACTOR)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page, bus


def enter_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Select the cell, open its editor with F2, replace the text and press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 did not open the cell's editor"
    editor = editors[0]
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor through a queued call


def _column(table: QTableWidget, title: str) -> int:
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None and item.text().replace("\n", " ") == title:
            return column
    raise AssertionError(title)


def test_new_agent_through_the_form(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    page, _bus = _page(qtbot, office_db)
    tab = page.agents_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.field_errors["code"].isVisible() and tab.field_errors["communes"].isVisible()
    assert "Chưa nhập họ và tên" in tab.field_errors["full_name"].text()

    type_text(tab.code, "nv301001")
    type_text(tab.full_name, "Lê Thị Hoà")
    type_text(tab.phone, "0912 345 678")
    type_text(tab.active_from, "02/01/2024")
    tab.organisation.setFocus()
    tab.organisation.lineEdit().clear()  # type: ignore[union-attr]
    type_text(tab.organisation.lineEdit(), "Bưu điện văn hóa xã Cuôr Đăng")  # type: ignore[arg-type]
    cuor_dang = next(tab.communes.item(i) for i in range(tab.communes.count()) if "Cuôr Đăng" in tab.communes.item(i).text())
    tab.communes.setFocus()
    tab.communes.setCurrentItem(cuor_dang)
    QTest.keyClick(tab.communes, Qt.Key.Key_Space)  # the keyboard way to tick a list item
    assert cuor_dang.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert popups.errors == []
    with office_db.reading() as session:
        agent = session.scalars(select(Agent)).one()
        agent_id = agent.id
        assert (agent.code, agent.full_name, agent.phone, agent.active_from) == (
            "NV301001", "Lê Thị Hoà", "0912345678", dt.date(2024, 1, 2))
        assert session.scalar(select(AgentArea.commune_code)) == "24301"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "NV301001"  # type: ignore[union-attr]
    assert tab.form_title.text() == "Sửa đại lý thu NV301001"

    type_text(tab.training_date, "10/03/2026")
    type_text(tab.training_topic, "Sử dụng ứng dụng VssID")
    qtbot.mouseClick(tab.add_training_button, Qt.MouseButton.LeftButton)
    assert tab.trainings.rowCount() == 1
    assert [t.topic for t in load_agent(office_db, agent_id).trainings] == ["Sử dụng ứng dụng VssID"]


def test_targets_grid_progress_and_ranking(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    a = create_agent(office_db, ACTOR, AgentInput(code="NV1", full_name="Lê Thị Hoa", commune_codes=("24301",)))
    b = create_agent(office_db, ACTOR, AgentInput(code="NV2", full_name="Y Bhim Niê", commune_codes=("24301",)))
    page, bus = _page(qtbot, office_db)
    grid_tab = page.targets_tab
    page.tabs.setCurrentWidget(grid_tab)
    assert grid_tab.picker.period == MARCH and grid_tab.table.rowCount() == 2
    vsi = _column(grid_tab.table, "BHXH tự nguyện phát triển mới")
    enter_cell(grid_tab.table, 0, vsi, "2")
    enter_cell(grid_tab.table, 1, vsi, "1x")
    assert grid_tab.message.text().startswith("Y Bhim Niê, cột BHXH tự nguyện phát triển mới:")
    qtbot.mouseClick(grid_tab.save_button, Qt.MouseButton.LeftButton)
    assert targets.load_grid(office_db, MARCH, "agent").values == {}  # nothing saved while a cell is wrong
    enter_cell(grid_tab.table, 1, vsi, "1")
    qtbot.mouseClick(grid_tab.save_button, Qt.MouseButton.LeftButton)
    assert targets.load_grid(office_db, MARCH, "agent").values == {(a, "new_vsi"): 2, (b, "new_vsi"): 1}
    assert grid_tab.message.text() == "Đã lưu 2 chỉ tiêu."

    progress = page.progress_tab
    page.tabs.setCurrentWidget(progress)
    qtbot.waitUntil(lambda: progress.report is not None and progress.report.rows[0].metrics["new_vsi"].target == 2)
    table = progress.table
    verdict = table.columnCount() - 1
    assert [table.item(r, 1).text() for r in range(2)] == ["NV1", "NV2"]  # type: ignore[union-attr]
    assert table.item(0, verdict).text() == "Chậm tiến độ"  # type: ignore[union-attr]

    village = add_village(office_db, "Thôn 3", "24301")
    person = add_person(office_db, "Nguyễn Văn Bình", village_id=village)
    add_enrollment(office_db, ACTOR, person, EnrollmentRequest(
        scheme="VSI", payment_date=dt.date(2026, 3, 10), months=1, chosen_income=1_500_000, agent_id=b))
    with qtbot.waitSignal(progress.shown):
        bus.changed.emit("enrollments")
    assert [table.item(r, 1).text() for r in range(2)] == ["NV2", "NV1"]  # type: ignore[union-attr]
    achieved = _column(table, "BHXH TN mới đã đạt")
    assert table.item(0, achieved).text() == "1" and table.item(0, 0).text() == "1"  # type: ignore[union-attr]
    assert table.item(0, verdict).text() == "Đạt tiến độ"  # type: ignore[union-attr]
    assert table.item(1, verdict).text() == "Chậm tiến độ"  # type: ignore[union-attr]
    assert table.item(1, 0).background().color().name() == "#fbe3e0"  # type: ignore[union-attr]
    assert popups.errors == []


def test_copy_previous_and_import(qtbot: QtBot, office_db: Database, popups: Popups, tmp_path: Path) -> None:
    a = create_agent(office_db, ACTOR, AgentInput(code="NV1", full_name="Lê Thị Hoa", commune_codes=("24301",)))
    targets.save_targets(office_db, ACTOR, MARCH.previous(), "agent", [targets.TargetCell(a, "renewals", 30)])
    page, _bus = _page(qtbot, office_db)
    tab = page.targets_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert tab.cell_item(a, "renewals").text() == "30"  # type: ignore[union-attr]

    path = tmp_path / "giao_chi_tieu.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã", "Tên", "Phát triển mới BHXH tự nguyện", "Tái tục"])
    sheet.append(["NV1", "Lê Thị Hoa", 4, "x"])
    book.save(path)
    tab.import_path(str(path))
    assert tab.cell_item(a, "new_vsi").text() == "4"  # type: ignore[union-attr]
    assert tab.cell_item(a, "renewals").text() == "30"  # the bad cell was skipped, the old value kept
    assert tab.message.text() == "Đã nhập 1 chỉ tiêu từ tệp."


def test_population_grid(qtbot: QtBot, office_db: Database, popups: Popups) -> None:
    page, _bus = _page(qtbot, office_db)
    tab = page.figures_tab
    page.tabs.setCurrentWidget(tab)
    tab.year.setValue(2026)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "Xã Ea Tul")  # type: ignore[union-attr]
    enter_cell(tab.table, row, 1, "12.500")
    enter_cell(tab.table, row, 2, "13000")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "không được lớn hơn dân số" in tab.message.text()
    enter_cell(tab.table, row, 2, "7.700")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    figures = {f.commune_name: f for f in load_figures(office_db, 2026)}
    assert (figures["Xã Ea Tul"].population, figures["Xã Ea Tul"].working_age_population) == (12500, 7700)
    assert tab.table.item(row, 1).text() == "12.500"  # type: ignore[union-attr]
