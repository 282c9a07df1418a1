"""Known persons, loaded in bulk, and the rules that match a row to one of them.

A row is the known person with its CCCD, else with its SI code. Same folded
name, birth year and village only makes a *candidate*: the row is imported
as a new person unless the user confirms it is the same one. Keys come from
one query each into dicts, so a 100,000-row list is matched without a query
per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agent, Enrollment, Household, Person
from desktop.services.participants import birth_display

CHUNK = 5_000

PERSON_COLUMNS = (
    "full_name", "search_key", "birth_date", "birth_precision", "birth_year", "sex", "ethnic_code",
    "cccd", "si_code", "phone", "village_id", "address", "household_id", "relationship_code", "category",
)
"""The columns an import may set on a known person."""
SUMMARY_COLUMNS = ("hi_scheme", "hi_valid_to", "vsi_paid_to", "covered_to", "last_agent_id")
"""Derived columns a new enrollment changes; undo puts them back with the rest."""
RESTORED_COLUMNS = PERSON_COLUMNS + SUMMARY_COLUMNS
DATE_COLUMNS = frozenset({"birth_date", "hi_valid_to", "vsi_paid_to", "covered_to"})


@dataclass(frozen=True)
class Known:
    """A known person's importable columns and version."""

    id: int
    version: int
    values: dict[str, Any]

    @property
    def full_name(self) -> str:
        return str(self.values["full_name"])

    @property
    def birth(self) -> str:
        return birth_display(self.values["birth_date"], self.values["birth_precision"],
                             self.values["birth_year"])


def chunks(ids: Sequence[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


class KnownPersons:
    """CCCD, SI code and (name, birth year, village) keys of known persons, as dicts."""

    def __init__(self, session: Session, villages: Iterable[int]) -> None:
        self.session = session
        self.by_cccd: dict[str, int] = dict(
            session.execute(select(Person.cccd, Person.id).where(Person.cccd.is_not(None))).all()  # type: ignore[arg-type]
        )
        self.by_si: dict[str, int] = dict(
            session.execute(select(Person.si_code, Person.id).where(Person.si_code.is_not(None))).all()  # type: ignore[arg-type]
        )
        self.by_name: dict[tuple[str, int | None, int | None], list[int]] = {}
        village_ids = sorted(set(villages))
        for part in chunks(village_ids):
            rows = session.execute(
                select(Person.search_key, Person.birth_year, Person.village_id, Person.id)
                .where(Person.village_id.in_(part), Person.birth_year.is_not(None))
            )
            for key, year, village, pid in rows:
                self.by_name.setdefault((key, year, village), []).append(pid)
        self._records: dict[int, Known] = {}

    def load(self, ids: Iterable[int]) -> None:
        """Read the full records of the persons rows matched (chunked IN queries)."""
        wanted = sorted(set(ids) - self._records.keys())
        columns = [getattr(Person, name) for name in RESTORED_COLUMNS]
        for part in chunks(wanted):
            for row in self.session.execute(select(Person.id, Person.version, *columns).where(Person.id.in_(part))):
                self._records[row[0]] = Known(row[0], row[1], dict(zip(RESTORED_COLUMNS, row[2:], strict=True)))

    def get(self, person_id: int) -> Known:
        return self._records[person_id]


def enrollment_keys(session: Session, person_ids: Iterable[int]) -> set[tuple[int, str, dt.date]]:
    """(person, scheme, valid from) of the enrollments known persons already have."""
    keys: set[tuple[int, str, dt.date]] = set()
    for part in chunks(sorted(set(person_ids))):
        rows = session.execute(
            select(Enrollment.person_id, Enrollment.scheme, Enrollment.valid_from)
            .where(Enrollment.person_id.in_(part), Enrollment.status != "cancelled")
        )
        keys.update((pid, scheme, start) for pid, scheme, start in rows)
    return keys


def agent_ids(session: Session) -> dict[str, int]:
    """Agent code -> id, by the code as stored and in upper case."""
    found: dict[str, int] = {}
    for code, aid in session.execute(select(Agent.code, Agent.id)):
        found[code] = aid
        found.setdefault(code.strip().upper(), aid)
    return found


def household_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """Household code -> id, for the codes a list names."""
    found: dict[str, int] = {}
    for part in chunks(sorted(set(codes))):
        found.update(session.execute(select(Household.code, Household.id).where(Household.code.in_(part))).all())
    return found
