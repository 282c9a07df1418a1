"""What a clan's members hold: each one's HI status on a day, coverage against the model's 100%, new participants.

One place for the definitions, so the clan's page, its printed list, report
R11 and the dashboard card always show the same counts:

- members: the persons of the clan's households (as the households are today);
- a member's HI card end on day D: the latest end of their HI enrollments (not
  cancelled) paid by D (receipt date, else start date, on or before D); from
  today on that is the person's summary column ``hi_valid_to``, which the
  enrollment service keeps equal to it; the status on D follows
  ``domain.coverage.coverage_status`` (in SQL: ``participants.status_condition``),
  so "covered" (in force, expiring within N days included), "lapsed" and
  "never insured" are the application's one coverage rule;
- people to bring in: members lapsed or never insured on D;
- new participants since joining: members with an HI enrollment that is not
  a renewal (a first enrollment or a return after a gap, as the dashboard
  counts new enrollments), not cancelled, with a receipt dated from the day
  the clan joined the model to D, each person once; renewals likewise;
- sessions with the clan: sessions held with it up to D (since it joined the
  model when it has), with the people who enrolled afterwards as report R5
  counts them (``services.outreach_results``).

Counts are grouped in SQL (one pass over the clans' members, one over their
enrollments): 174,000 members at the 500,000-person demo office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Label, SQLColumnExpression, case, distinct, func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.coverage import DEFAULT_EXPIRING_DAYS, CoverageStatus
from desktop.domain.participation import HI_SCHEMES
from desktop.domain.periods import add_months
from desktop.domain.text import fold
from desktop.models import (
    Clan,
    ClanVillage,
    Commune,
    Enrollment,
    Household,
    OfficeCommune,
    Person,
    Relationship,
    Village,
)
from desktop.models.enrollments import CANCELLED
from desktop.services.outreach_results import SessionOutcome, session_outcomes
from desktop.services.participants import birth_display, status_condition
from desktop.services.progress import rate_bp

EARLIEST = dt.date(1900, 1, 1)
STATUSES = (CoverageStatus.ACTIVE, CoverageStatus.EXPIRING, CoverageStatus.EXPIRED, CoverageStatus.NEVER)


@dataclass(frozen=True)
class ClanCoverage:
    """One clan's members and their HI statuses on a day (the list and the dashboard need no more)."""

    clan_id: int
    households: int = 0
    members: int = 0
    active: int = 0
    expiring: int = 0
    lapsed: int = 0
    never: int = 0

    @property
    def covered(self) -> int:
        """Members whose HI card is valid on the day (expiring ones included)."""
        return self.active + self.expiring

    @property
    def to_bring_in(self) -> int:
        return self.lapsed + self.never

    @property
    def coverage_bp(self) -> int:
        return rate_bp(self.covered, self.members)


@dataclass(frozen=True)
class ClanFigures(ClanCoverage):
    """The coverage, with what happened since the clan joined the model (the clan's page, R11)."""

    new_since_joining: int = 0
    new_in_period: int = 0
    renewals_since_joining: int = 0
    sessions: int = 0
    enrolled_after_sessions: int = 0


def _in_clans(clan_ids: Collection[int] | None) -> ColumnElement[bool]:
    return Household.clan_id.in_(list(clan_ids)) if clan_ids is not None else Household.clan_id.is_not(None)


def card_end(on: dt.date, today: dt.date | None = None) -> SQLColumnExpression[dt.date | None]:
    """A person's HI card end as known on ``on``: the summary column from ``today`` on, else from the enrollments."""
    if on >= (today or dt.date.today()):
        return Person.hi_valid_to
    known_by = func.coalesce(Enrollment.receipt_date, Enrollment.valid_from)
    return (select(func.max(Enrollment.valid_to))
            .where(Enrollment.person_id == Person.id, Enrollment.scheme.in_(HI_SCHEMES),
                   Enrollment.status != CANCELLED, known_by <= on)
            .scalar_subquery())


def _status_counts(session: Session, on: dt.date, clan_ids: Collection[int] | None, days: int,
                   today: dt.date | None) -> dict[int, list[int]]:
    """Clan -> [households, members, active, expiring, lapsed, never] in one grouped pass."""
    end = card_end(on, today)
    by_status = [func.sum(case((status_condition(status, on, days, end), 1), else_=0)) for status in STATUSES]
    query = (select(Household.clan_id, func.count(distinct(Household.id)), func.count(Person.id), *by_status)
             .join(Person, Person.household_id == Household.id).where(_in_clans(clan_ids))
             .group_by(Household.clan_id))
    return {clan: [int(value or 0) for value in values] for clan, *values in session.execute(query)
            if clan is not None}


