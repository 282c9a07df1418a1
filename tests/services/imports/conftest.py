"""An office ready to import into, and helpers to read back what an import stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import Agent, Enrollment, Person, Village
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.imports import ImportOptions, ImportPreview, ParsedImport, import_file
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.io.conftest import write_xlsx

TODAY = dt.date(2025, 11, 22)
EA_KIET = "24265"
EA_TUL = "24277"
ACTOR = Actor("le.thu", role=Role.STAFF)


def seed_office(db: Database) -> Database:
    """Cư M'gar with three agents and two villages of Ea Kiết already known."""
    with db.unit_of_work() as session:
        for code, name in (("NV001", "Lê Thị Thu"), ("NV002", "Y Khoa Niê"), ("NV003", "Trần Văn Bình")):
            session.add(Agent(code=code, full_name=name, search_key=fold(name), version=1))
        for name, kind in (("Buôn Ea Kiết", "buôn"), ("Thôn 3", "thôn")):
            session.add(Village(commune_code=EA_KIET, name=name, name_key=fold(name), kind=kind))
    return db


@pytest.fixture
def import_db(office_db: Database) -> Database:
    return seed_office(office_db)


@pytest.fixture
def any_import_db(any_db_url: str) -> Iterator[Database]:
    """The same office on SQLite and on PostgreSQL."""
    db = open_database(any_db_url)
    save_office(db, cu_mgar_office(db))
    seed_office(db)
    yield db
    db.dispose()


def options(**changes: Any) -> ImportOptions:
    return ImportOptions(**{"default_commune": EA_KIET, "today": TODAY, **changes})


def run(db: Database, path: Path, commit: bool = False, **changes: Any) -> tuple[ParsedImport, ImportPreview]:
    return import_file(db, ACTOR, path, commit=commit, options=options(**changes))


def sheet_file(tmp_path: Path, header: Sequence[str], rows: Sequence[Sequence[object]],
               name: str = "ds.xlsx") -> Path:
    """A one-sheet .xlsx: a single header row and the rows under it (row 2 onwards)."""
    return write_xlsx(tmp_path / name, [list(header), *[list(r) for r in rows]])


PERSON_FIELDS = ("full_name", "birth_date", "birth_precision", "sex", "ethnic_code", "cccd", "si_code",
                 "phone", "village", "address", "category")


def stored_persons(db: Database) -> list[dict[str, Any]]:
    """Every person as stored, in id order, with the village by name."""
    with db.reading() as session:
        rows = session.execute(
            select(Person, Village.name).outerjoin(Village, Village.id == Person.village_id).order_by(Person.id)
        ).all()
        return [
            {**{name: getattr(person, name) for name in PERSON_FIELDS if name != "village"}, "village": village,
             "id": person.id, "search_key": person.search_key, "batch": person.import_batch_id,
             "hi_scheme": person.hi_scheme, "hi_valid_to": person.hi_valid_to, "covered_to": person.covered_to,
             "last_agent_id": person.last_agent_id, "version": person.version}
            for person, village in rows
        ]


def stored_enrollments(db: Database) -> list[dict[str, Any]]:
    with db.reading() as session:
        rows = session.execute(
            select(Enrollment, Person.full_name, Agent.code)
            .join(Person, Person.id == Enrollment.person_id)
            .outerjoin(Agent, Agent.id == Enrollment.agent_id)
            .order_by(Enrollment.id)
        ).all()
        return [
            {"person": name, "scheme": e.scheme, "valid_from": e.valid_from, "valid_to": e.valid_to,
             "months": e.payment_months, "amount": e.amount_paid, "receipt_no": e.receipt_no,
             "receipt_date": e.receipt_date, "agent": agent, "batch": e.import_batch_id}
            for e, name, agent in rows
        ]


def results(preview: ImportPreview) -> dict[int, str]:
    """Row number -> result value, for row-by-row assertions."""
    return {o.number: o.result.value for o in preview.outcomes}


def errors(preview: ImportPreview) -> dict[int, list[tuple[str, str]]]:
    """Row number -> (column label, message) of every error."""
    return {o.number: [(m.column, m.text) for m in o.errors] for o in preview.outcomes if o.errors}


def village_id(db: Database, name: str, commune: str = EA_KIET) -> int:
    with db.reading() as session:
        found = session.scalar(select(Village.id).where(Village.commune_code == commune, Village.name == name))
        assert found is not None
        return found


def add_person(db: Database, full_name: str, birth: dt.date | None = None, precision: str = "day",
               village: str | None = None, **fields: Any) -> int:
    """A person the office already knows."""
    with db.unit_of_work() as session:
        person = Person(
            full_name=full_name, search_key=fold(full_name), birth_date=birth, birth_precision=precision,
            birth_year=birth.year if birth else None,
            village_id=village_id(db, village) if village else None, version=1, **fields,
        )
        session.add(person)
        session.flush()
        return person.id
