"""Shared fixtures: isolated user folders, real SQLite files and a real PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.db import Database
from desktop.services import accounts
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.office import OfficeInfo, province_communes, save_office

PG_ENV = "ANSINH_TEST_PG_URL"
CU_MGAR = ("24259", "24265", "24301", "24280", "24277")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own config and data folders, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANSINH_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ANSINH_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("ANSINH_DB", raising=False)
    monkeypatch.delenv("ANSINH_LANG", raising=False)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with its real parameters costs up to 0.5 s a hash; tests use cheap ones."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ansinh.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the server named by ANSINH_TEST_PG_URL."""
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set (./dev test starts a server)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest) -> str:
    """The same test on a SQLite file and on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    """A migrated SQLite database with reference data, no office yet."""
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def cu_mgar_office(database: Database) -> OfficeInfo:
    communes = tuple(c for c in province_communes(database) if c.code in CU_MGAR)
    return OfficeInfo(
        name="Bảo hiểm xã hội cơ sở Cư M'gar",
        parent_name="Bảo hiểm xã hội tỉnh Đắk Lắk",
        province="Đắk Lắk",
        place_name="Cư M'gar",
        preparer_name="Nguyễn Thị Thu Hà",
        head_name="Y Wang Niê",
        communes=communes,
    )


@pytest.fixture
def office_db(db: Database) -> Database:
    """A database whose office (Cư M'gar, five communes) is set up."""
    save_office(db, cu_mgar_office(db))
    return db


@pytest.fixture
def admin_actor() -> Actor:
    """An administrator, for service tests that need no account row."""
    return Actor("quantri", user_id=None, role=Role.ADMIN)


@pytest.fixture
def staff_actor() -> Actor:
    return Actor("canbo", user_id=None, role=Role.STAFF)


@pytest.fixture
def viewer_actor() -> Actor:
    return Actor("xem", user_id=None, role=Role.VIEWER)


class Credentials(NamedTuple):
    """A real account: what to type at sign-in, and the actor it signs in as."""

    username: str
    password: str
    actor: Actor


ACCOUNT_PASSWORDS = {Role.ADMIN: "quantri-2026", Role.STAFF: "canbo-2026", Role.VIEWER: "chixem-2026"}


def add_accounts(database: Database) -> dict[Role, Credentials]:
    """Admin "quantri", staff "canbo" and viewer "xem", none asked to change the password."""
    admin = accounts.create_first_admin(database, "quantri", "Nguyễn Thị Thu Hà", ACCOUNT_PASSWORDS[Role.ADMIN])
    made = {Role.ADMIN: Credentials("quantri", ACCOUNT_PASSWORDS[Role.ADMIN], admin)}
    for role, username, full_name in ((Role.STAFF, "canbo", "Lê Văn Bình"), (Role.VIEWER, "xem", "H'Linh Niê")):
        accounts.create_account(database, admin, username, full_name, role, "tam-thoi-123")
        actor = accounts.authenticate(database, username, "tam-thoi-123")
        accounts.change_password(database, actor, "tam-thoi-123", ACCOUNT_PASSWORDS[role])
        made[role] = Credentials(username, ACCOUNT_PASSWORDS[role], actor)
    return made


@pytest.fixture
def office_accounts(office_db: Database) -> dict[Role, Credentials]:
    """The three accounts of :func:`add_accounts` in office_db."""
    return add_accounts(office_db)


DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 400-person demo office file (accounts quantri, canbo, xem), built once per test run."""
    from desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(f"sqlite:///{path}")
    generate_demo(database, persons=400, seed=3, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the demo office in its own folder, ANSINH_PASSWORD set to the demo password."""
    from desktop.services.demo import DEMO_PASSWORD

    path = tmp_path / "office" / "ansinh.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    monkeypatch.setenv("ANSINH_PASSWORD", DEMO_PASSWORD)
    return path
