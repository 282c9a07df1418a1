"""Two desk processes on one SQLite file save at the same time: both succeed (WAL + busy timeout), nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Person
from desktop.services.bootstrap import open_database
from tests.reliability.conftest import spawn
from tests.reliability.data import integrity

SAVES = 120
pytestmark = pytest.mark.slow


def test_two_processes_saving_persons_at_once(office_file: tuple[str, Path]) -> None:
    url, path = office_file
    children = [spawn("persons", url, tag, str(SAVES)) for tag in ("Một", "Hai")]
    outputs = [child.communicate(timeout=300) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert out.splitlines()[-1] == f"saved {SAVES}"

    assert integrity(path) == ["ok"]
    db = open_database(url)
    try:
        with db.reading() as session:
            for tag in ("Một", "Hai"):
                saved = session.scalar(select(func.count()).select_from(Person).where(Person.full_name.like(f"{tag} %")))
                audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.summary.like(f"Thêm hồ sơ {tag} %")))
                assert saved == audited == SAVES
    finally:
        db.dispose()
