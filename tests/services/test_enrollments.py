"""Enrollments through the service: premiums, periods, renewals, stops and the person's summary columns."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import insert, select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.text import fold
from desktop.models import Agent, AuditEntry, Enrollment, Household, Person, Village
from desktop.models.base import table_of
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.enrollments import (
    EnrollmentRequest,
    add_enrollment,
    list_enrollments,
    load_person_coverage,
    quote_enrollment,
    refresh_person_summary,
    renew_enrollment,
    stop_enrollment,
)
from desktop.services.errors import ConcurrentEditError, NotFoundError
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office

D = dt.date
ACTOR = Actor("thu.ha", role=Role.STAFF)
BIRTH = D(1980, 5, 17)
MARCH = D(2026, 3, 10)  # base salary 2,340,000; VSI support under Decree 159; local support in force


# --- small factories (also used by the household and expiring tests) -------------------


def add_village(db: Database, name: str = "Buôn Ea Bông", commune: str = "24301") -> int:
    with db.unit_of_work() as session:
        village = Village(commune_code=commune, name=name, name_key=fold(name), kind="buôn")
        session.add(village)
        session.flush()
        return village.id


def add_agent(db: Database, name: str = "Nguyễn Văn Thu", code: str = "NV301001", phone: str = "0912345678") -> int:
    with db.unit_of_work() as session:
        agent = Agent(code=code, full_name=name, search_key=fold(name), phone=phone)
        session.add(agent)
        session.flush()
        return agent.id


def add_household(db: Database, code: str, village_id: int | None = None) -> int:
    with db.unit_of_work() as session:
        household = Household(code=code, village_id=village_id)
        session.add(household)
        session.flush()
        return household.id


def add_person(db: Database, name: str, *, village_id: int | None = None, household_id: int | None = None,
               relationship: str | None = None, category: str = "other", birth: dt.date = BIRTH,
               phone: str | None = None, agent_id: int | None = None) -> int:
    with db.unit_of_work() as session:
        person = Person(full_name=name, search_key=fold(name), birth_date=birth, birth_precision="day",
                        birth_year=birth.year, sex="M", village_id=village_id, household_id=household_id,
                        relationship_code=relationship, category=category, phone=phone, last_agent_id=agent_id)
        session.add(person)
        session.flush()
        if relationship == "00" and household_id is not None:
            household = session.get(Household, household_id)
            assert household is not None
            household.head_person_id = person.id
        return person.id


def person_row(db: Database, person_id: int) -> Person:
    with db.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        session.expunge(person)  # keep the loaded values after the read-only session rolls back
        return person


def enrollment_row(db: Database, enrollment_id: int) -> Enrollment:
    with db.reading() as session:
        enrollment = session.get(Enrollment, enrollment_id)
        assert enrollment is not None
        session.expunge(enrollment)
        return enrollment


def hh(payment: dt.date = MARCH, months: int = 12, **extra: object) -> EnrollmentRequest:
    return EnrollmentRequest(scheme="HI-HH", payment_date=payment, months=months, **extra)


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    """The Cư M'gar office on SQLite and on PostgreSQL."""
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


# --- household HI ------------------------------------------------------------------------


