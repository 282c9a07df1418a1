"""Engines and units of work.

SQLite is opened with foreign keys on, WAL journaling and a busy timeout so a
second desk process waits instead of failing; the file is created readable by
its owner only. PostgreSQL URLs are used as given.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.output_files import protect
from desktop.services.errors import storage_error

SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _create_private_file(path: Path) -> None:
    """Create the database file with mode 0600 before SQLite creates it world-readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


PG_CONNECT_TIMEOUT_S = 10


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with this application's connection settings."""
    path = sqlite_path(url)
    if path is not None:
        _create_private_file(path)
        protect(path)
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    # Without a connect timeout an unreachable shared server hangs the desk for the OS's TCP timeout.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})


def database_caption(url: str) -> str:
    """What the user sees for a database: the file path, or host/name without the password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


class Database:
    """One database: its engine and a factory of units of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises.

        A disk that is full, read-only or busy becomes a StorageError the desk can read.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            mapped = storage_error(error) if isinstance(error, OperationalError) else None
            if mapped is not None:
                raise mapped from error
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        session = self._sessions()
        try:
            yield session
        except OperationalError as error:
            mapped = storage_error(error)
            if mapped is not None:
                raise mapped from error
            raise
        finally:
            session.rollback()
            session.close()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def reset_id_sequences(db: Database) -> None:
    """Set PostgreSQL's id sequences past the largest id, after rows were inserted with explicit ids.

    A bulk insert that names its ids (the demo, for speed) leaves each table's sequence
    where it was, so the next ordinary insert would collide. SQLite needs nothing.
    """
    if db.is_sqlite:
        return
    from sqlalchemy import Integer, func, select, text

    from desktop.models import Base

    with db.unit_of_work() as session:
        for table in Base.metadata.sorted_tables:
            key = table.columns.get("id")
            if key is None or not key.primary_key or not isinstance(key.type, Integer):
                continue
            sequence = session.scalar(select(func.pg_get_serial_sequence(table.name, "id")))
            if sequence is None:
                continue
            highest = session.scalar(select(func.max(key)))
            session.execute(text("SELECT setval(:sequence, :value, :called)"),
                            {"sequence": sequence, "value": highest or 1, "called": highest is not None})
