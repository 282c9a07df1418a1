"""The review of old clan texts as a clerk does it: look at a group, untick a branch, confirm, dismiss a non-clan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Clan, Household
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views.bus import DataBus
from desktop.views.clans import ClanReviewDialog, ClansPage
from tests.services.clan_data import CUOR_DANG, TODAY
from tests.services.test_enrollments import add_village
from tests.views.conftest import Popups
from tests.views.test_households import choose
from tests.views.typing import type_text

STAFF = Actor("thu.ha", role=Role.STAFF)
TEXTS = (("Niê", 3), ("Nie", 1), ("NIÊ", 1), ("Niê Kdăm", 2), ("Tổ 3", 1))


@pytest.fixture
def old_texts(office_db: Database) -> Database:
    village = add_village(office_db, "Buôn Ea Bông", CUOR_DANG)
    number = 300
    with office_db.unit_of_work() as session:
        for text, count in TEXTS:
            for _ in range(count):
                number += 1
                session.add(Household(code=f"2430100000{number}", village_id=village, clan_text=text))
    return office_db


def _texts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        found: dict[str, int] = {}
        for text in session.scalars(select(Household.clan_text).where(Household.clan_text != "")):
            found[text] = found.get(text, 0) + 1
        return found


def test_the_clerk_confirms_a_clan_without_its_branch_and_dismisses_a_group(qtbot: QtBot, old_texts: Database,
                                                                           popups: Popups) -> None:
    page = ClansPage(old_texts, DataBus(), today=TODAY, actor=STAFF)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.show()
    assert page.review_button.text() == "Rà soát dòng họ ghi cũ (8 hộ)…" and page.review_button.isEnabled()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    review = page.review
    assert isinstance(review, ClanReviewDialog)
    assert review.status_label.text() == "Còn 2 nhóm, 8 hộ chưa rà soát."
    assert [review.groups_table.item(0, c).text() for c in range(4)] == [
        "Xã Cuôr Đăng", "Niê", "“Niê” (3), “NIÊ” (1), “Nie” (1), “Niê Kdăm” (2)", "7"]
    assert _texts(old_texts) == dict(TEXTS), "looking changes nothing"
    assert review.name_edit.text() == "Niê" and review.clan_combo.currentText() == "— Dòng họ mới —"

    kdam = review.variant_item("Niê Kdăm")
    rect = review.variants_list.visualItemRect(kdam)
    qtbot.mouseClick(review.variants_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    assert review.ticked_variants() == ["Niê", "NIÊ", "Nie"]
    check = review.joined.check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    review.joined.date_edit.setDate(review.joined.date_edit.date().addDays(-10))
    qtbot.mouseClick(review.confirm_button, Qt.MouseButton.LeftButton)
    with old_texts.reading() as session:
        clans = session.execute(select(Clan.id, Clan.name, Clan.joined_on)).all()
        linked = session.scalar(select(Household.clan_id).where(Household.code == "2430100000301"))
    assert [(name, joined) for _, name, joined in clans] == [("Niê", TODAY - dt.timedelta(days=10))]
    assert linked == clans[0][0]
    assert _texts(old_texts) == {"Niê Kdăm": 2, "Tổ 3": 1}
    assert review.status_label.text() == "Đã xác nhận 5 hộ. Còn 2 nhóm, 3 hộ chưa rà soát."

    review.groups_table.selectRow(0)
    assert review.group_title.text().startswith("Xã Cuôr Đăng: 2 hộ")
    type_text(review.name_edit, "x")  # the proposed name is edited before confirming
    review.name_edit.clear()
    type_text(review.name_edit, "Niê Kdăm")
    qtbot.keyClick(review.name_edit, Qt.Key.Key_Return)
    assert _texts(old_texts) == {"Tổ 3": 1}

    assert review.groups_table.item(0, 1).text() == "Tổ 3"
    popups.confirm_answer = False
    qtbot.mouseClick(review.dismiss_button, Qt.MouseButton.LeftButton)
    assert _texts(old_texts) == {"Tổ 3": 1}, "nothing without the clerk's yes"
    popups.confirm_answer = True
    qtbot.mouseClick(review.dismiss_button, Qt.MouseButton.LeftButton)
    assert _texts(old_texts) == {}
    assert review.status_label.text() == "Còn 0 nhóm, 0 hộ chưa rà soát."
    assert review.group_title.text() == "Không còn dòng họ ghi cũ nào cần rà soát."
    assert not review.confirm_button.isEnabled()
    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.review_button.text() == "Rà soát dòng họ ghi cũ (0 hộ)…" and not page.review_button.isEnabled()


def test_a_group_joins_the_clan_the_commune_already_has(qtbot: QtBot, old_texts: Database, popups: Popups) -> None:
    from desktop.services.clans import ClanInput, create_clan

    existing = create_clan(old_texts, STAFF, ClanInput("Ê Niê", CUOR_DANG))
    review = ClanReviewDialog(old_texts, DataBus(), today=TODAY, actor=STAFF)
    qtbot.addWidget(review)
    assert review.clan_combo.currentText() == "— Dòng họ mới —"
    choose(qtbot, review.clan_combo, "Ê Niê")
    assert not review.name_edit.isEnabled()
    qtbot.mouseClick(review.confirm_button, Qt.MouseButton.LeftButton)
    with old_texts.reading() as session:
        assert session.scalar(select(Household.clan_id).where(Household.clan_text == "", Household.code
                                                               == "2430100000301")) == existing
    assert popups.errors == []
