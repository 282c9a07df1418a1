"""What a clan's members hold: each one's HI status on a day, coverage against the model's 100%, new participants.

One place for the definitions, so the clan's page, its printed list, report
R11 and the dashboard card always show the same counts:

- members: the persons of the clan's households (as the households are today);
- a member's HI card end on day D: the latest end of their HI enrollments (not
  cancelled) paid by D (receipt date, else start date, on or before D); the
  status on D is ``domain.coverage.coverage_status`` of it, so "covered"
  (in force or expiring within N days), "lapsed" and "never insured" follow
  the application's one coverage rule;
- people to bring in: members lapsed or never insured on D;
- new participants since joining: members with an HI enrollment that is not
  a renewal (a first enrollment or a return after a gap, as the dashboard
  counts new enrollments), not cancelled, with a receipt dated from the day
  the clan joined the model to D, each person once; renewals likewise;
- sessions with the clan: sessions held with it up to D (since it joined the
  model when it has), with the people who enrolled afterwards as report R5
  counts them (``services.outreach_results``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.coverage import DEFAULT_EXPIRING_DAYS, CoverageStatus, coverage_status
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
from desktop.services.participants import birth_display
from desktop.services.progress import rate_bp

EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class ClanFigures:
    """One clan's counts on a day."""

    clan_id: int
    households: int = 0
    members: int = 0
    active: int = 0
    expiring: int = 0
    lapsed: int = 0
    never: int = 0
    new_since_joining: int = 0
    new_in_period: int = 0
    renewals_since_joining: int = 0
    sessions: int = 0
    enrolled_after_sessions: int = 0

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


def _in_clans(clan_ids: Collection[int] | None) -> ColumnElement[bool]:
    return Household.clan_id.in_(list(clan_ids)) if clan_ids is not None else Household.clan_id.is_not(None)


def member_rows(session: Session, clan_ids: Collection[int] | None) -> list[tuple[int, int, int]]:
    """(clan, household, person) of every member of the clans (``None``: every clan)."""
    query = (select(Household.clan_id, Household.id, Person.id)
             .join(Person, Person.household_id == Household.id).where(_in_clans(clan_ids)))
    return [(clan, household, person) for clan, household, person in session.execute(query) if clan is not None]


def card_ends(session: Session, on: dt.date, clan_ids: Collection[int] | None) -> dict[int, dt.date]:
    """Each member's HI card end as known on ``on`` (members never insured are missing)."""
    known_by = func.coalesce(Enrollment.receipt_date, Enrollment.valid_from)
    query = (select(Enrollment.person_id, func.max(Enrollment.valid_to))
             .join(Person, Person.id == Enrollment.person_id).join(Household, Household.id == Person.household_id)
             .where(_in_clans(clan_ids), Enrollment.scheme.in_(HI_SCHEMES), Enrollment.status != CANCELLED,
                    known_by <= on)
             .group_by(Enrollment.person_id))
    return {person: end for person, end in session.execute(query)}


def member_status(end: dt.date | None, on: dt.date, expiring_days: int) -> CoverageStatus:
    """The status of a member whose card ends on ``end`` (the application's one coverage rule)."""
    return coverage_status(end, on, expiring_days)


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


def model_clans(db: Database, on: dt.date, commune_code: str | None = None,
                period_start: dt.date | None = None) -> list[ModelClan]:
    """Clans of the office's communes in the model on ``on`` (joined on or before it), with their figures."""
    query = (select(Clan.id, Clan.name, Clan.commune_code, Commune.name, Clan.leader_name, Clan.joined_on)
             .join(Commune, Commune.code == Clan.commune_code)
             .join(OfficeCommune, OfficeCommune.commune_code == Clan.commune_code)
             .where(Clan.joined_on.is_not(None), Clan.joined_on <= on))
    if commune_code:
        query = query.where(Clan.commune_code == commune_code)
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


def clan_members(db: Database, clan_id: int, on: dt.date,
                 expiring_days: int = DEFAULT_EXPIRING_DAYS) -> list[ClanMember]:
    """The clan's members by village, household (head first) and name, each with their HI status on ``on``."""
    query = (select(Person, Household.code, Household.head_person_id, Relationship.name, Village.name)
             .join(Household, Household.id == Person.household_id)
             .outerjoin(Relationship, Relationship.code == Person.relationship_code)
             .outerjoin(Village, Village.id == Household.village_id)
             .where(Household.clan_id == clan_id)
             .order_by(Village.id, Household.code, case((Person.id == Household.head_person_id, 0), else_=1),
                       Person.birth_date, Person.id))
    with db.reading() as session:
        ends = card_ends(session, on, [clan_id])
        return [
            ClanMember(
                person_id=person.id, full_name=person.full_name,
                birth=birth_display(person.birth_date, person.birth_precision, person.birth_year),
                birth_year=person.birth_year, sex=person.sex, cccd=person.cccd or "", phone=person.phone or "",
                household_id=person.household_id or 0, household_code=code, is_head=head == person.id,
                relationship_name=relationship or "", village_name=village or "", address=person.address,
                card_end=ends.get(person.id), status=member_status(ends.get(person.id), on, expiring_days),
            )
            for person, code, head, relationship, village in session.execute(query)
        ]


