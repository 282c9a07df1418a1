"""Households: fields, members and relationships, search, the premium plan and the household payment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import AuditEntry, Enrollment
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.clans import ClanInput, create_clan, load_clan
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.services.errors import ConcurrentEditError
from desktop.services.households import (
    HouseholdInput,
    add_member,
    create_household,
    enroll_household,
    household_premium_plan,
    load_household,
    remove_member,
    search_households,
    set_relationship,
    suggest_household_code,
    update_household,
)
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.services.test_enrollments import (
    add_agent,
    add_household,
    add_person,
    add_village,
    person_row,
)

D = dt.date
ACTOR = Actor("thu.ha", role=Role.STAFF)
MARCH = D(2026, 3, 10)
FIVE_MONTHLY = [105_300, 73_710, 63_180, 52_650, 42_120]


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


@pytest.fixture
def family(office_db: Database) -> tuple[int, list[int]]:
    """A household of five on SQLite: head, wife and three children, all "other" category."""
    village = add_village(office_db)
    household = add_household(office_db, "243010000010", village)
    names = ["Y Bhim Niê", "H'Hoa Êban", "Y Đăm Niê", "H'Lan Niê", "Y Sơn Niê"]
    relations = ["00", "01", "08", "08", "08"]
    births = [D(1975, 3, 2), D(1978, 7, 9), D(2001, 1, 5), D(2003, 9, 30), D(2005, 12, 1)]
    members = [add_person(office_db, n, village_id=village, household_id=household, relationship=r, birth=b)
               for n, r, b in zip(names, relations, births, strict=True)]
    return household, members


# --- the household and its members -------------------------------------------------------


def test_create_then_update_the_household_and_its_head(office: Database) -> None:
    village = add_village(office)
    kdam = create_clan(office, ACTOR, ClanInput("Niê Kdăm", "24301"))
    nie = create_clan(office, ACTOR, ClanInput("Niê", "24301"))
    household = create_household(office, ACTOR, HouseholdInput(" 2430100000020 ", village, clan_id=kdam,
                                                                address="Buôn Ea Bông"))
    record = load_household(office, household)
    assert (record.code, record.village_name, record.commune_name, record.clan_name) == (
        "2430100000020", "Buôn Ea Bông", "Xã Cuôr Đăng", "Niê Kdăm")
    assert load_clan(office, kdam).village_names == ("Buôn Ea Bông",), "the household's village joins the clan's"
    wife = add_person(office, "H'Hoa Êban")
    husband = add_person(office, "Y Bhim Niê")
    add_member(office, ACTOR, household, wife, "01")
    add_member(office, ACTOR, household, husband, "02")
    record = load_household(office, household)
    update_household(office, ACTOR, household, record.version,
                     HouseholdInput(record.code, village, head_person_id=husband, clan_id=nie, address=record.address))
    record = load_household(office, household)
    assert (record.head_person_id, record.head_name, record.clan_id, record.clan_name) == (
        husband, "Y Bhim Niê", nie, "Niê")
    assert [(m.full_name, m.relationship_code, m.is_head) for m in record.members] == [
        ("Y Bhim Niê", "00", True), ("H'Hoa Êban", "01", False)]


def test_household_codes_are_unique_and_required(office: Database) -> None:
    village = add_village(office)
    create_household(office, ACTOR, HouseholdInput("2430100000030", village))
    with pytest.raises(ValidationError) as caught:
        create_household(office, ACTOR, HouseholdInput("2430100000030", village))
    assert caught.value.field == "code" and "đã có" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        create_household(office, ACTOR, HouseholdInput("  ", village))
    assert caught.value.field == "code"
    with pytest.raises(ValidationError) as caught:
        create_household(office, ACTOR, HouseholdInput("2430100000031", None))
    assert caught.value.field == "village_id"


def test_a_stale_household_edit_is_refused(office: Database) -> None:
    village = add_village(office)
    household = create_household(office, ACTOR, HouseholdInput("2430100000040", village))
    opened = load_household(office, household).version
    nie, eban = (create_clan(office, ACTOR, ClanInput(name, "24301")) for name in ("Niê", "Êban"))
    update_household(office, Actor("desk1", role=Role.STAFF), household, opened,
                     HouseholdInput("2430100000040", village, clan_id=nie))
    with pytest.raises(ConcurrentEditError):
        update_household(office, Actor("desk2", role=Role.STAFF), household, opened,
                         HouseholdInput("2430100000040", village, clan_id=eban))
    assert load_household(office, household).clan_name == "Niê"


def test_a_household_joins_only_a_clan_of_its_own_commune(office: Database) -> None:
    village = add_village(office)  # in Cuôr Đăng
    elsewhere = create_clan(office, ACTOR, ClanInput("Niê", "24265"))
    with pytest.raises(ValidationError) as caught:
        create_household(office, ACTOR, HouseholdInput("2430100000045", village, clan_id=elsewhere))
    assert caught.value.field == "clan_id" and "xã khác" in caught.value.message


def test_members_move_between_households_only_when_asked(office: Database) -> None:
    village = add_village(office)
    first = add_household(office, "2430100000050", village)
    second = add_household(office, "2430100000051", village)
    person = add_person(office, "Y Đăm Niê", household_id=first, relationship="00")
    with pytest.raises(ValidationError) as caught:
        add_member(office, ACTOR, second, person, "08")
    assert caught.value.field == "household_id" and "2430100000050" in caught.value.message
    add_member(office, ACTOR, second, person, "08", move=True)
    assert (person_row(office, person).household_id, load_household(office, first).head_person_id) == (second, None)
    remove_member(office, ACTOR, second, person)
    moved = person_row(office, person)
    assert (moved.household_id, moved.relationship_code) == (None, None)


def test_choosing_relationship_00_makes_the_member_head(office_db: Database, family: tuple[int, list[int]]) -> None:
    household, members = family
    set_relationship(office_db, ACTOR, household, members[1], "00")
    record = load_household(office_db, household)
    assert record.head_person_id == members[1]
    relations = {m.person_id: m.relationship_code for m in record.members}
    assert (relations[members[1]], relations[members[0]]) == ("00", None)
    assert record.members[0].person_id == members[1], "the head is listed first"
    with pytest.raises(ValidationError) as caught:
        set_relationship(office_db, ACTOR, household, members[2], "99")
    assert caught.value.field == "relationship_code"
    with office_db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "household")))
    assert actions == ["member_update"]


def test_load_household_tells_who_the_state_pays_for(office_db: Database) -> None:
    household = add_household(office_db, "2430100000060")
    poor = add_person(office_db, "Ông Nghèo", household_id=household, relationship="00", category="poor")
    child = add_person(office_db, "Bé Út", household_id=household, relationship="08", birth=D(2023, 1, 1))
    add_enrollment(office_db, ACTOR, child, EnrollmentRequest("HI-OTHER", MARCH, 36))
    record = load_household(office_db, household, today=MARCH)
    assert {m.person_id: m.state_supported for m in record.members} == {poor: True, child: True}
    child_row = next(m for m in record.members if m.person_id == child)
    assert (child_row.hi_scheme_label, child_row.hi_valid_to) == ("BHYT do NSNN đóng, hỗ trợ", D(2029, 3, 9))


def test_search_by_code_head_name_without_accents_and_village(office_db: Database, family: tuple[int, list[int]]) -> None:
    other_village = add_village(office_db, "Thôn 3", "24265")
    other = add_household(office_db, "2426500000001", other_village)
    add_person(office_db, "Nguyễn Thị Hiền", household_id=other, relationship="00")
    assert [r.code for r in search_households(office_db, "nguyen thi hien")] == ["2426500000001"]
    assert [r.code for r in search_households(office_db, "bhim nie")] == ["243010000010"]
    assert [r.code for r in search_households(office_db, "0010")] == ["243010000010"]
    assert [r.code for r in search_households(office_db, "ea bong")] == ["243010000010"]
    found = search_households(office_db, "", village_id=other_village)
    assert [(r.head_name, r.village, r.commune, r.member_count) for r in found] == [
        ("Nguyễn Thị Hiền", "Thôn 3", "Xã Ea Kiết", 1)]
    assert len(search_households(office_db, "", limit=1)) == 1


def test_suggested_code_is_the_next_free_one_of_the_commune(office_db: Database, family: tuple[int, list[int]]) -> None:
    village = person_row(office_db, family[1][0]).village_id
    assert suggest_household_code(office_db, village) == "243010000011"


# --- the household premium plan and payment -----------------------------------------------------


def test_plan_for_five_members_enrolling_now(office_db: Database, family: tuple[int, list[int]]) -> None:
    household, members = family
    plan = household_premium_plan(office_db, household, members, 3, MARCH)
    assert [line.monthly for line in plan.lines] == FIVE_MONTHLY
    assert [line.rank_label for line in plan.lines] == ["1", "2", "3", "4", "5"]
    assert [line.total for line in plan.lines] == [3 * m for m in FIVE_MONTHLY]
    assert (plan.monthly, plan.total, plan.payable) == (336_960, 1_010_880, 1_010_880)


def test_plan_ranks_after_members_already_enrolled_and_skips_state_paid(office_db: Database,
                                                                        family: tuple[int, list[int]]) -> None:
    household, members = family
    add_enrollment(office_db, ACTOR, members[0], EnrollmentRequest("HI-HH", D(2026, 1, 5), 12))
    poor = add_person(office_db, "Bà Nội", household_id=household, relationship="11", category="poor")
    plan = household_premium_plan(office_db, household, [poor, members[3], members[4]], 12, MARCH)
    by_person = {line.person_id: line for line in plan.lines}
    assert plan.already_enrolled == 1
    assert (by_person[poor].rank_label, by_person[poor].total) == ("NSNN đóng", 0)
    assert (by_person[members[3]].rank, by_person[members[3]].monthly) == (2, 73_710)
    assert (by_person[members[4]].rank, by_person[members[4]].monthly) == (3, 63_180)
    assert plan.total == 12 * (73_710 + 63_180)


def test_plan_refuses_bad_months_and_strangers(office_db: Database, family: tuple[int, list[int]]) -> None:
    household, members = family
    with pytest.raises(ValidationError) as caught:
        household_premium_plan(office_db, household, members, 5, MARCH)
    assert caught.value.field == "months"
    stranger = add_person(office_db, "Người lạ")
    with pytest.raises(ValidationError) as caught:
        household_premium_plan(office_db, household, [stranger], 12, MARCH)
    assert caught.value.field == "members"


def test_enroll_household_records_every_member_with_its_rank(office: Database) -> None:
    village = add_village(office)
    household = add_household(office, "2430100000070", village)
    members = [add_person(office, f"Thành viên {n}", household_id=household, relationship="00" if n == 0 else "08")
               for n in range(5)]
    poor = add_person(office, "Bà Nội", household_id=household, relationship="11", category="poor")
    agent = add_agent(office)
    created = enroll_household(office, ACTOR, household, [*members, poor], 6, MARCH, "BL0042", agent)
    assert len(created) == 5
    with office.reading() as session:
        rows = session.execute(
            select(Enrollment.person_id, Enrollment.household_rank, Enrollment.amount_due, Enrollment.valid_from,
                   Enrollment.valid_to, Enrollment.receipt_no, Enrollment.agent_id)
            .where(Enrollment.id.in_(created)).order_by(Enrollment.household_rank)
        ).all()
        audit = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "enroll"))
    assert [(r.person_id, r.household_rank, r.amount_due) for r in rows] == [
        (pid, rank, 6 * monthly) for pid, rank, monthly in zip(members, range(1, 6), FIVE_MONTHLY, strict=True)]
    assert {(r.valid_from, r.valid_to, r.receipt_no, r.agent_id) for r in rows} == {
        (D(2026, 4, 9), D(2026, 10, 8), "BL0042", agent)}
    assert audit == 1
    summary = person_row(office, members[4])
    assert (summary.hi_scheme, summary.hi_valid_to, summary.last_agent_id) == ("HI-HH", D(2026, 10, 8), agent)
    assert person_row(office, poor).hi_valid_to is None


def test_enroll_household_is_all_or_nothing(office: Database) -> None:
    household = add_household(office, "2430100000080")
    members = [add_person(office, f"Thành viên {n}", household_id=household, relationship="08") for n in range(2)]
    with pytest.raises(ValidationError) as caught:
        enroll_household(office, ACTOR, household, members, 12, MARCH, "BL1", 999_999)
    assert caught.value.field == "agent_id"
    with office.reading() as session:
        assert session.scalar(select(func.count()).select_from(Enrollment)) == 0
    only_poor = add_person(office, "Ông Nghèo", household_id=household, relationship="00", category="poor")
    with pytest.raises(ValidationError) as caught:
        enroll_household(office, ACTOR, household, [only_poor], 12, MARCH, "BL1", None)
    assert caught.value.field == "members"
