"""Two desks commit imports into one database at the same moment, as real separate processes.

Each child process opens its own engine (as a second desk would), waits for a
common start signal and commits its list. Afterwards no CCCD is stored twice,
no enrollment is stored twice, every committed batch is wholly present and the
counts agree with what each desk was told. Run on a SQLite file and on PostgreSQL.

Run as a module, this file is the child: ``python -m tests.reliability.test_concurrent_imports
URL LIST GO`` prints the outcome as one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench.import_sample import HEADER, SAMPLE_TODAY, make_row, seed_sample_office
from desktop.db import Database
from desktop.models import Enrollment, ImportBatch, Person
from desktop.services.bootstrap import open_database
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.io.conftest import write_fast_xlsx

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300
OVERLAP = 100
START_WAIT_S = 60


def write_list(path: Path, first: int, rows: int = ROWS, renewal: bool = False) -> Path:
    """Sample-list rows ``first`` .. ``first + rows - 1`` (same index, same person and payment).

    ``renewal`` moves every payment a year on: the same persons paying for 2026.
    """
    def row(i: int) -> list[object]:
        values = make_row(first + i)
        if renewal:
            values[9], values[10], values[12] = "20/11/2025", f"BM{first + i:07d}", "01/2026"
        return values

    return write_fast_xlsx(path, HEADER, rows, row)


def _child(url: str, path: str, go: str) -> dict[str, Any]:
    from desktop.services.audit import Actor
    from desktop.services.authz import Role
    from desktop.services.errors import ServiceError
    from desktop.services.imports import ImportOptions, import_file

    db = Database(url)
    deadline = time.monotonic() + START_WAIT_S
    while not os.path.exists(go):
        if time.monotonic() > deadline:
            return {"outcome": "no start signal"}
        time.sleep(0.002)
    try:
        _, preview = import_file(db, Actor(f"desk-{os.getpid()}", role=Role.STAFF), path, commit=True,
                                 options=ImportOptions(default_commune="24265", today=SAMPLE_TODAY))
    except ServiceError as error:
        return {"outcome": "refused", "message": error.message}
    finally:
        db.dispose()
    counts = preview.counts
    return {"outcome": "committed", "batch": preview.batch_id, "new": counts.new, "updated": counts.updated,
            "unchanged": counts.unchanged, "errors": counts.errors}


def run_together(url: str, lists: list[Path], go: Path) -> list[dict[str, Any]]:
    """Start one child per list, release them at once, and collect what each one was told."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [subprocess.Popen([sys.executable, "-m", "tests.reliability.test_concurrent_imports", url, str(path),
                                  str(go)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for path in lists]
    time.sleep(1.5)  # let both import the application and open their engines
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.fixture
def shared_db(any_db_url: str) -> Any:
    db = open_database(any_db_url)
    save_office(db, cu_mgar_office(db))
    with db.unit_of_work() as session:
        seed_sample_office(session)
    yield db
    db.dispose()


def _duplicates(db: Database) -> tuple[list[str], list[tuple[int, str, Any]]]:
    with db.reading() as session:
        cccds = Counter(session.scalars(select(Person.cccd).where(Person.cccd.is_not(None))))
        enrollments = Counter(tuple(row) for row in session.execute(select(Enrollment.person_id, Enrollment.scheme,
                                                     Enrollment.valid_from)).all())
    return [c for c, n in cccds.items() if n > 1], [k for k, n in enrollments.items() if n > 1]


def _stored(db: Database) -> tuple[set[str], int, dict[int, int]]:
    """Stored CCCDs, the enrollment count, and persons created per batch."""
    with db.reading() as session:
        cccds = set(session.scalars(select(Person.cccd).where(Person.cccd.is_not(None))))
        enrollments = session.scalar(select(func.count()).select_from(Enrollment)) or 0
        per_batch = dict(tuple(row) for row in session.execute(select(Person.import_batch_id, func.count())
                                         .group_by(Person.import_batch_id)).all())
    return {c for c in cccds if c}, enrollments, {k: v for k, v in per_batch.items() if k is not None}


def _cccds(first: int, rows: int = ROWS) -> set[str]:
    return {str(make_row(i)[3]).zfill(12) for i in range(first, first + rows)}


def test_two_desks_import_overlapping_lists_at_once(shared_db: Database, tmp_path: Path) -> None:
    first = write_list(tmp_path / "xa-ea-kiet.xlsx", 0)
    second = write_list(tmp_path / "xa-ea-tul.xlsx", ROWS - OVERLAP)
    results = run_together(shared_db.url, [first, second], tmp_path / "go")
    assert [r["outcome"] for r in results] == ["committed", "committed"], results
    assert _duplicates(shared_db) == ([], [])
    cccds, enrollments, per_batch = _stored(shared_db)
    assert cccds == _cccds(0) | _cccds(ROWS - OVERLAP)
    assert enrollments == 2 * ROWS - OVERLAP  # the shared rows were paid once, not twice
    assert sum(r["new"] for r in results) == 2 * ROWS - OVERLAP
    assert sorted(r["new"] for r in results) == [ROWS - OVERLAP, ROWS]  # whoever came second matched the overlap
    assert all(r["errors"] == 0 for r in results)
    assert per_batch == {r["batch"]: r["new"] for r in results}