def test_household_of_five_pays_the_decreasing_premiums_one_by_one(office: Database) -> None:
    village = add_village(office)
    household = add_household(office, "2430100000001", village)
    members = [add_person(office, f"Y Thành viên {n}", village_id=village, household_id=household,
                          relationship="00" if n == 1 else "08") for n in range(1, 6)]
    monthly = []
    for person in members:
        enrollment = enrollment_row(office, add_enrollment(office, ACTOR, person, hh(months=3, receipt_no="BL01")))
        monthly.append(enrollment.amount_due // 3)
        assert enrollment.household_rank == len(monthly)
        assert enrollment.amount_paid == enrollment.amount_due
        assert (enrollment.state_support, enrollment.local_support) == (0, 0)
    assert monthly == [105_300, 73_710, 63_180, 52_650, 42_120]


def test_rates_in_force_on_the_payment_date_apply(db: Database) -> None:
    before = quote_enrollment(db, hh(D(2026, 6, 30)))
    after = quote_enrollment(db, hh(D(2026, 7, 1)))
    assert (before.monthly, after.monthly) == (105_300, 113_850)  # 4.5% of 2,340,000 then of 2,530,000


def test_first_time_household_card_is_valid_thirty_days_after_payment(office: Database) -> None:
    person = add_person(office, "Nguyễn Thị Hiền")
    quote = quote_enrollment(office, hh(), person)
    assert quote.waiting and not quote.continues
    assert (quote.valid_from, quote.valid_to) == (D(2026, 4, 9), D(2027, 4, 8))
    enrollment = enrollment_row(office, add_enrollment(office, ACTOR, person, hh()))
    assert (enrollment.valid_from, enrollment.valid_to, enrollment.is_renewal) == (D(2026, 4, 9), D(2027, 4, 8), False)
    assert enrollment.amount_due == 12 * 105_300 and enrollment.receipt_date == MARCH


def test_renewal_continues_the_day_after_the_previous_expiry(office: Database) -> None:
    person = add_person(office, "Nguyễn Thị Hiền")
    add_enrollment(office, ACTOR, person, hh())
    renewal = enrollment_row(office, renew_enrollment(office, ACTOR, person, "HI-HH", hh(D(2027, 3, 20), 6)))
    assert (renewal.valid_from, renewal.valid_to) == (D(2027, 4, 9), D(2027, 10, 8))
    assert renewal.is_renewal
    assert person_row(office, person).hi_valid_to == D(2027, 10, 8)


def test_a_short_gap_restarts_on_the_payment_day_a_long_one_waits_thirty_days(office: Database) -> None:
    person = add_person(office, "Trần Văn Nam")
    add_enrollment(office, ACTOR, person, hh())  # until 08/04/2027
    within = quote_enrollment(office, hh(D(2027, 6, 1)), person)
    assert (within.valid_from, within.waiting, within.continues) == (D(2027, 6, 1), False, False)
    gap = quote_enrollment(office, hh(D(2027, 7, 9)), person)  # 3 months after 09/04/2027
    assert (gap.valid_from, gap.waiting) == (D(2027, 8, 8), True)


def test_adding_while_the_card_runs_continues_it_and_counts_as_a_renewal(office: Database) -> None:
    person = add_person(office, "Trần Văn Nam")
    add_enrollment(office, ACTOR, person, hh())
    second = enrollment_row(office, add_enrollment(office, ACTOR, person, hh(D(2027, 4, 1), 3)))
    assert (second.valid_from, second.is_renewal) == (D(2027, 4, 9), True)


def test_renewal_without_a_previous_enrollment_is_refused(office: Database) -> None:
    person = add_person(office, "Trần Văn Nam")
    with pytest.raises(ValidationError) as caught:
        renew_enrollment(office, ACTOR, person, "HI-HH", hh())
    assert caught.value.field == "scheme" and "chưa có lượt tham gia" in caught.value.message


def test_state_paid_members_are_not_ranked(office: Database) -> None:
    household = add_household(office, "2430100000002")
    add_person(office, "Ông Nghèo", household_id=household, relationship="00", category="poor")
    first = add_person(office, "Con Một", household_id=household, relationship="08")
    second = add_person(office, "Con Hai", household_id=household, relationship="08")
    add_enrollment(office, ACTOR, first, hh())
    assert quote_enrollment(office, hh(), second).household_rank == 2
    assert enrollment_row(office, add_enrollment(office, ACTOR, second, hh())).amount_due == 12 * 73_710


def test_a_rank_given_by_the_household_flow_is_used(db: Database) -> None:
    quote = quote_enrollment(db, hh(household_rank=4))
    assert (quote.household_rank, quote.monthly) == (4, 52_650)


def test_minority_household_member_gets_the_provincial_local_support(office: Database) -> None:
    person = add_person(office, "H'Hoa Niê", category="minority")
    quote = quote_enrollment(office, hh(months=3), person)
    assert (quote.monthly, quote.local_support, quote.amount_payable) == (105_300, 3 * 15_795, 3 * 89_505)


# --- voluntary SI, student and state-paid HI -------------------------------------------------


def test_voluntary_si_at_the_minimum_income_by_category(office: Database) -> None:
    agent = add_agent(office)
    for category, support in (("poor", 165_000), ("near_poor", 132_000), ("minority", 99_000), ("other", 66_000)):
        person = add_person(office, f"Y Bhim Niê {category}", category=category)
        request = EnrollmentRequest("VSI", MARCH, 12, chosen_income=1_500_000, receipt_no="BL0000123", agent_id=agent)
        quote = quote_enrollment(office, request, person)
        assert (quote.monthly, quote.amount_due, quote.state_support) == (330_000, 12 * 330_000, 12 * support)
        enrollment = enrollment_row(office, add_enrollment(office, ACTOR, person, request))
        assert (enrollment.chosen_income, enrollment.amount_due) == (1_500_000, 3_960_000)
        assert (enrollment.state_support, enrollment.amount_paid) == (12 * support, 12 * (330_000 - support))
        assert (enrollment.valid_from, enrollment.valid_to) == (D(2026, 3, 1), D(2027, 2, 28))
        assert (enrollment.receipt_no, enrollment.agent_id) == ("BL0000123", agent)


def test_two_desks_paying_for_one_person_at_once_get_consecutive_periods(office: Database) -> None:
    person = add_person(office, "Trần Văn Nam")
    barrier = threading.Barrier(2)
    created: list[int] = []

    def pay() -> None:
        barrier.wait()
        created.append(add_enrollment(office, ACTOR, person, hh()))

    desks = [threading.Thread(target=pay) for _ in range(2)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join()
    periods = sorted((e.valid_from, e.valid_to) for e in map(lambda i: enrollment_row(office, i), created))
    assert periods == [(D(2026, 4, 9), D(2027, 4, 8)), (D(2027, 4, 9), D(2028, 4, 8))]


def test_voluntary_si_renewal_keeps_the_income_and_continues_the_months(office: Database) -> None:
    person = add_person(office, "Y Bhim Niê")
    add_enrollment(office, ACTOR, person, EnrollmentRequest("VSI", MARCH, 6, chosen_income=2_000_000))
    renewal = enrollment_row(office, renew_enrollment(office, ACTOR, person, "VSI", EnrollmentRequest("VSI", D(2026, 8, 20), 3)))
    assert (renewal.chosen_income, renewal.amount_due) == (2_000_000, 3 * 440_000)
    assert (renewal.valid_from, renewal.valid_to, renewal.is_renewal) == (D(2026, 9, 1), D(2026, 11, 30), True)
    assert person_row(office, person).vsi_paid_to == D(2026, 11, 30)


@pytest.mark.parametrize(("request_", "field"), [
    (EnrollmentRequest("HI-HH", MARCH, 4), "months"),
    (EnrollmentRequest("VSI", MARCH, 12), "chosen_income"),
    (EnrollmentRequest("VSI", MARCH, 12, chosen_income=1_000_000), "chosen_income"),
    (EnrollmentRequest("VSI", MARCH, 61, chosen_income=1_500_000), "months"),
    (EnrollmentRequest("HI-HH", MARCH, 12, receipt_no="x" * 31), "receipt_no"),
    (EnrollmentRequest("XYZ", MARCH, 12), "scheme"),
])
def test_bad_requests_name_the_field(db: Database, request_: EnrollmentRequest, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        quote_enrollment(db, request_)
    assert caught.value.field == field
    assert caught.value.message[0].isupper()


def test_student_card_has_half_state_support_and_no_waiting(office: Database) -> None:
    person = add_person(office, "Ngô Kim Oanh", category="student")
    quote = quote_enrollment(office, EnrollmentRequest("HI-STU", MARCH, 12), person)
    assert (quote.monthly, quote.state_support // 12, quote.local_support // 12) == (105_300, 52_650, 5_265)
    assert quote.amount_payable == 12 * 47_385
    assert (quote.valid_from, quote.waiting) == (MARCH, False)


def test_state_paid_card_is_all_state_support(office: Database) -> None:
    person = add_person(office, "Ông Nghèo", category="poor")
    enrollment = enrollment_row(office, add_enrollment(office, ACTOR, person, EnrollmentRequest("HI-OTHER", MARCH, 12)))
    assert (enrollment.amount_due, enrollment.state_support, enrollment.amount_paid) == (1_263_600, 1_263_600, 0)
    assert enrollment.funding_source == "Ngân sách nhà nước"
    assert person_row(office, person).hi_scheme == "HI-OTHER"


# --- stopping, concurrency, the summary and the audit trail ------------------------------------


def test_stop_cuts_the_period_and_updates_the_summary(office: Database) -> None:
    person = add_person(office, "Lê Văn Tám")
    enrollment_id = add_enrollment(office, ACTOR, person, hh())
    version = enrollment_row(office, enrollment_id).version
    stop_enrollment(office, ACTOR, enrollment_id, version, D(2026, 9, 30), "Chuyển sang BHYT theo nơi làm việc")
    stopped = enrollment_row(office, enrollment_id)
    assert (stopped.status, stopped.valid_to) == ("stopped", D(2026, 9, 30))
    assert "Chuyển sang BHYT theo nơi làm việc" in stopped.note
    summary = person_row(office, person)
    assert (summary.hi_valid_to, summary.covered_to) == (D(2026, 9, 30), D(2026, 9, 30))
    assert [row.status_label for row in list_enrollments(office, person)] == ["Đã dừng"]


def test_stop_date_must_fall_inside_the_period_and_a_reason_is_required(office: Database) -> None:
    person = add_person(office, "Lê Văn Tám")
    enrollment_id = add_enrollment(office, ACTOR, person, hh())
    version = enrollment_row(office, enrollment_id).version
    with pytest.raises(ValidationError) as caught:
        stop_enrollment(office, ACTOR, enrollment_id, version, D(2027, 5, 1), "Chuyển đi")
    assert caught.value.field == "stop_date"
    with pytest.raises(ValidationError) as caught:
        stop_enrollment(office, ACTOR, enrollment_id, version, D(2026, 9, 30), "  ")
    assert caught.value.field == "reason"


def test_concurrent_stop_with_a_stale_version_is_refused(office: Database) -> None:
    person = add_person(office, "Lê Văn Tám")
    enrollment_id = add_enrollment(office, ACTOR, person, hh())
    opened = enrollment_row(office, enrollment_id).version  # both desks open the same history
    stop_enrollment(office, Actor("desk1", role=Role.STAFF), enrollment_id, opened, D(2026, 9, 30), "Chuyển đi")
    with pytest.raises(ConcurrentEditError):
        stop_enrollment(office, Actor("desk2", role=Role.STAFF), enrollment_id, opened, D(2026, 12, 31), "Chuyển đi nơi khác")
    assert enrollment_row(office, enrollment_id).valid_to == D(2026, 9, 30)


def test_stopping_a_vanished_enrollment_says_so(office: Database) -> None:
    with pytest.raises(ConcurrentEditError):
        stop_enrollment(office, ACTOR, 999_999, 1, D(2026, 9, 30), "Chuyển đi")
    with pytest.raises(NotFoundError):
        add_enrollment(office, ACTOR, 999_999, hh())


def test_summary_columns_follow_every_change(office: Database) -> None:
    person = add_person(office, "Phạm Thị Lan")
    first_agent, second_agent = add_agent(office, code="NV1"), add_agent(office, "Trần Thu", code="NV2")
    add_enrollment(office, ACTOR, person, hh(agent_id=first_agent))
    summary = person_row(office, person)
    assert (summary.hi_scheme, summary.hi_valid_to, summary.vsi_paid_to) == ("HI-HH", D(2027, 4, 8), None)
    assert (summary.covered_to, summary.last_agent_id) == (D(2027, 4, 8), first_agent)
    add_enrollment(office, ACTOR, person, EnrollmentRequest("VSI", D(2026, 5, 2), 24, chosen_income=1_500_000,
                                                           agent_id=second_agent))
    summary = person_row(office, person)
    assert (summary.vsi_paid_to, summary.covered_to, summary.last_agent_id) == (D(2028, 4, 30), D(2028, 4, 30), second_agent)
    assert summary.version == 1, "derived columns do not bump the version another desk may be editing"


def test_refresh_person_summary_recomputes_many_persons_in_the_callers_transaction(office: Database) -> None:
    people = [add_person(office, f"Người {n}", agent_id=None) for n in range(3)]
    rows = [
        {"person_id": people[0], "scheme": "HI-OTHER", "valid_from": D(2026, 1, 1), "valid_to": D(2026, 12, 31)},
        {"person_id": people[0], "scheme": "HI-HH", "valid_from": D(2025, 1, 1), "valid_to": D(2025, 12, 31)},
        {"person_id": people[1], "scheme": "VSI", "valid_from": D(2026, 1, 1), "valid_to": D(2026, 6, 30)},
        {"person_id": people[1], "scheme": "HI-HH", "valid_from": D(2026, 1, 1), "valid_to": D(2027, 1, 31),
         "status": "cancelled"},
    ]
    with office.unit_of_work() as session:
        session.execute(insert(table_of(Enrollment)), [
            {"payment_months": 12, "status": "active", "version": 1, **row} for row in rows])
        refresh_person_summary(session, people)
    first, second, third = (person_row(office, pid) for pid in people)
    assert (first.hi_scheme, first.hi_valid_to, first.covered_to) == ("HI-OTHER", D(2026, 12, 31), D(2026, 12, 31))
    assert (second.hi_scheme, second.vsi_paid_to, second.covered_to) == (None, D(2026, 6, 30), D(2026, 6, 30))
    assert (third.hi_valid_to, third.covered_to) == (None, None)


def test_every_action_leaves_an_audit_entry(office: Database) -> None:
    person = add_person(office, "Phạm Thị Lan")
    enrollment_id = add_enrollment(office, ACTOR, person, hh(receipt_no="BL77"))
    stop_enrollment(office, ACTOR, enrollment_id, 1, D(2026, 9, 30), "Chuyển đi")
    with office.reading() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.username, AuditEntry.changes_json)
            .where(AuditEntry.entity == "enrollment").order_by(AuditEntry.id)).all()
    assert [tuple(e[:3]) for e in entries] == [("create", enrollment_id, "thu.ha"), ("stop", enrollment_id, "thu.ha")]
    assert json.loads(entries[0].changes_json)["receipt_no"] == [None, "BL77"]
    assert json.loads(entries[1].changes_json)["valid_to"] == ["2027-04-08", "2026-09-30"]


def test_person_coverage_offers_what_a_renewal_starts_from(office: Database) -> None:
    household = add_household(office, "2430100000003")
    person = add_person(office, "Phạm Thị Lan", household_id=household, relationship="00")
    add_enrollment(office, ACTOR, person, EnrollmentRequest("VSI", MARCH, 12, chosen_income=2_500_000))
    coverage = load_person_coverage(office, person)
    assert (coverage.household_code, coverage.last_vsi_income, coverage.last_scheme) == ("2430100000003", 2_500_000, "VSI")
    assert coverage.vsi_paid_to == D(2027, 2, 28)
