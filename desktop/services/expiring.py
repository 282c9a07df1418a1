"""Who must renew: cards and paid-up months ending soon or lapsed lately, grouped by agent then village.

Agents phone or visit these people before the card runs out, so the list is
grouped the way they work: by the agent who last collected, then by village.
It reads the persons' indexed summary columns (``hi_valid_to``,
``vsi_paid_to``) with one range scan each, never the enrollment history, so it
stays fast at 500,000 persons. The groups are plain dataclasses, ready for the
renewal call-list report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from desktop.db import Database
from desktop.domain.participation import HI_SCHEMES, SCHEME_LABELS
from desktop.domain.text import fold
from desktop.models import Agent, Commune, Household, Person, Village

DEFAULT_AHEAD_DAYS = 30
DEFAULT_LAPSED_DAYS = 90
DEFAULT_SCHEMES = ("HI-HH", "VSI")
"""Schemes people renew themselves through an agent (student and state-paid cards come by lists)."""
ALL_SCHEMES = (*HI_SCHEMES, "VSI")
NO_AGENT_LABEL = "Chưa có nhân viên thu phụ trách"
NO_VILLAGE_LABEL = "Chưa rõ thôn, buôn"


@dataclass(frozen=True)
class ExpiringRow:
    """A person and the scheme to renew; ``days_left`` < 0 counts the days since it lapsed."""

    person_id: int
    full_name: str
    birth: str
    phone: str
    household_code: str
    scheme: str
    scheme_label: str
    valid_to: dt.date
    days_left: int

    @property
    def lapsed(self) -> bool:
        return self.days_left < 0


@dataclass
class VillageGroup:
    village_id: int | None
    village_name: str
    commune_name: str
    rows: list[ExpiringRow] = field(default_factory=list)

    @property
    def due(self) -> int:
        return sum(1 for row in self.rows if not row.lapsed)

    @property
    def lapsed(self) -> int:
        return sum(1 for row in self.rows if row.lapsed)


@dataclass
class ExpiringGroup:
    """One agent's people to call, by village."""

    agent_id: int | None
    agent_name: str
    agent_code: str
    agent_phone: str
    villages: list[VillageGroup] = field(default_factory=list)

    @property
    def rows(self) -> list[ExpiringRow]:
        return [row for village in self.villages for row in village.rows]

    @property
    def due(self) -> int:
        return sum(village.due for village in self.villages)

    @property
    def lapsed(self) -> int:
        return sum(village.lapsed for village in self.villages)


def _birth(day: dt.date | None, precision: str) -> str:
    """dd/mm/yyyy, mm/yyyy or yyyy (as participants.birth_display, without its checks: 14,000 rows a call)."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day.month:02d}/{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts "Thôn 2" before "Thôn 10"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", fold(text)) if part)


def _query(end_column: Any, start: dt.date, end: dt.date, hi_schemes: Sequence[str] | None,
           agent_id: int | None, commune_code: str | None) -> Select[Any]:
    commune = aliased(Commune)
    query = (
        select(
            Person.id, Person.full_name, Person.birth_date, Person.birth_precision, Person.phone,
            Person.hi_scheme, end_column, Person.village_id, Village.name, commune.name, Household.code,
            Person.last_agent_id, Agent.full_name, Agent.code, Agent.phone, Person.search_key,
        )
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(commune, commune.code == Village.commune_code)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Agent, Agent.id == Person.last_agent_id)
        .where(end_column >= start, end_column <= end)
    )
    if hi_schemes is not None:
        query = query.where(Person.hi_scheme.in_(list(hi_schemes)))
    if agent_id is not None:
        query = query.where(Person.last_agent_id == agent_id)
    if commune_code:
        query = query.where(Person.village_id.in_(select(Village.id).where(Village.commune_code == commune_code)))
    return query


def expiring_list(db: Database, today: dt.date, ahead_days: int = DEFAULT_AHEAD_DAYS,
                  lapsed_days: int = DEFAULT_LAPSED_DAYS, agent_id: int | None = None,
                  commune_code: str | None = None, schemes: Sequence[str] = DEFAULT_SCHEMES) -> list[ExpiringGroup]:
    """People whose card (or VSI months) ends within ``ahead_days`` or ended within the last ``lapsed_days``.

    Groups: agents by name (people without an agent last), villages by commune
    and name, people by end date then name. A person in HI and VSI appears once per scheme.
    """
    if ahead_days < 0 or lapsed_days < 0:
        raise ValueError("ahead_days and lapsed_days cannot be negative")
    start, end = today - dt.timedelta(days=lapsed_days), today + dt.timedelta(days=ahead_days)
    hi_schemes = [s for s in schemes if s in HI_SCHEMES]
    queries: list[tuple[bool, Select[Any]]] = []  # (is VSI, query)
    if hi_schemes:
        queries.append((False, _query(Person.hi_valid_to, start, end, hi_schemes, agent_id, commune_code)))
    if "VSI" in schemes:
        queries.append((True, _query(Person.vsi_paid_to, start, end, None, agent_id, commune_code)))
    agents: dict[int | None, ExpiringGroup] = {}
    villages: dict[tuple[int | None, int | None], VillageGroup] = {}
    sort_keys: dict[int, tuple[str, str]] = {}
    with db.reading() as session:
        for is_vsi, query in queries:
            for (pid, name, birth, precision, phone, hi_scheme, valid_to, village_id, village, commune, household,
                 aid, agent_name, agent_code, agent_phone, key) in session.connection().execute(query):
                group = agents.get(aid)
                if group is None:
                    group = agents[aid] = ExpiringGroup(aid, agent_name or NO_AGENT_LABEL, agent_code or "",
                                                        agent_phone or "")
                village_group = villages.get((aid, village_id))
                if village_group is None:
                    village_group = villages[(aid, village_id)] = VillageGroup(
                        village_id, village or NO_VILLAGE_LABEL, commune or "")
                    group.villages.append(village_group)
                scheme = "VSI" if is_vsi else hi_scheme
                village_group.rows.append(ExpiringRow(
                    pid, name, _birth(birth, precision), phone or "", household or "", scheme,
                    SCHEME_LABELS.get(scheme, scheme), valid_to, (valid_to - today).days,
                ))
                sort_keys[pid] = (key, name)
    for group in agents.values():
        group.villages.sort(key=lambda v: (v.village_id is None, fold(v.commune_name), _natural(v.village_name)))
        for village_group in group.villages:
            village_group.rows.sort(key=lambda r: (r.valid_to, sort_keys[r.person_id], r.scheme))
    return sorted(agents.values(), key=lambda g: (g.agent_id is None, fold(g.agent_name), g.agent_code))
