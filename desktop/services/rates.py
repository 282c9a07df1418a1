"""The dated rate table kept in the database (editable settings, seeded with known values)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.rates import RateRow, RateTable, RateUnit, default_rate_rows
from desktop.models import RateValue


def seed_rates(session: Session) -> None:
    """Add the known default values that the database lacks (never overwrites an edited value)."""
    present = {(k, d) for k, d in session.execute(select(RateValue.key, RateValue.effective_from))}
    session.add_all(
        RateValue(key=row.key, effective_from=row.effective_from, value=row.value, unit=row.unit.value, note=row.note)
        for row in default_rate_rows()
        if (row.key, row.effective_from) not in present
    )


def load_rate_table(db: Database) -> RateTable:
    """Every rate row of the database, ready for the premium calculator."""
    with db.reading() as session:
        rows = session.scalars(select(RateValue))
        return RateTable(
            RateRow(r.key, r.effective_from, r.value, RateUnit(r.unit), r.note) for r in rows
        )