def test_two_desks_import_the_same_file_at_once(shared_db: Database, tmp_path: Path) -> None:
    the_list = write_list(tmp_path / "ds.xlsx", 0)
    copy = tmp_path / "ban-sao.xlsx"
    copy.write_bytes(the_list.read_bytes())
    results = run_together(shared_db.url, [the_list, copy], tmp_path / "go")
    assert _duplicates(shared_db) == ([], [])
    cccds, enrollments, per_batch = _stored(shared_db)
    assert cccds == _cccds(0) and enrollments == ROWS
    committed = [r for r in results if r["outcome"] == "committed"]
    refused = [r for r in results if r["outcome"] == "refused"]
    # The later desk matched every person and payment (nothing to write, or nothing new): never doubled.
    assert sorted(r["new"] for r in committed) in ([ROWS], [0, ROWS]), results
    assert all(r["errors"] == 0 for r in committed) and len(committed) + len(refused) == 2
    assert per_batch == {r["batch"]: ROWS for r in committed if r["new"]}
    with shared_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == len(committed)


def test_two_desks_record_the_same_renewals_for_known_persons_at_once(shared_db: Database, tmp_path: Path) -> None:
    """The persons exist; two lists (commune's and agent's) carry the same 2026 payments."""
    results = run_together(shared_db.url, [write_list(tmp_path / "2025.xlsx", 0)], tmp_path / "go-2025")
    assert results[0]["new"] == ROWS
    commune = write_list(tmp_path / "xa-2026.xlsx", 0, renewal=True)
    agent = write_list(tmp_path / "nv-thu-2026.xlsx", 0, rows=ROWS // 2, renewal=True)
    results = run_together(shared_db.url, [commune, agent], tmp_path / "go-2026")
    assert _duplicates(shared_db) == ([], [])
    cccds, enrollments, per_batch = _stored(shared_db)
    assert cccds == _cccds(0) and enrollments == 2 * ROWS
    committed = [r for r in results if r["outcome"] == "committed"]
    assert committed and all(r["new"] == 0 for r in committed), results
    assert sum(r["updated"] for r in committed) == ROWS  # each renewal written by exactly one desk


def test_a_person_saved_at_another_desk_while_an_import_writes_is_not_overwritten(
        postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL reads take no locks: the import must notice the edit it did not see, and write nothing."""
    from sqlalchemy import create_engine, update

    from desktop.services.audit import Actor
    from desktop.services.authz import Role
    from desktop.services.errors import ConcurrentEditError
    from desktop.services.imports import ImportOptions, import_file
    from desktop.services.imports import run as run_module

    db = open_database(postgres_url)
    save_office(db, cu_mgar_office(db))
    with db.unit_of_work() as session:
        seed_sample_office(session)
    actor, options = Actor("desk-a", role=Role.STAFF), ImportOptions(default_commune="24265", today=SAMPLE_TODAY)
    import_file(db, actor, write_list(tmp_path / "ds.xlsx", 0, rows=20), commit=True, options=options)
    moved = write_fast_xlsx(tmp_path / "chuyen-thon.xlsx", HEADER, 20,
                            lambda i: [*make_row(i)[:7], "Thôn 8", *make_row(i)[8:]])
    other_desk = create_engine(postgres_url)
    planned = run_module.build_plan

    def plan_then_other_desk_saves(*args: Any, **kwargs: Any) -> Any:
        plan = planned(*args, **kwargs)
        with other_desk.begin() as connection:  # the person form at another desk, committed meanwhile
            connection.execute(update(Person).where(Person.id == 5).values(phone="0905123456",
                                                                           version=Person.version + 1))
        return plan

    monkeypatch.setattr(run_module, "build_plan", plan_then_other_desk_saves)
    try:
        with pytest.raises(ConcurrentEditError, match="vừa được sửa ở máy khác"):
            import_file(db, actor, moved, commit=True, options=options)
        with db.reading() as session:
            assert session.scalar(select(Person.phone).where(Person.id == 5)) == "0905123456"
            assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
            assert set(session.scalars(select(Person.version).where(Person.id != 5))) == {1}
    finally:
        other_desk.dispose()
        db.dispose()


if __name__ == "__main__":
    print(json.dumps(_child(*sys.argv[1:4]), ensure_ascii=False))
