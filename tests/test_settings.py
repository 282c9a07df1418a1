"""Which database a desk opens: --db, then ANSINH_DB, then the desk's saved choice, then the default file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop.db import database_caption
from desktop.services.bootstrap import open_database
from desktop.services.office import save_office
from desktop.settings import (
    POSTGRESQL,
    SQLITE,
    DatabaseChoice,
    ProbeStatus,
    _failure,
    default_database_path,
    desk_database_file,
    load_desk_database,
    probe_database,
    resolve_database_url,
    save_desk_database,
)
from tests.conftest import cu_mgar_office

SHARED = "postgresql+psycopg://bhxh:b%C3%AD%20m%E1%BA%ADt@192.168.1.10:5432/ansinh"


def test_order_is_flag_then_environment_then_desk_setting_then_default(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_database_url(None) == f"sqlite:///{default_database_path().resolve()}"
    save_desk_database(SHARED)
    assert resolve_database_url(None) == SHARED
    monkeypatch.setenv("ANSINH_DB", str(tmp_path / "env.db"))
    assert resolve_database_url(None) == f"sqlite:///{(tmp_path / 'env.db').resolve()}"
    assert resolve_database_url("postgresql+psycopg://u@h/flag") == "postgresql+psycopg://u@h/flag"
    monkeypatch.delenv("ANSINH_DB")
    save_desk_database(None)
    assert not desk_database_file().exists()
    assert resolve_database_url(None).endswith("ansinh.db")


def test_saved_choice_is_private_to_its_owner_and_never_shown_with_the_password() -> None:
    path = save_desk_database(SHARED)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_desk_database() == SHARED
    assert [p.name for p in path.parent.iterdir()] == ["database.json"]  # no temporary file left behind
    assert "m%E1%BA%ADt" not in database_caption(SHARED) and "***" in database_caption(SHARED)


def test_an_unreadable_setting_is_ignored_rather_than_stopping_the_desk() -> None:
    desk_database_file().write_text("{not json", encoding="utf-8")
    assert load_desk_database() is None
    desk_database_file().write_text('{"url": 5}', encoding="utf-8")
    assert resolve_database_url(None).startswith("sqlite:///")


def test_choice_round_trips_through_its_url_with_vietnamese_password(tmp_path: Path) -> None:
    shared = DatabaseChoice(POSTGRESQL, host="may-chu", port=5433, database="ansinh", user="bhxh",
                            password="bí mật:@/")
    assert DatabaseChoice.from_url(shared.url()) == shared
    local = DatabaseChoice(SQLITE, path=str(tmp_path / "Dữ liệu" / "ansinh.db"))
    assert DatabaseChoice.from_url(local.url()) == local


def test_probe_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "moi.db"
    assert probe_database(f"sqlite:///{target}").status is ProbeStatus.NEW_FILE
    assert not target.exists()


def test_probe_of_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "ds.db"
    junk.write_bytes(b"PK\x03\x04 not sqlite" * 100)
    probe = probe_database(f"sqlite:///{junk}")
    assert probe.status is ProbeStatus.NOT_A_DATABASE and not probe.usable


def test_probe_reads_schema_and_office_and_sees_an_older_schema(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        assert probe_database(any_db_url).status is ProbeStatus.NEEDS_SETUP
        save_office(db, cu_mgar_office(db))
        probe = probe_database(any_db_url)
        assert (probe.status, probe.office) == (ProbeStatus.READY, "Bảo hiểm xã hội cơ sở Cư M'gar")
        assert probe.revision == probe.head
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        probe = probe_database(any_db_url)
        assert probe.status is ProbeStatus.OLDER and probe.revision == "0001" and probe.usable
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        assert probe_database(any_db_url).status is ProbeStatus.NEWER
    finally:
        db.dispose()


def test_probe_of_an_empty_database_and_foreign_tables(any_db_url: str) -> None:
    from sqlalchemy import create_engine

    assert probe_database(any_db_url).status in (ProbeStatus.EMPTY, ProbeStatus.NEW_FILE)
    engine = create_engine(any_db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE other_program (id INTEGER PRIMARY KEY)")
    engine.dispose()
    assert probe_database(any_db_url).status is ProbeStatus.FOREIGN


def test_probe_names_a_missing_database_on_the_server(postgres_url: str) -> None:
    from sqlalchemy.engine import make_url

    missing = make_url(postgres_url).set(database="khong_co_csdl").render_as_string(hide_password=False)
    assert probe_database(missing).status is ProbeStatus.NO_DATABASE


def test_probe_of_a_closed_port_is_unreachable_within_the_timeout() -> None:
    probe = probe_database("postgresql+psycopg://bhxh:x@127.0.0.1:1/ansinh", timeout=2)
    assert probe.status is ProbeStatus.UNREACHABLE and "x@" not in probe.detail


@pytest.mark.parametrize(("message", "sqlstate", "status"), [
    ('FATAL:  password authentication failed for user "bhxh"', None, ProbeStatus.WRONG_PASSWORD),
    ("anything", "28P01", ProbeStatus.WRONG_PASSWORD),
    ('FATAL:  role "khach" does not exist', None, ProbeStatus.WRONG_PASSWORD),
    ('FATAL:  database "ansinh" does not exist', None, ProbeStatus.NO_DATABASE),
    ("connection failed: timeout expired", None, ProbeStatus.UNREACHABLE),
    ("something else entirely", None, ProbeStatus.FAILED),
])
def test_failures_are_told_apart(message: str, sqlstate: str | None, status: ProbeStatus) -> None:
    class Driver(Exception):
        pass

    original = Driver(message)
    original.sqlstate = sqlstate  # type: ignore[attr-defined]
    assert _failure(OperationalError("connect", {}, original)) is status
