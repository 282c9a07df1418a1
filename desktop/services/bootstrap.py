"""Open a database ready for use: schema migrated and reference data loaded."""

from __future__ import annotations

from desktop.db import Database
from desktop.services import schema
from desktop.services.rates import seed_rates
from desktop.services.reference import seed_reference


def open_database(url: str) -> Database:
    """Migrate to the current schema; after a migration, refresh the shipped code lists and rates."""
    db = Database(url)
    if schema.needs_upgrade(db):
        schema.upgrade(db)
        with db.unit_of_work() as session:
            seed_reference(session)
            seed_rates(session)
    return db
