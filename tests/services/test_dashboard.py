"""Dashboard and progress figures cross-checked against a tiny office computed by hand.

Today is 15/03/2026; March has 31 days, 15 of them gone.

| person | village (commune)   | enrollment(s)                                             | summary            |
|--------|---------------------|-----------------------------------------------------------|--------------------|
| p1     | V1 (24301)          | VSI 01/03-31/03/2026, receipt 02/03, agent A, first       | VSI to 31/03/2026  |
| p2     | V1 (24301)          | HI-HH 2025-03-01..2026-02-28 (receipt 20/02/2025, A);     | HI to 28/02/2027   |
|        |                     | renewal 2026-03-01..2027-02-28, receipt 05/03/2026, A     |                    |
| p3     | V2 (24259)          | HI-HH first 04/04/2026-03/04/2027, receipt 05/03, agent B | HI to 03/04/2027   |
| p4     | V2 (24259)          | HI-HH receipt 10/03, agent B, CANCELLED                   | nothing            |
| p5     | V2 (24259)          | VSI 27/02-26/03/2026, receipt 27/02, agent B, first        | VSI to 26/03/2026  |
| p6     | V2 (24259)          | HI-OTHER to 10/04/2026 (no receipt)                        | HI to 10/04/2026   |

Figures 2026: 24301 population 10 / working age 6; 24259 population 20 / working age 12.
Targets for March: A new_vsi 2, renewals 1; B new_hi_hh 4. Year target 24301 hi_coverage 95%.
One session on 03/03/2026 in 24259: p3 and p6 attended, p5 did not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import insert

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import (
    Agent,
    Attendance,
    CommuneFigure,
    Enrollment,
    OutreachSession,
    Person,
    Target,
    Village,
)
from desktop.models.base import table_of
from desktop.services.bootstrap import open_database
from desktop.services.dashboard import last_months, load_dashboard
from desktop.services.office import save_office
from desktop.services.progress import compute_progress, elapsed_days, forecast, rate_bp
from desktop.services.targets import period_of
from tests.conftest import cu_mgar_office

D = dt.date
TODAY = D(2026, 3, 15)
MARCH = period_of("month", TODAY)


def _enrollment(person: int, scheme: str, start: dt.date, end: dt.date, receipt: dt.date | None,
                agent: int | None, renewal: bool = False, status: str = "active") -> dict[str, object]:
    return {"person_id": person, "scheme": scheme, "valid_from": start, "valid_to": end, "payment_months": 12,
            "is_renewal": renewal, "receipt_date": receipt, "agent_id": agent, "status": status, "version": 1,
            "amount_due": 0, "amount_paid": 0, "state_support": 0, "local_support": 0, "other_support": 0,
            "funding_source": "", "note": ""}


def build_hand_office(db: Database) -> dict[str, int]:
    save_office(db, cu_mgar_office(db))
    with db.unit_of_work() as session:
        v1 = Village(commune_code="24301", name="Thôn 1", name_key="thon 1")
        v2 = Village(commune_code="24259", name="Thôn 2", name_key="thon 2")
        a = Agent(code="NV1", full_name="Nguyễn Văn An", search_key=fold("Nguyễn Văn An"))
        b = Agent(code="NV2", full_name="Y Bhim Niê", search_key=fold("Y Bhim Niê"))
        session.add_all([v1, v2, a, b])
        session.flush()
        ids = {"v1": v1.id, "v2": v2.id, "a": a.id, "b": b.id}
        summaries = {
            "p1": (v1.id, None, None, D(2026, 3, 31)),
            "p2": (v1.id, "HI-HH", D(2027, 2, 28), None),
            "p3": (v2.id, "HI-HH", D(2027, 4, 3), None),
            "p4": (v2.id, None, None, None),
            "p5": (v2.id, None, None, D(2026, 3, 26)),
            "p6": (v2.id, "HI-OTHER", D(2026, 4, 10), None),
        }
        for name, (village, scheme, hi_to, vsi_to) in summaries.items():
            covered = max((d for d in (hi_to, vsi_to) if d is not None), default=None)
            person = Person(full_name=name, search_key=name, village_id=village, hi_scheme=scheme, hi_valid_to=hi_to,
                            vsi_paid_to=vsi_to, covered_to=covered)
            session.add(person)
            session.flush()
            ids[name] = person.id
        session.execute(insert(table_of(Enrollment)), [
            _enrollment(ids["p1"], "VSI", D(2026, 3, 1), D(2026, 3, 31), D(2026, 3, 2), a.id),
            _enrollment(ids["p2"], "HI-HH", D(2025, 3, 1), D(2026, 2, 28), D(2025, 2, 20), a.id),
            _enrollment(ids["p2"], "HI-HH", D(2026, 3, 1), D(2027, 2, 28), D(2026, 3, 5), a.id, renewal=True),
            _enrollment(ids["p3"], "HI-HH", D(2026, 4, 4), D(2027, 4, 3), D(2026, 3, 5), b.id),
            _enrollment(ids["p4"], "HI-HH", D(2026, 4, 9), D(2027, 4, 8), D(2026, 3, 10), b.id, status="cancelled"),
            _enrollment(ids["p5"], "VSI", D(2026, 2, 27), D(2026, 3, 26), D(2026, 2, 27), b.id),
            _enrollment(ids["p6"], "HI-OTHER", D(2025, 4, 11), D(2026, 4, 10), None, None),
        ])
        session.add_all([
            CommuneFigure(commune_code="24301", year=2026, population=10, working_age_population=6),
            CommuneFigure(commune_code="24259", year=2026, population=20, working_age_population=12),
            CommuneFigure(commune_code="24259", year=2025, population=99, working_age_population=99),
        ])
        for agent, metric, value in ((a.id, "new_vsi", 2), (a.id, "renewals", 1), (b.id, "new_hi_hh", 4)):
            session.add(Target(period_kind="month", period_start=MARCH.start, period_end=MARCH.end,
                               scope_kind="agent", agent_id=agent, metric=metric, value=value))
        session.add(Target(period_kind="year", period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                           scope_kind="commune", commune_code="24301", metric="hi_coverage", value=9500))
        meeting = OutreachSession(kind="hoi_nghi", held_on=D(2026, 3, 3), commune_code="24259", village_id=v2.id)
        session.add(meeting)
        session.flush()
        session.add_all([
            Attendance(session_id=meeting.id, person_id=ids["p3"], full_name="p3", attended=True),
            Attendance(session_id=meeting.id, person_id=ids["p6"], full_name="p6", attended=True),
            Attendance(session_id=meeting.id, person_id=ids["p5"], full_name="p5", attended=False),
        ])
    return ids


@pytest.fixture
def hand_db(any_db_url: str) -> Iterator[tuple[Database, dict[str, int]]]:
    database = open_database(any_db_url)
    ids = build_hand_office(database)
    yield database, ids
    database.dispose()


def test_pace_forecast_and_rates_by_hand() -> None:
    assert elapsed_days(MARCH, TODAY) == 15
    assert forecast(1, MARCH, TODAY) == 2  # 1 / 15 x 31 = 2.07
    assert forecast(7, MARCH, TODAY) == 14  # 14.47
    assert forecast(3, MARCH, D(2026, 2, 1)) == 3  # before the period: nothing to extrapolate
    assert forecast(3, MARCH, D(2026, 4, 2)) == 3  # after it: what was achieved
    assert rate_bp(1, 6) == 1667 and rate_bp(1, 12) == 833 and rate_bp(5, 0) == 0


def test_dashboard_figures_match_the_hand_count(hand_db: tuple[Database, dict[str, int]]) -> None:
    db, _ids = hand_db
    data = load_dashboard(db, TODAY)
    areas = {a.code: a for a in data.areas.communes}
    cuor_dang, quang_phu = areas["24301"], areas["24259"]
    assert (cuor_dang.population, cuor_dang.hi_participants, cuor_dang.vsi_participants, cuor_dang.expiring) == (10, 1, 1, 0)
    assert (cuor_dang.hi_coverage_bp, cuor_dang.vsi_share_bp, cuor_dang.hi_target_bp) == (1000, 1667, 9500)
    assert (quang_phu.population, quang_phu.hi_participants, quang_phu.vsi_participants, quang_phu.expiring) == (20, 2, 1, 1)
    assert (quang_phu.hi_coverage_bp, quang_phu.vsi_share_bp, quang_phu.hi_target_bp) == (1000, 833, None)
    office = data.areas.office
    assert (office.population, office.working_age, office.hi_participants, office.vsi_participants) == (30, 18, 3, 2)
    assert office.hi_coverage_bp == 1000 and office.vsi_share_bp == 1111
    months = data.new_enrollments.months
    assert months == last_months(TODAY) and months[0] == D(2025, 4, 1) and months[-1] == D(2026, 3, 1)
    assert data.new_enrollments.by_commune[""][-2:] == [1, 2]  # p5 in February; p1 and p3 in March
    assert sum(data.new_enrollments.by_commune[""]) == 3  # p2's first card (02/2025) is older than 12 months
    assert data.new_enrollments.by_commune["24301"][-1] == 1
    assert data.new_enrollments.by_commune["24265"] == [0] * 12
    sessions = {s.code: s for s in data.sessions.rows}
    assert (sessions["24259"].sessions, sessions["24259"].attendees, sessions["24259"].enrolled) == (1, 2, 1)
    assert (data.sessions.total.sessions, data.sessions.total.attendees) == (1, 2)


def test_agent_progress_ranking_by_hand(hand_db: tuple[Database, dict[str, int]]) -> None:
    db, ids = hand_db
    report = compute_progress(db, MARCH, "agent", TODAY)
    rows = {row.key: row for row in report.rows}
    a, b = rows[ids["a"]], rows[ids["b"]]
    assert (a.metrics["new_vsi"].target, a.metrics["new_vsi"].achieved, a.metrics["new_vsi"].forecast) == (2, 1, 2)
    assert a.metrics["new_vsi"].percent == 50 and a.metrics["new_vsi"].gap == 1 and not a.metrics["new_vsi"].behind
    assert (a.metrics["renewals"].achieved, a.metrics["renewals"].percent) == (1, 100)
    assert a.metrics["new_hi_hh"].achieved == 0  # p2's March card is a renewal, not a new participant
    assert (b.metrics["new_hi_hh"].target, b.metrics["new_hi_hh"].achieved, b.metrics["new_hi_hh"].forecast) == (4, 1, 2)
    assert b.metrics["new_hi_hh"].behind and b.behind and not a.behind  # p4's cancelled card does not count
    assert a.score == 75 and b.score == 25
    assert [row.key for row in report.rows] == [ids["a"], ids["b"]] and (a.rank, b.rank) == (1, 2)
    assert report.elapsed_days == 15


def test_commune_progress_and_rates_by_hand(hand_db: tuple[Database, dict[str, int]]) -> None:
    db, _ids = hand_db
    march = {row.key: row for row in compute_progress(db, MARCH, "commune", TODAY).rows}
    assert march["24301"].metrics["new_vsi"].achieved == 1 and march["24301"].metrics["renewals"].achieved == 1
    assert march["24259"].metrics["new_hi_hh"].achieved == 1 and march["24259"].metrics["new_vsi"].achieved == 0
    assert march["24301"].metrics["hi_coverage"].achieved == 1000 and march["24259"].metrics["vsi_share"].achieved == 833
    # A past period counts the enrollments covering its last day (28/02/2026): p2's first card,
    # p6's state-paid card and p5's VSI month.
    february = {row.key: row for row in compute_progress(db, MARCH.previous(), "commune", TODAY).rows}
    assert february["24301"].metrics["hi_coverage"].achieved == 1000
    assert february["24259"].metrics["hi_coverage"].achieved == 500
    assert february["24259"].metrics["vsi_share"].achieved == 833
    office = compute_progress(db, MARCH, "office", TODAY).rows[0]
    assert office.metrics["new_vsi"].achieved == 1 and office.metrics["new_hi_hh"].achieved == 1


def test_the_clan_card_counts_the_clans_in_the_model_as_their_pages_do(office_db: Database) -> None:
    from desktop.services.clans import ClanInput, create_clan, list_clans
    from desktop.services.dashboard import load_clans
    from tests.services.clan_data import ACTOR, TODAY, example_clan

    example_clan(office_db)
    create_clan(office_db, ACTOR, ClanInput("Mlô", "24265"))  # not in the model: not counted
    part = load_clans(office_db, TODAY)
    pages = list_clans(office_db, TODAY, in_model_only=True)
    assert (part.office.clans, part.office.households, part.office.members, part.office.covered,
            part.office.to_bring_in) == (1, 2, 6, 3, 3) == (
        len(pages), pages[0].figures.households, pages[0].figures.members, pages[0].figures.covered,
        pages[0].figures.to_bring_in)
    assert part.office.coverage_bp == 5000
    assert set(part.communes) == {"24301"} and part.communes["24301"] == replace(part.office, code="24301")
