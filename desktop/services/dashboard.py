"""The figures of the Tổng quan page, in a handful of GROUP BY queries.

At 500,000 persons the page must open in under a second, so nothing walks
rows in Python: one pass over the persons' summary columns gives coverage
and expiring cards per commune, one query over the last twelve months'
receipts gives new enrollments per month, and small tables (figures,
targets, sessions) fill the rest. "New" here means an enrollment that is
not a renewal (a first enrollment or a return after a gap).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.periods import add_months
from desktop.models import (
    Clan,
    Commune,
    Enrollment,
    OfficeCommune,
    Person,
    Village,
)
from desktop.services.clan_figures import clan_coverage, in_model
from desktop.services.outreach_results import session_outcomes
from desktop.services.progress import current_coverage, figures_for_year, rate_bp
from desktop.services.targets import OFFICE_KEY, period_of, targets_for

EXPIRING_DAYS = 30
MONTHS = 12


@dataclass(frozen=True)
class AreaStats:
    """One commune (or the whole office, code "") on the dashboard."""

    code: str
    name: str
    population: int = 0
    working_age: int = 0
    hi_participants: int = 0
    vsi_participants: int = 0
    expiring: int = 0
    hi_target_bp: int | None = None
    vsi_target_bp: int | None = None

    @property
    def hi_coverage_bp(self) -> int:
        return rate_bp(self.hi_participants, self.population)

    @property
    def vsi_share_bp(self) -> int:
        return rate_bp(self.vsi_participants, self.working_age)

    @property
    def vsi_plan(self) -> int | None:
        """VSI participants the target share means for this working-age population."""
        if self.vsi_target_bp is None:
            return None
        return (self.vsi_target_bp * self.working_age + 5_000) // 10_000


@dataclass(frozen=True)
class SessionStats:
    """Sessions held this month in one commune and what came of them."""

    code: str
    name: str
    sessions: int = 0
    attendees: int = 0
    enrolled: int = 0


@dataclass(frozen=True)
class AreaPart:
    """Coverage, VSI and expiring cards per commune and for the office."""

    office: AreaStats
    communes: list[AreaStats]


@dataclass(frozen=True)
class NewEnrollmentsPart:
    months: tuple[dt.date, ...]
    by_commune: dict[str, list[int]]  # commune code ("" for the office) -> one count per month


@dataclass(frozen=True)
class SessionsPart:
    rows: list[SessionStats]
    total: SessionStats


@dataclass(frozen=True)
class ClanTotals:
    """The clan model in one commune (or the office, code ""): clans in the model, their households and members."""

    code: str
    clans: int = 0
    households: int = 0
    members: int = 0
    covered: int = 0
    to_bring_in: int = 0

    @property
    def coverage_bp(self) -> int:
        return rate_bp(self.covered, self.members)


@dataclass(frozen=True)
class ClansPart:
    office: ClanTotals
    communes: dict[str, ClanTotals]


@dataclass(frozen=True)
class DashboardData:
    today: dt.date
    areas: AreaPart
    new_enrollments: NewEnrollmentsPart
    sessions: SessionsPart
    expiring_days: int = EXPIRING_DAYS


def last_months(today: dt.date, count: int = MONTHS) -> tuple[dt.date, ...]:
    """First days of the last ``count`` months, oldest first, this month last."""
    this = today.replace(day=1)
    return tuple(add_months(this, -back) for back in range(count - 1, -1, -1))


def _new_by_month(session: Session, months: tuple[dt.date, ...], today: dt.date) -> dict[str, list[int]]:
    rows = session.execute(
        select(Village.commune_code, Enrollment.receipt_date, func.count())
        .join(Person, Person.id == Enrollment.person_id).join(Village, Village.id == Person.village_id)
        .where(Enrollment.receipt_date >= months[0], Enrollment.receipt_date <= today,
               Enrollment.is_renewal.is_(False), Enrollment.status != "cancelled")
        .group_by(Village.commune_code, Enrollment.receipt_date))
    index = {(m.year, m.month): i for i, m in enumerate(months)}
    result: dict[str, list[int]] = {"": [0] * len(months)}
    for code, day, count in rows:
        slot = index.get((day.year, day.month)) if day is not None else None
        if slot is None:
            continue
        result.setdefault(code, [0] * len(months))[slot] += count
        result[""][slot] += count
    return result


def _office_communes(session: Session) -> list[tuple[str, str]]:
    return [(code, name) for code, name in session.execute(
        select(Commune.code, Commune.name).join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
        .order_by(Commune.name_key))]


def load_areas(db: Database, today: dt.date) -> AreaPart:
    """Coverage against the year's targets, VSI participants against plan, cards expiring soon."""
    year = period_of("year", today)
    with db.reading() as session:
        communes = _office_communes(session)
        figures = figures_for_year(session, today.year)
        coverage = current_coverage(session, today, EXPIRING_DAYS)
        commune_targets = targets_for(session, year, "commune")
        office_targets = targets_for(session, year, "office")
    areas = []
    for code, name in communes:
        population, working = figures.get(code, (0, 0))
        hi, vsi, expiring = coverage.get(code, (0, 0, 0))
        areas.append(AreaStats(code, name, population, working, hi, vsi, expiring,
                               commune_targets.get((code, "hi_coverage")), commune_targets.get((code, "vsi_share"))))
    office = AreaStats(
        "", "Toàn đơn vị",
        sum(a.population for a in areas), sum(a.working_age for a in areas),
        sum(a.hi_participants for a in areas), sum(a.vsi_participants for a in areas), sum(a.expiring for a in areas),
        office_targets.get((OFFICE_KEY, "hi_coverage")), office_targets.get((OFFICE_KEY, "vsi_share")),
    )
    return AreaPart(office, areas)


