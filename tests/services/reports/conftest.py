"""A small demo office shared by the report tests, and the parameters that show every report with rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.db import Database
from desktop.services.bootstrap import open_database
from desktop.services.demo import generate_demo
from desktop.services.office import save_office
from desktop.services.reports import ReportParams
from tests.conftest import cu_mgar_office
from tests.services.clan_data import review_every_group
from tests.services.reports.handmade import Ids, build_handmade

TODAY = dt.date(2026, 11, 22)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """1,500 persons of the Cư M'gar demo office, generated once for the report tests."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('reports') / 'demo.db'}")
    generate_demo(db, persons=1500, seed=5, today=TODAY)
    review_every_group(db)
    return db


def demo_params(name: str) -> ReportParams:
    """Parameters under which the demo office's report has rows."""
    if name == "attendance":
        return ReportParams(session_id=1, report_date=TODAY)
    if name == "clan-list":
        return ReportParams(clan_id=1, report_date=TODAY)
    if name in ("renewals", "coverage", "dashboard"):
        return ReportParams(report_date=TODAY)
    return ReportParams(date_from=YEAR[0], date_to=YEAR[1], report_date=TODAY)


@pytest.fixture
def hand_db(any_db_url: str) -> Iterator[tuple[Database, Ids]]:
    """The hand-checked office (see ``handmade``), on SQLite and on PostgreSQL."""
    db = open_database(any_db_url)
    save_office(db, cu_mgar_office(db))
    ids = build_handmade(db)
    yield db, ids
    db.dispose()
