"""Agents' results against their targets for any period: targets, achieved, renewals due and done.

Definitions (shared with the agents report, reusable by the dashboard):

- target: the sum of the agent's targets of a metric over the period; a target
  period only partly inside counts in proportion to its days inside (rounded
  half up); when an agent has targets of several kinds (month and year), only
  the finest kind counts, so nothing is counted twice;
- new VSI / new household HI: an enrollment collected by the agent with a
  receipt date in the period that is the person's first of that scheme (no
  other non-cancelled one starts earlier);
- renewals: enrollments marked as renewals, collected by the agent in the period;
- renewals due: household HI cards and VSI months ending in the period (not
  cancelled, not stopped) of persons whose last agent is the agent; done: those
  followed by a later enrollment of the same scheme;
- rank: by the mean % of target over the metrics that have a target.
Cancelled enrollments never count.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import Agent, AgentArea, Commune, Enrollment, Person, Target
from desktop.models.enrollments import CANCELLED, STOPPED

METRICS = ("new_vsi", "new_hi_hh", "renewals")
METRIC_SCHEMES = {"new_vsi": "VSI", "new_hi_hh": "HI-HH"}
RENEWABLE = ("HI-HH", "VSI")
_FINENESS = {"week": 0, "month": 1, "quarter": 2, "year": 3}


@dataclass
class AgentProgress:
    """One agent's period: targets and achieved by metric, renewals due and done, rank."""

    agent_id: int
    code: str
    name: str
    commune_name: str
    targets: dict[str, int] = field(default_factory=dict)
    achieved: dict[str, int] = field(default_factory=dict)
    renewals_due: int = 0
    renewals_done: int = 0
    rank: int | None = None

    def percent(self, metric: str) -> float | None:
        """Achieved as % of target; None without a target."""
        target = self.targets.get(metric, 0)
        return self.achieved.get(metric, 0) * 100 / target if target > 0 else None

    @property
    def score(self) -> float | None:
        """Mean % of target over the metrics with a target."""
        percents = [p for p in (self.percent(m) for m in METRICS) if p is not None]
        return sum(percents) / len(percents) if percents else None


def agent_progress(db: Database, start: dt.date, end: dt.date, agent_id: int | None = None,
                   commune_code: str | None = None) -> list[AgentProgress]:
    """Every agent (or one, or those serving a commune), ranked; ties keep code order."""
    with db.reading() as session:
        agents = _agents(session, agent_id, commune_code)
        targets = targets_in_period(session, start, end)
        achieved = achieved_in_period(session, start, end)
        due, done = renewals_due(session, start, end)
    for row in agents:
        row.targets = {m: targets.get((row.agent_id, m), 0) for m in METRICS}
        row.achieved = {m: achieved.get((row.agent_id, m), 0) for m in METRICS}
        row.renewals_due, row.renewals_done = due.get(row.agent_id, 0), done.get(row.agent_id, 0)
    ranked = sorted((r for r in agents if r.score is not None), key=lambda r: -(r.score or 0.0))
    for index, row in enumerate(ranked, start=1):
        row.rank = index
    return agents


def _agents(session: Session, agent_id: int | None, commune_code: str | None) -> list[AgentProgress]:
    area = (select(AgentArea.agent_id, func.min(AgentArea.commune_code).label("commune_code"))
            .group_by(AgentArea.agent_id).subquery())
    query = (select(Agent.id, Agent.code, Agent.full_name, Commune.name)
             .outerjoin(area, area.c.agent_id == Agent.id)
             .outerjoin(Commune, Commune.code == area.c.commune_code))
    if agent_id is not None:
        query = query.where(Agent.id == agent_id)
    if commune_code:
        query = query.where(Agent.id.in_(select(AgentArea.agent_id).where(AgentArea.commune_code == commune_code)))
    rows = [AgentProgress(aid, code, name, commune or "") for aid, code, name, commune in session.execute(query)]
    return sorted(rows, key=lambda r: (not r.commune_name, fold(r.commune_name), r.code))


