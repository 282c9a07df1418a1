"""The whole import (read -> map -> clean -> commit) on damaged copies of valid lists.

Every case ends in a committed import or in the import's own Vietnamese
message (UnreadableFile naming the file, ValidationError, ServiceError), and
a refused case leaves no row behind. The seeds are fixed, so CI runs the same
~200 cases every time; ``python -m bench.fuzz_import`` runs new ones for as
long as wanted. Legacy .xls and .ods parse in a child process
(desktop/io/isolated.py), so even a native crash there cannot end this one;
each of those costs a process start, so they are about a sixth of the cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.fuzz_import import Base, base_files, fresh_database, make_case, run_case
from desktop.db import Database

SEEDS = range(200)
IN_PROCESS = ("xlsx", "csv")


@pytest.fixture(scope="module")
def bases() -> list[Base]:
    """Every valid list; the in-process formats three times over, so most cases cost no process start."""
    found = base_files()
    assert {b.ext for b in found} == {"xlsx", "xls", "ods", "csv"}
    return [b for b in found for _ in range(3 if b.ext in IN_PROCESS else 1)]


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = fresh_database(folder)
    yield db, folder
    db.dispose()


def test_undamaged_lists_import(bases: list[Base], tmp_path: Path) -> None:
    """The bases really are valid lists: the cases below damage something that worked."""
    from bench.fuzz_import import Case

    db = fresh_database(tmp_path)
    try:
        outcomes = {f"{b.name}.{b.ext}": run_case(db, Case(-i, b, "none", b.data), tmp_path)
                    for i, b in enumerate(dict.fromkeys(bases))}
    finally:
        db.dispose()
    assert all(outcome == "imported" for name, outcome in outcomes.items() if name.startswith("xa")), outcomes


def test_damaged_lists_import_or_are_refused_cleanly(bases: list[Base], fuzz_db: tuple[Database, Path]) -> None:
    db, folder = fuzz_db
    outcomes: Counter[str] = Counter()
    for seed in SEEDS:
        case = make_case(seed, bases)
        outcomes[run_case(db, case, folder)] += 1  # raises UnexpectedOutcome (or anything else) on a finding
    assert sum(outcomes.values()) == len(SEEDS)
    assert outcomes["unreadable"] > 0 and outcomes["imported"] > 0, outcomes  # both paths were exercised