def _newcomers(session: Session, on: dt.date, clan_ids: Collection[int] | None) -> dict[int, tuple[int, dt.date]]:
    """Person -> (clan, latest receipt) of non-renewal HI enrollments since the clan joined the model."""
    query = (select(Household.clan_id, Enrollment.person_id, func.max(Enrollment.receipt_date))
             .join(Person, Person.id == Enrollment.person_id).join(Household, Household.id == Person.household_id)
             .join(Clan, Clan.id == Household.clan_id)
             .where(_in_clans(clan_ids), Enrollment.scheme.in_(HI_SCHEMES), Enrollment.status != CANCELLED,
                    Enrollment.is_renewal.is_(False), Clan.joined_on.is_not(None),
                    Enrollment.receipt_date >= Clan.joined_on, Enrollment.receipt_date <= on)
             .group_by(Household.clan_id, Enrollment.person_id))
    return {person: (clan, latest) for clan, person, latest in session.execute(query)
            if clan is not None and latest is not None}


def _renewals(session: Session, on: dt.date, clan_ids: Collection[int] | None) -> dict[int, int]:
    query = (select(Household.clan_id, func.count())
             .select_from(Enrollment)
             .join(Person, Person.id == Enrollment.person_id).join(Household, Household.id == Person.household_id)
             .join(Clan, Clan.id == Household.clan_id)
             .where(_in_clans(clan_ids), Enrollment.scheme.in_(HI_SCHEMES), Enrollment.status != CANCELLED,
                    Enrollment.is_renewal.is_(True), Clan.joined_on.is_not(None),
                    Enrollment.receipt_date >= Clan.joined_on, Enrollment.receipt_date <= on)
             .group_by(Household.clan_id))
    return {clan: count for clan, count in session.execute(query) if clan is not None}


def clan_sessions(db: Database, on: dt.date, joined: dict[int, dt.date | None]) -> dict[int, list[SessionOutcome]]:
    """Clan -> the sessions held with it up to ``on`` (since it joined the model, when it has)."""
    result: dict[int, list[SessionOutcome]] = {}
    for outcome in session_outcomes(db, EARLIEST, on, with_clan=True):
        clan = outcome.clan_id
        if clan is not None and clan in joined and outcome.held_on >= (joined[clan] or EARLIEST):
            result.setdefault(clan, []).append(outcome)
    return result


def clan_figures(db: Database, on: dt.date, clan_ids: Collection[int] | None = None,
                 period_start: dt.date | None = None,
                 expiring_days: int = DEFAULT_EXPIRING_DAYS) -> dict[int, ClanFigures]:
    """Figures of the clans (``None``: every clan) on ``on``; ``new_in_period`` counts receipts from ``period_start``."""
    with db.reading() as session:
        chosen = select(Clan.id, Clan.joined_on)
        if clan_ids is not None:
            chosen = chosen.where(Clan.id.in_(list(clan_ids)))
        clans: dict[int, dt.date | None] = {cid: joined for cid, joined in session.execute(chosen)}
        members = member_rows(session, clan_ids)
        ends = card_ends(session, on, clan_ids)
        newcomers = _newcomers(session, on, clan_ids)
        renewals = _renewals(session, on, clan_ids)
    sessions = clan_sessions(db, on, clans)
    counts: dict[int, dict[str, int]] = {cid: dict.fromkeys(
        ("active", "expiring", "lapsed", "never", "new_since_joining", "new_in_period"), 0) for cid in clans}
    households: dict[int, set[int]] = {cid: set() for cid in clans}
    people: dict[int, int] = dict.fromkeys(clans, 0)
    names = {CoverageStatus.ACTIVE: "active", CoverageStatus.EXPIRING: "expiring",
             CoverageStatus.EXPIRED: "lapsed", CoverageStatus.NEVER: "never"}
    for clan, household, person in members:
        households[clan].add(household)
        people[clan] += 1
        counts[clan][names[member_status(ends.get(person), on, expiring_days)]] += 1
    start = period_start or EARLIEST
    for clan, latest in newcomers.values():
        if clan in counts:
            counts[clan]["new_since_joining"] += 1
            counts[clan]["new_in_period"] += latest >= start
    return {
        cid: ClanFigures(cid, len(households[cid]), people[cid], **counts[cid],
                         renewals_since_joining=renewals.get(cid, 0),
                         sessions=len(sessions.get(cid, [])),
                         enrolled_after_sessions=sum(o.enrolled_after for o in sessions.get(cid, [])))
        for cid in clans
    }


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