def _enrollment_counts(session: Session, on: dt.date, start: dt.date,
                       clan_ids: Collection[int] | None) -> dict[int, tuple[int, int, int]]:
    """Clan -> (new participants since joining, new ones from ``start``, renewals since joining), one pass."""
    new = Enrollment.is_renewal.is_(False)
    query = (select(Household.clan_id,
                    func.count(distinct(case((new, Enrollment.person_id)))),
                    func.count(distinct(case((new & (Enrollment.receipt_date >= start), Enrollment.person_id)))),
                    func.sum(case((Enrollment.is_renewal.is_(True), 1), else_=0)))
             .select_from(Enrollment)
             .join(Person, Person.id == Enrollment.person_id).join(Household, Household.id == Person.household_id)
             .join(Clan, Clan.id == Household.clan_id)
             .where(_in_clans(clan_ids), Enrollment.scheme.in_(HI_SCHEMES), Enrollment.status != CANCELLED,
                    Clan.joined_on.is_not(None), Enrollment.receipt_date >= Clan.joined_on,
                    Enrollment.receipt_date <= on)
             .group_by(Household.clan_id))
    return {clan: (int(since or 0), int(within or 0), int(renewed or 0))
            for clan, since, within, renewed in session.execute(query) if clan is not None}


def clan_sessions(db: Database, on: dt.date, joined: dict[int, dt.date | None]) -> dict[int, list[SessionOutcome]]:
    """Clan -> the sessions held with it up to ``on`` (since it joined the model, when it has)."""
    result: dict[int, list[SessionOutcome]] = {}
    for outcome in session_outcomes(db, EARLIEST, on, with_clan=True):
        clan = outcome.clan_id
        if clan is not None and clan in joined and outcome.held_on >= (joined[clan] or EARLIEST):
            result.setdefault(clan, []).append(outcome)
    return result


def _clans(session: Session, clan_ids: Collection[int] | None) -> dict[int, dt.date | None]:
    """Clan -> the day it joined the model, for the clans asked (``None``: every clan)."""
    chosen = select(Clan.id, Clan.joined_on)
    if clan_ids is not None:
        chosen = chosen.where(Clan.id.in_(list(clan_ids)))
    return {cid: joined for cid, joined in session.execute(chosen)}


def clan_coverage(db: Database, on: dt.date, clan_ids: Collection[int] | None = None,
                  expiring_days: int = DEFAULT_EXPIRING_DAYS, today: dt.date | None = None) -> dict[int, ClanCoverage]:
    """Members and statuses of the clans (``None``: every clan) on ``on``."""
    with db.reading() as session:
        clans = _clans(session, clan_ids)
        statuses = _status_counts(session, on, clan_ids, expiring_days, today)
    return {cid: ClanCoverage(cid, *statuses.get(cid, [0] * 6)) for cid in clans}


def clan_figures(db: Database, on: dt.date, clan_ids: Collection[int] | None = None,
                 period_start: dt.date | None = None, expiring_days: int = DEFAULT_EXPIRING_DAYS,
                 today: dt.date | None = None) -> dict[int, ClanFigures]:
    """Figures of the clans (``None``: every clan) on ``on``; ``new_in_period`` counts receipts from ``period_start``."""
    with db.reading() as session:
        clans = _clans(session, clan_ids)
        statuses = _status_counts(session, on, clan_ids, expiring_days, today)
        enrolled = _enrollment_counts(session, on, period_start or EARLIEST, clan_ids)
    sessions = clan_sessions(db, on, clans)
    figures: dict[int, ClanFigures] = {}
    for cid in clans:
        since, within, renewed = enrolled.get(cid, (0, 0, 0))
        held = sessions.get(cid, [])
        households, members, active, expiring, lapsed, never = statuses.get(cid, [0] * 6)
        figures[cid] = ClanFigures(cid, households, members, active, expiring, lapsed, never,
                                   new_since_joining=since, new_in_period=within, renewals_since_joining=renewed,
                                   sessions=len(held), enrolled_after_sessions=sum(o.enrolled_after for o in held))
    return figures


@dataclass(frozen=True)
class ModelClan:
    """A clan in the model on the reference day, where it lives and its figures."""

    id: int
    name: str
    commune_code: str
    commune_name: str
    villages: tuple[str, ...]
    leader_name: str
    joined_on: dt.date
    figures: ClanFigures


def in_model(on: dt.date, commune_code: str | None = None) -> ColumnElement[bool]:
    """Clans of the office's communes (or one) in the model on ``on``: joined on or before it."""
    condition = (Clan.joined_on.is_not(None)) & (Clan.joined_on <= on) & Clan.commune_code.in_(
        select(OfficeCommune.commune_code))
    return condition & (Clan.commune_code == commune_code) if commune_code else condition


