"""A clan's figures on a day: statuses by the coverage rule, new participants, renewals, sessions with the clan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.models import Enrollment
from desktop.services.attendance import (
    clan_candidates,
    list_attendance,
    prefill_attendance,
    set_attendance,
)
from desktop.services.bootstrap import open_database
from desktop.services.clan_figures import clan_figures, clan_history, clan_members
from desktop.services.clans import ClanInput, load_clan, update_clan
from desktop.services.office import save_office
from desktop.services.sessions import create_session
from tests.conftest import cu_mgar_office
from tests.services.clan_data import ACTOR, CUOR_DANG, TODAY, example_clan, hi_hh
from tests.services.test_sessions import session_input

D = dt.date


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def test_each_member_has_the_status_of_their_card_on_the_day(office: Database) -> None:
    ex = example_clan(office)
    members = clan_members(office, ex.clan_id, TODAY)
    assert [(m.household_code, m.full_name, m.is_head, m.card_end, m.status) for m in members] == [
        ("2430100000101", "Y Bhim Niê", True, D(2027, 11, 30), CoverageStatus.ACTIVE),
        ("2430100000101", "H'Hoa Niê", False, D(2027, 4, 8), CoverageStatus.ACTIVE),
        ("2430100000101", "Y Đăm Niê", False, None, CoverageStatus.NEVER),
        ("2430100000102", "H'Lan Niê", True, D(2026, 2, 8), CoverageStatus.EXPIRED),
        ("2430100000102", "Y Kpă Niê", False, D(2027, 3, 21), CoverageStatus.ACTIVE),
        ("2430100000102", "Y Sơn Niê", False, None, CoverageStatus.NEVER),
    ]
    assert [m.full_name for m in members if m.to_bring_in] == ["Y Đăm Niê", "H'Lan Niê", "Y Sơn Niê"]


def test_a_payment_counts_from_its_receipt_day(office: Database) -> None:
    """Before the renewal of 20/11 Y Bhim's card ends on 30/11: expiring within 30 days, and no renewal yet."""
    ex = example_clan(office)
    before = clan_members(office, ex.clan_id, D(2026, 11, 19))
    assert (before[0].card_end, before[0].status) == (D(2026, 11, 30), CoverageStatus.EXPIRING)
    assert clan_members(office, ex.clan_id, D(2026, 11, 19), expiring_days=7)[0].status is CoverageStatus.ACTIVE
    figures = clan_figures(office, D(2026, 11, 19))[ex.clan_id]
    assert (figures.active, figures.expiring, figures.renewals_since_joining) == (2, 1, 0)


def test_the_counts_agree_with_the_members_list(office: Database) -> None:
    ex = example_clan(office)
    figures = clan_figures(office, TODAY, period_start=D(2026, 3, 1))[ex.clan_id]
    assert (figures.households, figures.members, figures.active, figures.expiring, figures.lapsed, figures.never) == (
        2, 6, 3, 0, 1, 2)
    assert (figures.covered, figures.to_bring_in, figures.coverage_bp) == (3, 3, 5000)
    assert (figures.new_since_joining, figures.new_in_period, figures.renewals_since_joining) == (2, 1, 1)
    members = clan_members(office, ex.clan_id, TODAY)
    assert figures.covered == sum(m.status in (CoverageStatus.ACTIVE, CoverageStatus.EXPIRING) for m in members)


def test_a_cancelled_payment_never_counts(office: Database) -> None:
    ex = example_clan(office)
    with office.unit_of_work() as session:
        session.execute(update(Enrollment).where(Enrollment.person_id == ex.people["Y Kpă Niê"])
                        .values(status="cancelled"))
    figures = clan_figures(office, TODAY)[ex.clan_id]
    assert (figures.active, figures.never, figures.new_since_joining) == (2, 3, 1)


def test_a_clan_outside_the_model_has_no_new_participants(office: Database) -> None:
    ex = example_clan(office)
    update_clan(office, ACTOR, ex.clan_id, load_clan(office, ex.clan_id).version,
                ClanInput("Niê", CUOR_DANG, (ex.village_id,), joined_on=None))
    figures = clan_figures(office, TODAY)[ex.clan_id]
    assert (figures.members, figures.covered, figures.new_since_joining, figures.renewals_since_joining) == (6, 3, 0, 0)


def test_a_session_with_the_clan_invites_its_uninsured_and_expiring_adults_and_counts_for_it(office: Database) -> None:
    ex = example_clan(office)
    held = D(2026, 11, 15)
    session_id = create_session(office, ACTOR, session_input(ex.village_id, held_on=held, clan_id=ex.clan_id,
                                                             venue="Nhà già làng Y Bhim Niê"))
    invited = {c.full_name: c.status_text for c in clan_candidates(office, ex.clan_id, held)}
    assert invited == {"Y Bhim Niê": "Còn hạn đến 30/11/2026", "Y Đăm Niê": "Chưa có thẻ BHYT",
                       "H'Lan Niê": "Hết hạn ngày 08/02/2026"}, "expiring, never insured, lapsed; no child"
    assert prefill_attendance(office, ACTOR, session_id) == 3
    lines = {line.full_name: line for line in list_attendance(office, session_id)}
    assert set(lines) == set(invited)
    set_attendance(office, ACTOR, session_id, {lines["H'Lan Niê"].id: True, lines["Y Đăm Niê"].id: True})
    hi_hh(office, ex.people["H'Lan Niê"], D(2026, 11, 18), ex.agent_id)
    create_session(office, ACTOR, session_input(ex.village_id, held_on=D(2026, 11, 16)))  # not with the clan
    figures = clan_figures(office, TODAY)[ex.clan_id]
    assert (figures.sessions, figures.enrolled_after_sessions) == (1, 1)
    assert (figures.new_since_joining, figures.lapsed) == (3, 0)
    assert clan_figures(office, D(2026, 11, 14))[ex.clan_id].sessions == 0
    held_with = clan_history(office, ex.clan_id, TODAY).sessions
    assert [(s.session_id, s.attendees, s.enrolled_after) for s in held_with] == [(session_id, 2, 1)]


def test_history_month_by_month_since_joining(office: Database) -> None:
    ex = example_clan(office)
    history = clan_history(office, ex.clan_id, TODAY)
    assert history.joined_on == D(2026, 1, 15)
    assert [m.month for m in history.months] == [D(2026, month, 1) for month in range(1, 12)]
    busy = [(m.month.month, m.new, m.renewals) for m in history.months if m.new or m.renewals]
    assert busy == [(2, 1, 0), (3, 1, 0), (11, 0, 1)]
    figures = clan_figures(office, TODAY)[ex.clan_id]
    assert sum(m.new for m in history.months) == figures.new_since_joining
    assert sum(m.renewals for m in history.months) == figures.renewals_since_joining
    assert history.sessions == ()


def test_from_today_on_the_summary_columns_give_the_same_counts_as_the_enrollments(office: Database) -> None:
    """The enrollment service keeps ``hi_valid_to`` equal to the latest HI card end: both ways agree."""
    ex = example_clan(office)
    from_enrollments = clan_figures(office, TODAY, today=TODAY + dt.timedelta(days=1))[ex.clan_id]
    from_summary = clan_figures(office, TODAY, today=TODAY)[ex.clan_id]
    assert from_summary == from_enrollments
    assert clan_members(office, ex.clan_id, TODAY, today=TODAY) == clan_members(
        office, ex.clan_id, TODAY, today=TODAY + dt.timedelta(days=1))
