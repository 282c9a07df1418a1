"""SIGKILL in the middle of a commit: the database opens, is intact, and holds all of it or none of it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Person
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.imports import import_file
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.reliability.conftest import spawn
from tests.reliability.data import IMPORT_OPTIONS, counts, integrity, write_big_list
from tests.services.imports.conftest import seed_office

ROWS = 20_000
pytestmark = pytest.mark.slow


def test_sigkill_inside_an_import_commit_leaves_no_partial_batch(office_file: tuple[str, Path], tmp_path: Path) -> None:
    url, path = office_file
    big = write_big_list(tmp_path / "danh-sach-lon.xlsx", ROWS)
    db = open_database(url)
    before = counts(db)
    db.dispose()

    child = spawn("import", url, str(big))
    assert child.stdout is not None
    killed_at = None
    for line in child.stdout:
        assert not line.startswith("COMMITTED"), "the import finished before the kill: make the list bigger"
        if line.startswith("WRITING"):
            done, total = map(int, line.split()[1:])
            if total and done >= total // 3:
                killed_at = done
                break
    assert killed_at is not None, child.stderr.read() if child.stderr else ""
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the transaction really was writing
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    assert integrity(path) == ["ok"]
    db = open_database(url)
    try:
        assert counts(db) == before  # none of it

        # the same list afterwards commits completely: all of it
        _, preview = import_file(db, Actor("le.thu", role=Role.STAFF), big, commit=True, options=IMPORT_OPTIONS)
        after = counts(db)
        assert preview.counts.new == ROWS
        assert after["persons"] == before["persons"] + ROWS
        assert after["enrollments"] == before["enrollments"] + ROWS
        assert after["import_batches"] == before["import_batches"] + 1
    finally:
        db.dispose()
    assert integrity(path) == ["ok"]


@pytest.mark.postgres
def test_sigkill_inside_an_import_commit_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    """The killed client's transaction dies with its connection: none of it, then all of it."""
    db = open_database(postgres_url)
    save_office(db, cu_mgar_office(db))
    seed_office(db)
    before = counts(db)
    db.dispose()
    big = write_big_list(tmp_path / "danh-sach-lon.xlsx", ROWS)
    child = spawn("import", postgres_url, str(big))
    assert child.stdout is not None
    for line in child.stdout:
        assert not line.startswith("COMMITTED"), "the import finished before the kill: make the list bigger"
        if line.startswith("WRITING"):
            done, total = map(int, line.split()[1:])
            if total and done >= total // 3:
                break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    db = open_database(postgres_url)
    try:
        assert counts(db) == before
        _, preview = import_file(db, Actor("le.thu", role=Role.STAFF), big, commit=True, options=IMPORT_OPTIONS)
        assert preview.counts.new == ROWS
        assert counts(db)["persons"] == before["persons"] + ROWS
    finally:
        db.dispose()


def test_sigkill_while_saving_persons_keeps_each_save_whole(office_file: tuple[str, Path]) -> None:
    url, path = office_file
    child = spawn("persons", url, "Kill", "100000")
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "saved 40":
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    assert integrity(path) == ["ok"]
    db = open_database(url)
    try:
        with db.reading() as session:
            persons = session.scalar(select(func.count()).select_from(Person).where(Person.full_name.like("Kill %")))
            audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "create", AuditEntry.summary.like("Thêm hồ sơ Kill %")))
        assert persons is not None and persons >= 40
        assert audited == persons  # every saved person has its audit entry, none without
    finally:
        db.dispose()
