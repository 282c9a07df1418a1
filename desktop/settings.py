"""Where this desk keeps its files and which database it opens.

Per-desk settings (window state, language, database URL) live in the user's
config folder; settings shared by every desk live in the database. The
database choice is a small JSON file read without Qt, because the command
line opens the same database as the window. It may hold a PostgreSQL password,
so it is written readable by its owner only (0600) and never shown with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "ansinh-desk"
DB_ENV_VAR = "ANSINH_DB"
DESK_DATABASE_FILE = "database.json"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
PG_DRIVER = "postgresql+psycopg"
DEFAULT_PG_PORT = 5432


def data_dir() -> Path:
    """The user's data folder (created on first use)."""
    folder = Path(os.environ.get("ANSINH_DATA_DIR") or user_data_path(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir() -> Path:
    """The user's config folder (created on first use)."""
    folder = Path(os.environ.get("ANSINH_CONFIG_DIR") or user_config_path(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "ansinh.db"


def desk_database_file() -> Path:
    """The file holding this desk's database choice."""
    return config_dir() / DESK_DATABASE_FILE


def load_desk_database() -> str | None:
    """The database URL chosen on this desk's settings page, or None (unset or unreadable file)."""
    try:
        data = json.loads(desk_database_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.strip() else None


def save_desk_database(url: str | None) -> Path:
    """Remember ``url`` for the next start (None forgets it); the file is created 0600 and replaced atomically."""
    target = desk_database_file()
    if url is None:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return target
    fd, temporary = tempfile.mkstemp(prefix=".database-", suffix=".json", dir=target.parent)
    try:
        os.chmod(temporary, 0o600)  # mkstemp already creates 0600; say it where it matters
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url}, handle, ensure_ascii=False)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return target


def as_url(value: str) -> str:
    """A SQLAlchemy URL as given, or the SQLite URL of a file path."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def resolve_database_url(given: str | None) -> str:
    """``--db`` (URL or file path), else ``ANSINH_DB``, else this desk's setting, else the default file."""
    value = given or os.environ.get(DB_ENV_VAR) or load_desk_database() or str(default_database_path())
    return as_url(value)


@dataclass(frozen=True)
class DatabaseChoice:
    """The settings page's fields: a SQLite file on this machine or a shared PostgreSQL server."""

    kind: str  # SQLITE or POSTGRESQL
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PG_PORT
    database: str = ""
    user: str = ""
    password: str = ""

    def url(self) -> str:
        from sqlalchemy.engine import URL

        if self.kind == SQLITE:
            return as_url(self.path)
        return URL.create(PG_DRIVER, username=self.user or None, password=self.password or None,
                          host=self.host, port=self.port, database=self.database).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> DatabaseChoice:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return cls(SQLITE, path=parsed.database or "")
        return cls(POSTGRESQL, host=parsed.host or "", port=parsed.port or DEFAULT_PG_PORT,
                   database=parsed.database or "", user=parsed.username or "", password=parsed.password or "")


class ProbeStatus(Enum):
    """What a connection test found; the settings page words each one."""

    READY = "ready"  # schema current, office set up
    NEEDS_SETUP = "needs_setup"  # schema current, no office yet: the setup runs at start
    OLDER = "older"  # schema older than this program: upgraded at start
    NEWER = "newer"  # schema newer than this program: update the program first
    EMPTY = "empty"  # no tables: schema and setup at start
    NEW_FILE = "new_file"  # SQLite file not there yet: created at start
    FOREIGN = "foreign"  # tables of another program
    WRONG_PASSWORD = "wrong_password"
    UNREACHABLE = "unreachable"
    NO_DATABASE = "no_database"
    NOT_A_DATABASE = "not_a_database"
    FAILED = "failed"


USABLE = frozenset({ProbeStatus.READY, ProbeStatus.NEEDS_SETUP, ProbeStatus.OLDER, ProbeStatus.EMPTY,
                    ProbeStatus.NEW_FILE})


@dataclass(frozen=True)
class DatabaseProbe:
    status: ProbeStatus
    revision: str | None = None
    head: str | None = None
    office: str | None = None
    detail: str = ""

    @property
    def usable(self) -> bool:
        """The program can start on this database (perhaps after an upgrade or the setup)."""
        return self.status in USABLE


def probe_database(url: str, timeout: int = 5) -> DatabaseProbe:
    """Connect once, read the schema revision and the office name, write nothing (not even a new file)."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from desktop.migrations import SCHEMA_HEAD

    try:
        parsed = make_url(url)
    except (ValueError, SQLAlchemyError) as error:
        return DatabaseProbe(ProbeStatus.FAILED, head=SCHEMA_HEAD, detail=str(error))
    connect_args: dict[str, object] = {}
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not parsed.database or parsed.database == ":memory:" or not path.exists():
            return DatabaseProbe(ProbeStatus.NEW_FILE, head=SCHEMA_HEAD)
        if path.is_dir():
            return DatabaseProbe(ProbeStatus.NOT_A_DATABASE, head=SCHEMA_HEAD)
        parsed = parsed.set(database=f"file:{path.resolve()}", query={"mode": "ro", "uri": "true"})
        connect_args["timeout"] = timeout
    elif parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = timeout
    try:
        engine = create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
        try:
            with engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                if not tables:
                    return DatabaseProbe(ProbeStatus.EMPTY, head=SCHEMA_HEAD)
                if "alembic_version" not in tables:
                    return DatabaseProbe(ProbeStatus.FOREIGN, head=SCHEMA_HEAD)
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                office = None
                if "office_profile" in tables:
                    office = connection.execute(text("SELECT name FROM office_profile ORDER BY id")).scalar()
        finally:
            engine.dispose()
    except SQLAlchemyError as error:
        return DatabaseProbe(_failure(error), head=SCHEMA_HEAD, detail=_first_line(error))
    return DatabaseProbe(_schema_status(revision, office, SCHEMA_HEAD), revision, SCHEMA_HEAD, office)


def _schema_status(revision: str | None, office: str | None, head: str) -> ProbeStatus:
    if revision is None:
        return ProbeStatus.EMPTY
    if revision > head:  # revisions are zero-padded numbers: "0002" < "0003"
        return ProbeStatus.NEWER
    if revision < head:
        return ProbeStatus.OLDER
    return ProbeStatus.READY if office else ProbeStatus.NEEDS_SETUP


_SQLSTATES = {
    "28P01": ProbeStatus.WRONG_PASSWORD,  # invalid_password
    "28000": ProbeStatus.WRONG_PASSWORD,  # invalid_authorization_specification (no such role, pg_hba)
    "3D000": ProbeStatus.NO_DATABASE,  # invalid_catalog_name
}
_MESSAGES = (
    ("password authentication failed", ProbeStatus.WRONG_PASSWORD),
    ("no password supplied", ProbeStatus.WRONG_PASSWORD),
    ('role "', ProbeStatus.WRONG_PASSWORD),  # role "x" does not exist: a wrong user name
    ("does not exist", ProbeStatus.NO_DATABASE),
    ("file is not a database", ProbeStatus.NOT_A_DATABASE),
    ("unable to open database", ProbeStatus.NOT_A_DATABASE),
    ("connection refused", ProbeStatus.UNREACHABLE),
    ("timeout expired", ProbeStatus.UNREACHABLE),
    ("could not translate host name", ProbeStatus.UNREACHABLE),
    ("name or service not known", ProbeStatus.UNREACHABLE),
    ("no route to host", ProbeStatus.UNREACHABLE),
    ("network is unreachable", ProbeStatus.UNREACHABLE),
    ("failed to resolve host", ProbeStatus.UNREACHABLE),
    ("could not connect", ProbeStatus.UNREACHABLE),
)


def _failure(error: Exception) -> ProbeStatus:
    """Why a connection failed, from the server's SQLSTATE when it answered, else from the message."""
    original = getattr(error, "orig", None)
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str) and state in _SQLSTATES:
        return _SQLSTATES[state]
    message = str(original or error).lower()
    for needle, status in _MESSAGES:
        if needle in message:
            return status
    return ProbeStatus.FAILED


def _first_line(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__
