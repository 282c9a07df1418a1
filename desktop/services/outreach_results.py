"""What outreach sessions achieved: attendees and the people who enrolled afterwards.

A person counts as enrolled after a session when they attended it and an
enrollment of theirs (any scheme, not cancelled) has a receipt dated from the
session day to ``window_days`` days after it, or when an enrollment names the
session. Each person counts once per session. Conversion = enrolled after /
attendees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.db import Database
from desktop.domain.outreach import SESSION_KINDS
from desktop.models import Attendance, Commune, Enrollment, OutreachSession, Village

DEFAULT_WINDOW_DAYS = 30


@dataclass(frozen=True)
class SessionOutcome:
    """One session: where and when, how many attended, how many enrolled afterwards."""

    session_id: int
    held_on: dt.date
    kind: str
    commune_code: str
    commune_name: str
    village_name: str
    attendees: int
    enrolled_after: int
    clan_id: int | None = None

    @property
    def kind_label(self) -> str:
        return SESSION_KINDS.get(self.kind, self.kind)

    @property
    def conversion(self) -> float | None:
        """Enrolled after, as % of attendees (None when nobody attended)."""
        return self.enrolled_after * 100 / self.attendees if self.attendees else None


def session_outcomes(db: Database, start: dt.date, end: dt.date, commune_code: str | None = None,
                     window_days: int = DEFAULT_WINDOW_DAYS, with_clan: bool = False) -> list[SessionOutcome]:
    """Sessions held in the period (optionally in one commune, or only those held with a clan), by date."""
    query = (
        select(OutreachSession.id, OutreachSession.held_on, OutreachSession.kind, OutreachSession.commune_code,
               Commune.name, Village.name, OutreachSession.clan_id)
        .join(Commune, Commune.code == OutreachSession.commune_code)
        .outerjoin(Village, Village.id == OutreachSession.village_id)
        .where(OutreachSession.held_on >= start, OutreachSession.held_on <= end)
        .order_by(OutreachSession.held_on, OutreachSession.id)
    )
    if commune_code:
        query = query.where(OutreachSession.commune_code == commune_code)
    if with_clan:
        query = query.where(OutreachSession.clan_id.is_not(None))
    with db.reading() as session:
        sessions = session.execute(query).all()
        ids = [row[0] for row in sessions]
        held = {row[0]: row[1] for row in sessions}
        attendees: dict[int, int] = {
            sid: count for sid, count in session.execute(
                select(Attendance.session_id, func.count())
                .where(Attendance.session_id.in_(ids), Attendance.attended.is_(True))
                .group_by(Attendance.session_id)
            )
        }
        enrolled: dict[int, set[int]] = {sid: set() for sid in ids}
        after = session.execute(
            select(Attendance.session_id, Enrollment.person_id, Enrollment.receipt_date)
            .join(Enrollment, Enrollment.person_id == Attendance.person_id)
            .join(OutreachSession, OutreachSession.id == Attendance.session_id)
            .where(Attendance.session_id.in_(ids), Attendance.attended.is_(True),
                   Enrollment.status != "cancelled", Enrollment.receipt_date >= OutreachSession.held_on)
        )
        for sid, person_id, receipt in after:
            if receipt is not None and receipt <= held[sid] + dt.timedelta(days=window_days):
                enrolled[sid].add(person_id)
        linked = session.execute(
            select(Enrollment.session_id, Enrollment.person_id)
            .where(Enrollment.session_id.in_(ids), Enrollment.status != "cancelled")
        )
        for linked_id, person_id in linked:
            if linked_id is not None:
                enrolled[linked_id].add(person_id)
    return [
        SessionOutcome(sid, day, kind, code, commune, village or "", attendees.get(sid, 0), len(enrolled[sid]), clan)
        for sid, day, kind, code, commune, village, clan in sessions
    ]
