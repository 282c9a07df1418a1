"""Bring a database's schema to the current version with Alembic.

Start-up only needs to know whether the schema is current: that is one SQL
query against ``alembic_version`` compared with ``SCHEMA_HEAD``. Alembic itself
(about 0.4 s to import) is loaded only when a migration must run.
"""

from __future__ import annotations

import functools
import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from desktop.db import Database
from desktop.migrations import SCHEMA_HEAD
from desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(db: Database) -> Config:
    return _config(db.url)


def _config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
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


# --- what the application will open ---------------------------------------------------------------

SCHEMA_VERSION_KEY = "schema_app_version"
"""app_settings key: the application version that last migrated the schema (named when a desk is too old)."""


class SchemaRefused(ServiceError):
    """The database is not one this version of the application may open or restore."""


def newer_schema_message(caption: str, revision: str, needed: str | None) -> str:
    from desktop import __version__

    known = needed and needed != __version__  # a copy edited by hand may name this very version
    wanted = f"An Sinh Desk {needed} trở lên" if known else f"An Sinh Desk mới hơn {__version__}"
    return (
        f"Cơ sở dữ liệu {caption} được tạo bởi phiên bản mới hơn của An Sinh Desk (lược đồ {revision}); "
        f"máy này đang dùng phiên bản {__version__} (lược đồ {SCHEMA_HEAD}). Hãy cài {wanted} rồi mở lại. "
        "Chưa có gì bị thay đổi."
    )


def foreign_objects_message(caption: str, names: list[str]) -> str:
    shown = ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
    return (
        f"Cơ sở dữ liệu {caption} có trigger hoặc view không do An Sinh Desk tạo ({shown}). Chúng có thể âm thầm "
        "xoá nhật ký hoặc chép dữ liệu đi nên ứng dụng không mở cơ sở dữ liệu này. Hãy khôi phục từ một bản sao "
        "lưu tốt (ansinh-desk restore) hoặc nhờ người quản trị xoá các đối tượng đó."
    )


def foreign_objects(connection: Connection) -> list[str]:
    """Triggers and views in the database: the application creates none, so each is someone else's."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")
    else:
        rows = connection.execute(text(
            "SELECT 'trigger ' || trigger_name FROM information_schema.triggers "
            "WHERE trigger_schema = current_schema() "
            "UNION SELECT 'view ' || table_name FROM information_schema.views "
            "WHERE table_schema = current_schema() ORDER BY 1"))
    return [str(row[0]) for row in rows]


def stored_app_version(connection: Connection) -> str | None:
    """The version that last migrated the schema, when that version recorded it."""
    if not inspect(connection).has_table("app_settings"):
        return None
    return connection.execute(text("SELECT value FROM app_settings WHERE key = :key"),
                              {"key": SCHEMA_VERSION_KEY}).scalar()


def check_openable(db: Database, caption: str) -> None:
    """Refuse a schema newer than this program's, and any trigger or view, before anything is written."""
    with db.engine.connect() as connection:
        revision = _revision(connection)
        if revision is not None and is_newer(revision):
            raise SchemaRefused(newer_schema_message(caption, revision, stored_app_version(connection)))
        found = foreign_objects(connection)
    if found:
        raise SchemaRefused(foreign_objects_message(caption, found))


def is_newer(revision: str) -> bool:
    """Revisions are zero-padded numbers ("0004" < "0005"): a larger one is a later program's."""
    return revision.isdigit() and revision > SCHEMA_HEAD


def record_app_version(db: Database) -> None:
    """Note which version migrated the schema, so an older desk can say which version it needs."""
    from desktop import __version__
    from desktop.models import AppSetting

    with db.unit_of_work() as session:
        session.merge(AppSetting(key=SCHEMA_VERSION_KEY, value=__version__))


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


# --- the exact structure of each revision (restore checks a backup against it) --------------------

def known_revisions() -> frozenset[str]:
    """Every revision this program can migrate from."""
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory.from_config(_config("sqlite://")).walk_revisions())


Structure = dict[str, tuple[object, ...]]
"""Object ("table persons", "index ix_…", "trigger …") -> what defines it (columns, index keys)."""


def sqlite_structure(connection: sqlite3.Connection) -> Structure:
    """Tables with their columns, indexes with their keys, and any trigger or view, of a SQLite file."""
    found: Structure = {}
    objects = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    for kind, name, table in objects:
        if kind == "table":
            columns = connection.execute(
                "SELECT name, upper(type), \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)",
                (name,)).fetchall()
            keys = connection.execute(
                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name", (name,)).fetchall()
            found[f"table {name}"] = (tuple(columns), tuple((k[1], k[2], k[3], _index_columns(connection, k[0]))
                                                            for k in keys))
        elif kind == "index":
            found[f"index {name}"] = (table, _index_columns(connection, name))
        else:
            found[f"{kind} {name}"] = (table,)
    return found


def _index_columns(connection: sqlite3.Connection, index: str) -> tuple[object, ...]:
    return tuple(connection.execute(
        "SELECT seqno, name, \"desc\", coll, key FROM pragma_index_xinfo(?) ORDER BY seqno", (index,)).fetchall())


@functools.cache
def reference_structure(revision: str) -> Structure:
    """The structure a SQLite database has at ``revision`` when the application's migrations made it."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            config = _config("sqlite://")
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        raw = engine.raw_connection()
        try:
            return sqlite_structure(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def structure_differences(found: Structure, revision: str) -> list[str]:
    """What ``found`` has that the application's schema at ``revision`` has not, or lacks, or has otherwise."""
    expected = reference_structure(revision)
    problems = [f"thừa {name}" for name in sorted(found.keys() - expected.keys())]
    problems += [f"thiếu {name}" for name in sorted(expected.keys() - found.keys())]
    problems += [f"khác {name}" for name in sorted(found.keys() & expected.keys()) if found[name] != expected[name]]
    return problems
