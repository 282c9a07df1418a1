"""Clan records on SQLite and PostgreSQL: checks, villages, households, versions, deletion and the audit trail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import AuditEntry, Household, OutreachSession
from desktop.services.audit import Actor
from desktop.services.audit_log import AuditFilter, query_audit
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.bootstrap import open_database
from desktop.services.clans import (
    ClanInput,
    add_households,
    clan_choices,
    create_clan,
    delete_clan,
    find_households,
    list_clans,
    load_clan,
    remove_household,
    update_clan,
    validate_clan,
)
from desktop.services.errors import ConcurrentEditError
from desktop.services.office import save_office
from desktop.services.sessions import create_session
from tests.conftest import cu_mgar_office
from tests.services.clan_data import ACTOR, CUOR_DANG, JOINED, TODAY, example_clan
from tests.services.test_enrollments import add_household, add_person, add_village
from tests.services.test_sessions import session_input

EA_KIET = "24265"


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def test_the_form_is_checked_field_by_field() -> None:
    errors = validate_clan(ClanInput(name="  ", commune_code="", leader_phone="12ab", leader_name="x" * 121))
    assert list(errors) == ["name", "commune_code", "leader_name", "leader_phone"]
    assert errors["name"] == "Chưa nhập tên dòng họ."
    assert validate_clan(ClanInput("Niê", CUOR_DANG, leader_phone="0905 111 222")) == {}


def test_a_clan_is_saved_with_its_villages_leader_and_agent(office: Database) -> None:
    ex = example_clan(office)
    record = load_clan(office, ex.clan_id)
    assert (record.data.name, record.commune_name, record.village_names, record.data.leader_name,
            record.data.leader_phone, record.data.joined_on, record.agent_label, record.agent_phone) == (
        "Niê", "Xã Cuôr Đăng", ("Buôn Ea Bông",), "Y Bhim Niê", "0905111222", JOINED,
        "Nguyễn Văn Thu (NV301001)", "0912345678")
    assert record.in_model and record.place_text == "Buôn Ea Bông, Xã Cuôr Đăng"


def test_one_clan_per_name_and_commune_whatever_the_spelling(office: Database) -> None:
    create_clan(office, ACTOR, ClanInput("Êban", CUOR_DANG))
    with pytest.raises(ValidationError) as caught:
        create_clan(office, ACTOR, ClanInput("Ê  Ban", CUOR_DANG))
    assert caught.value.field == "name" and "đã có dòng họ" in caught.value.message
    create_clan(office, ACTOR, ClanInput("Ê Ban", EA_KIET))  # another commune may have its own
    assert [c.label for c in clan_choices(office, None)] == ["Êban — Xã Cuôr Đăng", "Ê Ban — Xã Ea Kiết"]


def test_places_must_be_the_offices_and_villages_the_communes(office: Database) -> None:
    elsewhere = add_village(office, "Thôn 2", EA_KIET)
    with pytest.raises(ValidationError) as caught:
        create_clan(office, ACTOR, ClanInput("Niê", CUOR_DANG, (elsewhere,)))
    assert caught.value.field == "village_ids"
    with pytest.raises(ValidationError) as caught:
        create_clan(office, ACTOR, ClanInput("Niê", "00001"))
    assert caught.value.field == "commune_code"


def test_a_viewer_cannot_create_a_clan(office: Database, viewer_actor: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        create_clan(office, viewer_actor, ClanInput("Niê", CUOR_DANG))


def test_a_stale_edit_is_refused_even_when_only_villages_changed(office: Database) -> None:
    village = add_village(office)
    other = add_village(office, "Buôn Mấp", CUOR_DANG)
    clan = create_clan(office, ACTOR, ClanInput("Niê", CUOR_DANG, (village,)))
    opened = load_clan(office, clan)
    update_clan(office, Actor("desk1", role=Role.STAFF), clan, opened.version,
                ClanInput("Niê", CUOR_DANG, (village, other)))
    with pytest.raises(ConcurrentEditError):
        update_clan(office, Actor("desk2", role=Role.STAFF), clan, opened.version,
                    ClanInput("Niê Kdăm", CUOR_DANG, (village,)))
    assert load_clan(office, clan).village_names == ("Buôn Ea Bông", "Buôn Mấp")


def test_households_join_and_leave_and_their_village_joins_the_clan(office: Database) -> None:
    ex = example_clan(office)
    other_village = add_village(office, "Buôn Mấp", CUOR_DANG)
    newcomer = add_household(office, "2430100000110", other_village)
    add_person(office, "Y Mới Niê", village_id=other_village, household_id=newcomer, relationship="00")
    far = add_household(office, "2426500000001", add_village(office, "Thôn 1", EA_KIET))
    found = find_households(office, ex.clan_id, "")
    assert [h.code for h in found] == ["2430100000103", "2430100000110"], "only this commune, not yet in the clan"
    assert [h.code for h in find_households(office, ex.clan_id, "moi")] == ["2430100000110"]
    assert add_households(office, ACTOR, ex.clan_id, [newcomer]) == 1
    assert load_clan(office, ex.clan_id).village_names == ("Buôn Ea Bông", "Buôn Mấp")
    with pytest.raises(ValidationError) as caught:
        add_households(office, ACTOR, ex.clan_id, [far])
    assert "xã khác" in caught.value.message
    remove_household(office, ACTOR, ex.clan_id, newcomer)
    with office.reading() as session:
        assert session.scalar(select(Household.clan_id).where(Household.id == newcomer)) is None
    with pytest.raises(ValidationError):
        remove_household(office, ACTOR, ex.clan_id, newcomer)
    trail = query_audit(office, Actor("quantri", role=Role.ADMIN), AuditFilter(entity="household")).rows
    assert [row.summary for row in trail[:2]] == [
        "Bỏ hộ 2430100000110 khỏi dòng họ Niê", "Thêm hộ 2430100000110 vào dòng họ Niê"]
    assert [(c.label, c.before, c.after) for c in trail[1].changes] == [
        ("Dòng họ", "", "Niê"), ("Thôn, buôn", "", "Buôn Mấp")]


def test_the_list_shows_todays_figures_and_filters(office: Database) -> None:
    ex = example_clan(office)
    create_clan(office, ACTOR, ClanInput("Mlô", EA_KIET))
    rows = list_clans(office, TODAY)
    assert [(r.name, r.commune_name, r.villages, r.figures.households, r.figures.members, r.figures.covered)
            for r in rows] == [("Niê", "Xã Cuôr Đăng", "Buôn Ea Bông", 2, 6, 3), ("Mlô", "Xã Ea Kiết", "", 0, 0, 0)]
    assert [r.name for r in list_clans(office, TODAY, "nie")] == ["Niê"]
    assert [r.name for r in list_clans(office, TODAY, commune_code=EA_KIET)] == ["Mlô"]
    assert [r.id for r in list_clans(office, TODAY, in_model_only=True)] == [ex.clan_id]
    assert list_clans(office, JOINED.replace(day=14), in_model_only=True) == [], "not in the model before joining"


def test_deleting_a_clan_keeps_its_households_and_sessions(office: Database) -> None:
    ex = example_clan(office)
    session_id = create_session(office, ACTOR, session_input(ex.village_id, clan_id=ex.clan_id))
    delete_clan(office, ACTOR, ex.clan_id, load_clan(office, ex.clan_id).version)
    with office.reading() as session:
        assert session.scalars(select(Household.clan_id).where(Household.id.in_(ex.households))).all() == [None, None]
        assert session.scalar(select(OutreachSession.clan_id).where(OutreachSession.id == session_id)) is None
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "clan", AuditEntry.action == "delete")).one()
        assert entry.summary == "Xoá dòng họ Niê, bỏ liên kết 2 hộ"


def test_a_session_is_held_only_with_a_clan_of_its_commune(office: Database) -> None:
    ex = example_clan(office)
    other = create_clan(office, ACTOR, ClanInput("Mlô", EA_KIET))
    with pytest.raises(ValidationError) as caught:
        create_session(office, ACTOR, session_input(ex.village_id, clan_id=other))
    assert caught.value.field == "clan_id"