def targets_in_period(session: Session, start: dt.date, end: dt.date) -> dict[tuple[int, str], int]:
    """(agent id, metric) -> target over the period (finest kind, prorated by days inside)."""
    rows = [
        (agent, metric, kind, first, last, value)
        for agent, metric, kind, first, last, value in session.execute(
            select(Target.agent_id, Target.metric, Target.period_kind, Target.period_start, Target.period_end,
                   Target.value)
            .where(Target.scope_kind == "agent", Target.metric.in_(METRICS),
                   Target.period_start <= end, Target.period_end >= start)
        )
        if agent is not None
    ]
    finest: dict[tuple[int, str], int] = {}
    for agent, metric, kind, *_ in rows:
        level = _FINENESS.get(kind, 99)
        finest[(agent, metric)] = min(finest.get((agent, metric), level), level)
    totals: dict[tuple[int, str], Fraction] = {}
    for agent, metric, kind, first, last, value in rows:
        if _FINENESS.get(kind, 99) != finest[(agent, metric)]:
            continue
        days = (last - first).days + 1
        inside = (min(last, end) - max(first, start)).days + 1
        totals[(agent, metric)] = totals.get((agent, metric), Fraction(0)) + Fraction(value * inside, days)
    return {key: math.floor(total + Fraction(1, 2)) for key, total in totals.items()}


def achieved_in_period(session: Session, start: dt.date, end: dt.date) -> dict[tuple[int, str], int]:
    """(agent id, metric) -> new VSI, new household HI and renewals collected in the period."""
    earlier = aliased(Enrollment)
    first = ~exists().where(
        earlier.person_id == Enrollment.person_id, earlier.scheme == Enrollment.scheme,
        earlier.status != CANCELLED,
        or_(earlier.valid_from < Enrollment.valid_from,
            and_(earlier.valid_from == Enrollment.valid_from, earlier.id < Enrollment.id)),
    )
    inner = (select(Enrollment.agent_id.label("agent"), Enrollment.scheme.label("scheme"),
                    Enrollment.is_renewal.label("renewal"), case((first, 1), else_=0).label("first"))
             .where(Enrollment.agent_id.is_not(None), Enrollment.status != CANCELLED,
                    Enrollment.receipt_date >= start, Enrollment.receipt_date <= end)).subquery()
    rows = session.execute(select(inner.c.agent, inner.c.scheme, inner.c.renewal, inner.c.first, func.count())
                           .group_by(inner.c.agent, inner.c.scheme, inner.c.renewal, inner.c.first))
    result: dict[tuple[int, str], int] = {}
    for agent, scheme, renewal, is_first, count in rows:
        if renewal:
            result[(agent, "renewals")] = result.get((agent, "renewals"), 0) + count
        for metric, metric_scheme in METRIC_SCHEMES.items():
            if is_first and scheme == metric_scheme:
                result[(agent, metric)] = result.get((agent, metric), 0) + count
    return result


def renewals_due(session: Session, start: dt.date, end: dt.date) -> tuple[dict[int, int], dict[int, int]]:
    """(due, done) per agent: renewable periods ending in the period, and those already followed by another."""
    later = aliased(Enrollment)
    renewed = exists().where(
        later.person_id == Enrollment.person_id, later.scheme == Enrollment.scheme,
        later.status != CANCELLED, later.valid_from > Enrollment.valid_from,
    )
    rows = session.execute(
        select(Person.last_agent_id, func.count(), func.sum(case((renewed, 1), else_=0)))
        .select_from(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Person.last_agent_id.is_not(None), Enrollment.scheme.in_(RENEWABLE),
               Enrollment.status.not_in((CANCELLED, STOPPED)),
               Enrollment.valid_to >= start, Enrollment.valid_to <= end)
        .group_by(Person.last_agent_id)
    )
    due: dict[int, int] = {}
    done: dict[int, int] = {}
    for agent, count, renewed_count in rows:
        due[agent], done[agent] = count, int(renewed_count or 0)
    return due, done
