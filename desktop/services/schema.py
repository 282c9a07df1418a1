"""Bring a database's schema to the current version with Alembic.

Start-up only needs to know whether the schema is current: that is one SQL
query against ``alembic_version`` compared with ``SCHEMA_HEAD``. Alembic itself
(about 0.4 s to import) is loaded only when a migration must run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from desktop.db import Database
from desktop.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def upgrade(db: Database) -> None:
    """Run every pending migration (a fresh database gets the whole schema)."""
    from alembic import command

    with db.engine.begin() as connection:
        config = alembic_config(db)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(db: Database) -> str | None:
    """The revision stored in the database, or None for an empty one."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(db: Database) -> str | None:
    """The newest revision as Alembic's script directory says (tests compare it to SCHEMA_HEAD)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != SCHEMA_HEAD
