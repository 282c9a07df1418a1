"""What outreach sessions achieved, in detail: who enrolled or renewed afterwards, and per scheme.

Counts per session and per period come from ``services.outreach_results`` (the
same figures report R5 prints); this module adds the names and schemes behind
them for the sessions screen.

An enrollment counts for a session when the payment names the session
(``Enrollment.session_id``), or when an attendee's receipt is dated on the
session day or within ``window_days`` after it. The conversion rate is the
number enrolled over the number of attendees, as R5 prints it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.participation import SCHEME_LABELS
from desktop.domain.text import fold
from desktop.models import Attendance, Enrollment, OutreachSession, Person
from desktop.services.outreach_results import DEFAULT_WINDOW_DAYS, SessionOutcome, session_outcomes
from desktop.services.sessions import SESSION_KINDS, current_session


@dataclass(frozen=True)
class ResultLine:
    """One enrollment that counts for the session."""

    person_id: int
    full_name: str
    scheme: str
    scheme_label: str
    receipt_date: dt.date | None
    is_renewal: bool
    attended: bool


@dataclass(frozen=True)
class SessionResult:
    """A session's outcome."""

    session_id: int
    window_days: int
    attended: int
    lines: list[ResultLine] = field(default_factory=list)

    @property
    def enrolled(self) -> int:
        """Distinct people who enrolled or renewed (attendees or payments naming the session)."""
        return len({line.person_id for line in self.lines})

    @property
    def attendees_enrolled(self) -> int:
        return len({line.person_id for line in self.lines if line.attended})

    @property
    def renewed(self) -> int:
        return len({line.person_id for line in self.lines if line.is_renewal})

    @property
    def per_scheme(self) -> dict[str, int]:
        """Scheme label -> distinct people, in the catalogue's order."""
        counts: dict[str, set[int]] = {}
        for line in self.lines:
            counts.setdefault(line.scheme, set()).add(line.person_id)
        return {SCHEME_LABELS.get(scheme, scheme): len(counts[scheme])
                for scheme in [*SCHEME_LABELS, *sorted(set(counts) - set(SCHEME_LABELS))] if scheme in counts}

    @property
    def conversion_rate(self) -> float | None:
        """Enrolled afterwards as % of attendees (R5's rate); ``None`` when nobody attended."""
        return 100.0 * self.enrolled / self.attended if self.attended else None


@dataclass(frozen=True)
class GroupTotals:
    """Totals of a commune or a kind over a period."""

    key: str
    label: str
    sessions: int = 0
    attended: int = 0
    enrolled: int = 0
    support_total: int = 0

    @property
    def conversion_rate(self) -> float | None:
        """Enrolled afterwards as % of attendees, as the outreach report (R5) counts it."""
        return 100.0 * self.enrolled / self.attended if self.attended else None

    def plus(self, outcome: SessionOutcome, support: int) -> GroupTotals:
        return GroupTotals(self.key, self.label, self.sessions + 1, self.attended + outcome.attendees,
                           self.enrolled + outcome.enrolled_after, self.support_total + support)


@dataclass(frozen=True)
class PeriodResults:
    """A period's sessions summed per commune and per kind, plus the whole."""

    per_commune: list[GroupTotals]
    per_kind: list[GroupTotals]
    total: GroupTotals


def _result(session: Session, row: OutreachSession, window_days: int) -> SessionResult:
    attendees = set(session.scalars(select(Attendance.person_id).where(
        Attendance.session_id == row.id, Attendance.attended.is_(True), Attendance.person_id.is_not(None))))
    until = row.held_on + dt.timedelta(days=window_days)
    after_session = and_(Enrollment.person_id.in_(attendees), Enrollment.receipt_date >= row.held_on,
                         Enrollment.receipt_date <= until)
    query = (
        select(Enrollment, Person.full_name)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.status != "cancelled", or_(Enrollment.session_id == row.id, after_session))
        .order_by(Person.search_key, Enrollment.receipt_date, Enrollment.id)
    )
    lines = [
        ResultLine(person_id=enrollment.person_id, full_name=name, scheme=enrollment.scheme,
                   scheme_label=SCHEME_LABELS.get(enrollment.scheme, enrollment.scheme),
                   receipt_date=enrollment.receipt_date, is_renewal=enrollment.is_renewal,
                   attended=enrollment.person_id in attendees)
        for enrollment, name in session.execute(query)
    ]
    attended = session.scalars(select(Attendance.id).where(
        Attendance.session_id == row.id, Attendance.attended.is_(True))).all()
    return SessionResult(row.id, window_days, len(attended), lines)


def session_result(db: Database, session_id: int, window_days: int = DEFAULT_WINDOW_DAYS) -> SessionResult:
    """Who enrolled or renewed after this session."""
    with db.reading() as session:
        return _result(session, current_session(session, session_id), window_days)


def period_results(db: Database, start: dt.date, end: dt.date, commune_code: str | None = None,
                   kind: str | None = None, window_days: int = DEFAULT_WINDOW_DAYS) -> PeriodResults:
    """Sessions held in the period summed per commune and per kind (counted as R5 counts them)."""
    outcomes = [outcome for outcome in session_outcomes(db, start, end, commune_code, window_days)
                if kind is None or outcome.kind == kind]
    with db.reading() as session:
        support: dict[int, int] = {
            sid: amount for sid, amount in session.execute(
                select(OutreachSession.id, OutreachSession.support_per_attendee)
                .where(OutreachSession.id.in_([outcome.session_id for outcome in outcomes])))
        }
    communes: dict[str, GroupTotals] = {}
    kinds: dict[str, GroupTotals] = {}
    total = GroupTotals("", "Tổng cộng")
    for outcome in sorted(outcomes, key=lambda o: (fold(o.commune_name), o.held_on)):
        paid = outcome.attendees * support.get(outcome.session_id, 0)
        code = outcome.commune_code
        communes[code] = communes.get(code, GroupTotals(code, outcome.commune_name)).plus(outcome, paid)
        kinds[outcome.kind] = kinds.get(
            outcome.kind, GroupTotals(outcome.kind, SESSION_KINDS.get(outcome.kind, outcome.kind))).plus(outcome, paid)
        total = total.plus(outcome, paid)
    ordered = [k for k in SESSION_KINDS if k in kinds] + sorted(set(kinds) - set(SESSION_KINDS))
    return PeriodResults(list(communes.values()), [kinds[k] for k in ordered], total)
