"""Reviewing the households' old free-text clans on SQLite and PostgreSQL: grouped, confirmed, never silent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import AuditEntry, Household
from desktop.services.bootstrap import open_database
from desktop.services.clan_review import (
    confirm_group,
    dismiss_variants,
    pending_households,
    review_groups,
)
from desktop.services.clans import ClanInput, create_clan, load_clan
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.services.clan_data import ACTOR, CUOR_DANG
from tests.services.test_enrollments import add_village

EA_KIET = "24265"
TEXTS = {  # household code -> (village, clan as typed)
    "2430100000201": ("ea_bong", "Niê"), "2430100000202": ("ea_bong", "Nie"), "2430100000203": ("map", "NIÊ "),
    "2430100000204": ("map", "Niê Kdăm"), "2430100000205": ("ea_bong", "Êban"), "2430100000210": ("ea_bong", "Êban"), "2430100000206": ("map", "Ê Ban"),
    "2430100000207": ("map", "Tổ 3"), "2426500000208": ("thon1", "Niê"), "2430100000209": (None, "Mlô"),
}


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    villages = {"ea_bong": add_village(database, "Buôn Ea Bông", CUOR_DANG),
                "map": add_village(database, "Buôn Mấp", CUOR_DANG), "thon1": add_village(database, "Thôn 1", EA_KIET)}
    with database.unit_of_work() as session:
        for code, (village, text) in TEXTS.items():
            session.add(Household(code=code, village_id=villages[village] if village else None, clan_text=text))
    yield database
    database.dispose()


def _outline(db: Database) -> list[tuple[str, str, list[tuple[str, int]], tuple[str, ...], str]]:
    return [(g.commune_name, g.suggested, [(v.text, v.households) for v in g.variants], g.villages, g.clan_name)
            for g in review_groups(db).groups]


def _texts(db: Database) -> dict[str, tuple[int | None, str]]:
    with db.reading() as session:
        return {code: (clan, text) for code, clan, text in session.execute(
            select(Household.code, Household.clan_id, Household.clan_text))}


def test_spellings_are_grouped_per_commune_for_review(office: Database) -> None:
    state = review_groups(office)
    assert _outline(office) == [
        ("Xã Cuôr Đăng", "Niê", [("Niê", 1), ("NIÊ ", 1), ("Nie", 1), ("Niê Kdăm", 1)],
         ("Buôn Ea Bông", "Buôn Mấp"), ""),
        ("Xã Cuôr Đăng", "Êban", [("Êban", 2), ("Ê Ban", 1)], ("Buôn Ea Bông", "Buôn Mấp"), ""),
        ("Xã Cuôr Đăng", "Tổ 3", [("Tổ 3", 1)], ("Buôn Mấp",), ""),
        ("Xã Ea Kiết", "Niê", [("Niê", 1)], ("Thôn 1",), ""),
    ]
    assert (state.households, state.unplaced, pending_households(office)) == (9, 1, 10)


def test_nothing_changes_until_the_office_confirms(office: Database) -> None:
    before = _texts(office)
    review_groups(office)
    assert _texts(office) == before


def test_confirming_a_group_without_its_branch_makes_a_clan_and_leaves_the_branch(office: Database) -> None:
    clan, linked = confirm_group(office, ACTOR, CUOR_DANG, ["Niê", "NIÊ ", "Nie"], name="Niê",
                                 joined_on=dt.date(2026, 1, 15))
    assert linked == 3
    record = load_clan(office, clan)
    assert (record.data.name, record.village_names, record.data.joined_on) == (
        "Niê", ("Buôn Ea Bông", "Buôn Mấp"), dt.date(2026, 1, 15))
    texts = _texts(office)
    assert [texts[c] for c in ("2430100000201", "2430100000202", "2430100000203")] == [(clan, "")] * 3
    assert texts["2430100000204"] == (None, "Niê Kdăm") and texts["2426500000208"] == (None, "Niê")
    assert [row[1:3] for row in _outline(office)][:2] == [
        ("Êban", [("Êban", 2), ("Ê Ban", 1)]), ("Niê Kdăm", [("Niê Kdăm", 1)])], "the branch is a group of its own now"
    with office.reading() as session:
        summaries = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "household")
                                    .order_by(AuditEntry.id)).all()
    assert summaries == [f"Rà soát dòng họ: hộ {code} ghi “{text}” thuộc dòng họ Niê"
                         for code, text in (("2430100000201", "Niê"), ("2430100000202", "Nie"), ("2430100000203", "NIÊ "))]
    with pytest.raises(ValidationError) as caught:
        confirm_group(office, ACTOR, CUOR_DANG, ["Nie"], name="Niê")
    assert "vừa được rà soát" in caught.value.message


def test_a_group_matching_an_existing_clan_joins_it(office: Database) -> None:
    existing = create_clan(office, ACTOR, ClanInput("Ê Ban", CUOR_DANG))
    group = next(g for g in review_groups(office).groups if g.suggested == "Êban")
    assert (group.clan_id, group.clan_name) == (existing, "Ê Ban")
    assert confirm_group(office, ACTOR, CUOR_DANG, [v.text for v in group.variants], clan_id=existing) == (existing, 3)
    assert load_clan(office, existing).village_names == ("Buôn Ea Bông", "Buôn Mấp")
    with pytest.raises(ValidationError) as caught:
        confirm_group(office, ACTOR, CUOR_DANG, ["Tổ 3"], name="Ê-ban")
    assert caught.value.field == "name", "a second clan of the same name is refused"


def test_a_text_that_is_not_a_clan_is_emptied_with_an_audit_entry(office: Database) -> None:
    assert dismiss_variants(office, ACTOR, CUOR_DANG, ["Tổ 3"]) == 1
    assert _texts(office)["2430100000207"] == (None, "")
    with office.reading() as session:
        summary, changes = session.execute(select(AuditEntry.summary, AuditEntry.changes_json)
                                           .where(AuditEntry.entity == "household")).one()
    assert summary == "Rà soát dòng họ: “Tổ 3” của hộ 2430100000207 không phải dòng họ"
    assert "Tổ 3" in changes
    with pytest.raises(ValidationError):
        confirm_group(office, ACTOR, CUOR_DANG, [], name="X")
