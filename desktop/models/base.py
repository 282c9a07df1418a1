"""Declarative base with a constraint naming convention (stable Alembic diffs)."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import DateTime, Integer, MetaData, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """Timezone-aware now, so both SQLite and PostgreSQL store the same instant."""
    return dt.datetime.now(dt.UTC)


class Timestamped:
    """Creation and last-change instants, kept by the database layer."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


class Versioned:
    """Optimistic concurrency: a stale write from another desk raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, for bulk inserts that bypass the ORM's per-object work."""
    return cast(Table, model.__table__)
