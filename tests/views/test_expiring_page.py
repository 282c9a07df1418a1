"""The renewal page groups a hand-made office correctly and opens the renewal from a person."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.domain.periods import HI_WAITING_DAYS, add_months
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.views.bus import DataBus
from desktop.views.participants.enrollment_dialog import RENEW
from desktop.views.participants.expiring_page import ExpiringModel, ExpiringPage
from tests.services.test_enrollments import add_agent, add_person, add_village
from tests.views.conftest import Popups

D = dt.date
TODAY = D(2026, 11, 22)
ACTOR = Actor("thu.ha", role=Role.STAFF)


def card_until(db: Database, person: int, valid_to: dt.date, agent: int | None) -> None:
    """A first household card (valid 30 days after payment) ending on ``valid_to``."""
    valid_from = add_months(valid_to + dt.timedelta(days=1), -12)
    payment = valid_from - dt.timedelta(days=HI_WAITING_DAYS)
    add_enrollment(db, ACTOR, person, EnrollmentRequest("HI-HH", payment, 12, agent_id=agent))


@pytest.fixture
def office(office_db: Database) -> dict[str, int]:
    thu, lan = add_agent(office_db, "Trần Văn Thu", "NV01"), add_agent(office_db, "Ana Lan", "NV02", "0905111222")
    thon2, thon10 = add_village(office_db, "Thôn 2", "24265"), add_village(office_db, "Thôn 10", "24265")
    buon = add_village(office_db, "Buôn Ea Bông", "24301")
    people = {
        "an": add_person(office_db, "Nguyễn Văn An", village_id=thon2, phone="0912000001"),
        "binh": add_person(office_db, "Lê Thị Bình", village_id=thon2),
        "bhim": add_person(office_db, "Y Bhim Niê", village_id=buon),
        "xa": add_person(office_db, "Phạm Văn Xa", village_id=thon10),
        "hoa": add_person(office_db, "H'Hoa Êban", village_id=thon10),
    }
    card_until(office_db, people["an"], D(2026, 12, 1), thu)
    card_until(office_db, people["binh"], D(2026, 10, 2), thu)
    card_until(office_db, people["bhim"], TODAY, thu)
    card_until(office_db, people["xa"], D(2027, 2, 20), lan)  # 90 days away
    card_until(office_db, people["hoa"], D(2026, 12, 20), lan)
    return people


def open_page(qtbot: QtBot, db: Database, bus: DataBus | None = None) -> ExpiringPage:
    page = ExpiringPage(db, bus or DataBus(), today=TODAY, actor=ACTOR)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def outline(model: ExpiringModel) -> list[tuple[str, list[tuple[str, list[list[str]]]]]]:
    """What the tree shows: group captions, then each person's cells."""
    result = []
    for a in range(model.rowCount()):
        agent = model.index(a, 0)
        villages = []
        for v in range(model.rowCount(agent)):
            village = model.index(v, 0, agent)
            people = [[model.index(p, c, village).data() for c in range(model.columnCount())]
                      for p in range(model.rowCount(village))]
            villages.append((village.data(), people))
        result.append((agent.data(), villages))
    return result


def test_days_text() -> None:
    model = ExpiringModel()
    assert [model.days_text(n) for n in (5, 0, -12)] == ["Còn 5 ngày", "Hết hạn hôm nay", "Quá hạn 12 ngày"]


def test_page_groups_by_agent_then_village(qtbot: QtBot, office_db: Database, popups: Popups,
                                          office: dict[str, int], qtmodeltester: ModelTester) -> None:
    page = open_page(qtbot, office_db)
    assert outline(page.model) == [
        ("Ana Lan (NV02) — 0905111222 — 1 sắp hết hạn, 0 đã hết hạn", [
            ("Thôn 10, Xã Ea Kiết — 1 sắp hết hạn, 0 đã hết hạn", [
                ["H'Hoa Êban", "17/05/1980", "", "", "BHYT hộ gia đình", "20/12/2026", "Còn 28 ngày"]]),
        ]),
        ("Trần Văn Thu (NV01) — 0912345678 — 2 sắp hết hạn, 1 đã hết hạn", [
            ("Buôn Ea Bông, Xã Cuôr Đăng — 1 sắp hết hạn, 0 đã hết hạn", [
                ["Y Bhim Niê", "17/05/1980", "", "", "BHYT hộ gia đình", "22/11/2026", "Hết hạn hôm nay"]]),
            ("Thôn 2, Xã Ea Kiết — 1 sắp hết hạn, 1 đã hết hạn", [
                ["Lê Thị Bình", "17/05/1980", "", "", "BHYT hộ gia đình", "02/10/2026", "Quá hạn 51 ngày"],
                ["Nguyễn Văn An", "17/05/1980", "0912000001", "", "BHYT hộ gia đình", "01/12/2026", "Còn 9 ngày"]]),
        ]),
    ]
    assert page.summary_label.text().startswith("Sắp hết hạn: 3 — Đã hết hạn: 1")
    assert page.tree.isExpanded(page.model.index(0, 0)) and page.tree.isFirstColumnSpanned(0, QModelIndex())
    qtmodeltester.check(page.model)


def test_widening_the_window_from_the_keyboard_adds_people(qtbot: QtBot, office_db: Database, popups: Popups,
                                                           office: dict[str, int]) -> None:
    page = open_page(qtbot, office_db)
    page.ahead_spin.setFocus()
    qtbot.keyClick(page.ahead_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClicks(page.ahead_spin, "90")
    qtbot.waitUntil(lambda: page.ahead_spin.value() == 90 and "Sắp hết hạn: 4" in page.summary_label.text())
    names = [row[0] for _agent, villages in outline(page.model) for _v, rows in villages for row in rows]
    assert "Phạm Văn Xa" in names


def test_a_person_row_opens_the_renewal(qtbot: QtBot, office_db: Database, popups: Popups,
                                        office: dict[str, int]) -> None:
    bus = DataBus()
    page = open_page(qtbot, office_db, bus)
    village = page.model.index(1, 0, page.model.index(1, 0))
    person = page.model.index(1, 0, village)
    assert person.data() == "Nguyễn Văn An"
    rect = page.tree.visualRect(person)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.action() == RENEW and dialog.scheme() == "HI-HH"
    assert dialog.windowTitle() == "Quá trình tham gia — Nguyễn Văn An"
    with qtbot.waitSignal(page.loaded):  # the renewal saved: the list reloads and An is no longer due
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    names = [row[0] for _agent, villages in outline(page.model) for _v, rows in villages for row in rows]
    assert "Nguyễn Văn An" not in names and popups.errors == []
    dialog.reject()