def load_new_enrollments(db: Database, today: dt.date) -> NewEnrollmentsPart:
    """New (non-renewal) enrollments per month of receipt, last twelve months, per commune."""
    months = last_months(today)
    with db.reading() as session:
        communes = _office_communes(session)
        counts = _new_by_month(session, months, today)
    for code, _ in communes:
        counts.setdefault(code, [0] * len(months))
    return NewEnrollmentsPart(months, counts)


def load_sessions(db: Database, today: dt.date) -> SessionsPart:
    """Outreach sessions held this month per commune: how many, attendees, enrolled afterwards.

    "Enrolled afterwards" is the outreach report's own measure
    (services.outreach_results), so both always show the same figure.
    """
    start = today.replace(day=1)
    with db.reading() as session:
        communes = _office_communes(session)
    held: dict[str, tuple[int, int, int]] = {}
    for outcome in session_outcomes(db, start, add_months(start, 1) - dt.timedelta(days=1)):
        count, attendees, enrolled = held.get(outcome.commune_code, (0, 0, 0))
        held[outcome.commune_code] = (count + 1, attendees + outcome.attendees, enrolled + outcome.enrolled_after)
    rows = [SessionStats(code, name, *held.get(code, (0, 0, 0))) for code, name in communes]
    total = SessionStats("", "Toàn đơn vị", sum(s.sessions for s in rows), sum(s.attendees for s in rows),
                         sum(s.enrolled for s in rows))
    return SessionsPart(rows, total)


def load_clans(db: Database, today: dt.date) -> ClansPart:
    """The clan model today, per commune and for the office, from the counts R11 and the clan pages show."""
    with db.reading() as session:
        communes = dict(session.execute(select(Clan.id, Clan.commune_code).where(in_model(today))).all())
    totals: dict[str, list[int]] = {}
    for clan_id, figures in clan_coverage(db, today, list(communes)).items():
        for code in (communes[clan_id], ""):
            row = totals.setdefault(code, [0, 0, 0, 0, 0])
            for slot, value in enumerate((1, figures.households, figures.members, figures.covered,
                                          figures.to_bring_in)):
                row[slot] += value
    parts = {code: ClanTotals(code, *values) for code, values in totals.items()}
    return ClansPart(parts.pop("", ClanTotals("")), parts)


def load_dashboard(db: Database, today: dt.date | None = None) -> DashboardData:
    """Everything the dashboard shows, in one call (the page loads the three parts in parallel)."""
    on = today or dt.date.today()
    return DashboardData(on, load_areas(db, on), load_new_enrollments(db, on), load_sessions(db, on))