def model_clans(db: Database, on: dt.date, commune_code: str | None = None,
                period_start: dt.date | None = None) -> list[ModelClan]:
    """The clans in the model on ``on`` with their figures, by commune and village (R11's rows)."""
    query = (select(Clan.id, Clan.name, Clan.commune_code, Commune.name, Clan.leader_name, Clan.joined_on)
             .join(Commune, Commune.code == Clan.commune_code).where(in_model(on, commune_code)))
    with db.reading() as session:
        found = session.execute(query.order_by(Commune.name_key, Clan.name_key)).all()
        villages: dict[int, list[str]] = {}
        for clan_id, name in session.execute(
                select(ClanVillage.clan_id, Village.name).join(Village, Village.id == ClanVillage.village_id)
                .where(ClanVillage.clan_id.in_([row[0] for row in found])).order_by(Village.id)):
            villages.setdefault(clan_id, []).append(name)
    figures = clan_figures(db, on, [row[0] for row in found], period_start)
    clans = [ModelClan(cid, name, code, commune, tuple(villages.get(cid, ())), leader, joined_day, figures[cid])
             for cid, name, code, commune, leader, joined_day in found if joined_day is not None]
    return sorted(clans, key=lambda c: (fold(c.commune_name), fold(c.villages[0]) if c.villages else "~",
                                        fold(c.name)))


@dataclass(frozen=True)
class ClanMember:
    """A member of the clan with their HI status on the day."""

    person_id: int
    full_name: str
    birth: str
    birth_year: int | None
    sex: str | None
    cccd: str
    phone: str
    household_id: int
    household_code: str
    is_head: bool
    relationship_name: str
    village_name: str
    address: str
    card_end: dt.date | None
    status: CoverageStatus

    @property
    def to_bring_in(self) -> bool:
        return self.status in (CoverageStatus.EXPIRED, CoverageStatus.NEVER)


def clan_members(db: Database, clan_id: int, on: dt.date, expiring_days: int = DEFAULT_EXPIRING_DAYS,
                 today: dt.date | None = None) -> list[ClanMember]:
    """The clan's members by village, household (head first) and name, each with their HI status on ``on``."""
    end: Label[dt.date | None] = card_end(on, today).label("card_end")
    status = case(*((status_condition(s, on, expiring_days, end), s.value) for s in STATUSES)).label("status")
    query = (select(Person.id, Person.full_name, Person.birth_date, Person.birth_precision, Person.birth_year,
                    Person.sex, Person.cccd, Person.phone, Person.household_id, Person.address, Household.code,
                    Household.head_person_id, Relationship.name, Village.name, end, status)
             .join(Household, Household.id == Person.household_id)
             .outerjoin(Relationship, Relationship.code == Person.relationship_code)
             .outerjoin(Village, Village.id == Household.village_id)
             .where(Household.clan_id == clan_id)
             .order_by(Village.id, Household.code, case((Person.id == Household.head_person_id, 0), else_=1),
                       Person.birth_date, Person.id))
    with db.reading() as session:
        return [
            ClanMember(
                person_id=pid, full_name=name, birth=birth_display(birth, precision, year), birth_year=year, sex=sex,
                cccd=cccd or "", phone=phone or "", household_id=household or 0, household_code=code,
                is_head=head == pid, relationship_name=relationship or "", village_name=village or "",
                address=address, card_end=card, status=CoverageStatus(state),
            )
            for (pid, name, birth, precision, year, sex, cccd, phone, household, address, code, head, relationship,
                 village, card, state) in session.execute(query)
        ]


@dataclass(frozen=True)
class HistoryMonth:
    """One month since the clan joined: new participants (each once in the month) and renewals."""

    month: dt.date
    new: int = 0
    renewals: int = 0


@dataclass(frozen=True)
class ClanHistory:
    """What happened since the clan joined the model, month by month, and the sessions held with it."""

    joined_on: dt.date | None
    months: tuple[HistoryMonth, ...]
    sessions: tuple[SessionOutcome, ...]


def clan_history(db: Database, clan_id: int, on: dt.date) -> ClanHistory:
    """Months from joining to ``on`` (none before the clan joined) and the sessions counted for it."""
    with db.reading() as session:
        joined = session.scalar(select(Clan.joined_on).where(Clan.id == clan_id))
        rows = [] if joined is None else session.execute(
            select(Enrollment.person_id, Enrollment.receipt_date, Enrollment.is_renewal)
            .join(Person, Person.id == Enrollment.person_id).join(Household, Household.id == Person.household_id)
            .where(Household.clan_id == clan_id, Enrollment.scheme.in_(HI_SCHEMES), Enrollment.status != CANCELLED,
                   Enrollment.receipt_date >= joined, Enrollment.receipt_date <= on)).all()
    new: dict[dt.date, set[int]] = {}
    renewals: dict[dt.date, int] = {}
    for person, receipt, renewal in rows:
        if receipt is None:
            continue
        month = receipt.replace(day=1)
        if renewal:
            renewals[month] = renewals.get(month, 0) + 1
        else:
            new.setdefault(month, set()).add(person)
    months: list[HistoryMonth] = []
    if joined is not None and joined <= on:
        month = joined.replace(day=1)
        while month <= on:
            months.append(HistoryMonth(month, len(new.get(month, ())), renewals.get(month, 0)))
            month = add_months(month, 1)
    sessions = clan_sessions(db, on, {clan_id: joined}).get(clan_id, [])
    return ClanHistory(joined, tuple(months), tuple(sessions))
