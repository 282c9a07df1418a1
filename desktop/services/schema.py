"""Bring a database's schema to the current version with Alembic."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.db import Database


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def upgrade(db: Database) -> None:
    """Run every pending migration (a fresh database gets the whole schema)."""
    with db.engine.begin() as connection:
        config = alembic_config(db)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision(db)
