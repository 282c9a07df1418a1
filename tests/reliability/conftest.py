"""Crash tests run the application's services in real child processes and kill or starve them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.services.bootstrap import open_database
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.services.imports.conftest import seed_office
from tests.views.conftest import popups  # noqa: F401 - the popup recorder, for the full-disk form test

ROOT = Path(__file__).resolve().parents[2]


def spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``python -m tests.reliability.child ARGS`` in the checkout, output captured as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.child", *args], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def office_file(tmp_path: Path) -> tuple[str, Path]:
    """A database file with the Cư M'gar office, agents and villages; no connection left open."""
    path = tmp_path / "ansinh.db"
    db: Database = open_database(f"sqlite:///{path}")
    save_office(db, cu_mgar_office(db))
    seed_office(db)
    db.dispose()
    return f"sqlite:///{path}", path
