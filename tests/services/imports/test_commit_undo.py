"""Commit is one transaction, undo puts everything back; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.db import Database, sqlite_path
from desktop.io.errors import UnreadableFile
from desktop.models import Agent, Enrollment, ImportBatch, Person, Village
from desktop.models.base import table_of
from desktop.services.errors import ServiceError
from desktop.services.imports import ImportCancelled, import_file, list_batches, undo_import
from desktop.services.imports import commit as commit_module
from tests.services.imports.conftest import (
    ACTOR,
    add_person,
    options,
    results,
    run,
    sheet_file,
    stored_enrollments,
    stored_persons,
)

D = dt.date
HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn", "Điện thoại", "Từ ngày", "Số tháng",
          "Số tiền", "Mã NV thu"]
DERIVED = {"version", "updated_at", "created_at"}


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Persons, enrollments and villages as stored (persons without their version and timestamps)."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as session:
        for model in (Person, Enrollment, Village):
            table = table_of(model)
            columns = [c for c in table.columns if c.name not in DERIVED]
            tables[table.name] = [tuple(r) for r in session.execute(select(*columns).order_by(table.c.id))]
    return tables


def seed_known(db: Database) -> tuple[int, int]:
    with db.unit_of_work() as session:
        agent = session.scalar(select(Agent.id).where(Agent.code == "NV003"))
    paid = add_person(db, "Y Moan Êban", D(1962, 1, 1), "year", village="Buôn Ea Kiết", sex="M",
                      cccd="066062001234", hi_scheme="HI-HH", hi_valid_to=D(2024, 12, 31),
                      covered_to=D(2024, 12, 31), last_agent_id=agent)
    with db.unit_of_work() as session:
        session.add(Enrollment(person_id=paid, scheme="HI-HH", valid_from=D(2024, 1, 1), valid_to=D(2024, 12, 31),
                               payment_months=12, agent_id=agent, version=1))
    moving = add_person(db, "Lê Thị Hoa", D(1990, 2, 2), village="Thôn 3", sex="F", cccd="066190000022",
                        phone="0905000022")
    return paid, moving


def the_list(tmp_path: Path) -> Path:
    return sheet_file(tmp_path, HEADER, [
        ["Y Moan Êban", 1962, "Nam", "066062001234", "Buôn Ea Kiết", "0912000001", "01/01/2025", 12, 1263600, "NV001"],
        ["Lê Thị Hoa", D(1990, 2, 2), "Nữ", "066190000022", "Thôn 9", None, None, None, None, None],
        ["Trần Văn Mới", D(2001, 1, 1), "Nam", "066201000033", "Thôn 9", None, "01/02/2025", 6, 631800, "NV002"],
        ["H'Lan Mlô", 1999, "Nữ", None, "Buôn Ea Kiết", None, None, None, None, None],
        [None, 1999, "Nữ", None, "Buôn Ea Kiết", None, None, None, None, None],
    ])


def test_commit_then_undo_restores_exactly(any_import_db: Database, tmp_path: Path) -> None:
    db = any_import_db
    paid, moving = seed_known(db)
    before = dump(db)
    _, preview = run(db, the_list(tmp_path), commit=True)
    assert results(preview) == {2: "updated", 3: "updated", 4: "new", 5: "new", 6: "error"}
    assert preview.villages_created == ("Thôn 9",)
    persons = {p["full_name"]: p for p in stored_persons(db)}
    assert persons["Y Moan Êban"]["phone"] == "0912000001"
    assert persons["Y Moan Êban"]["hi_valid_to"] == D(2025, 12, 31)
    assert persons["Lê Thị Hoa"]["village"] == "Thôn 9"
    assert persons["Trần Văn Mới"]["village"] == "Thôn 9" and persons["Trần Văn Mới"]["batch"] == preview.batch_id
    assert len(stored_enrollments(db)) == 3
    batch = list_batches(db)[0]
    assert (batch.id, batch.file_name, batch.rows, batch.new, batch.updated, batch.unchanged, batch.errors,
            batch.status, batch.username) == (preview.batch_id, "ds.xlsx", 5, 2, 2, 0, 1, "committed", "le.thu")
    assert len(batch.file_hash) == 64

    assert preview.batch_id is not None
    undone = undo_import(db, ACTOR, preview.batch_id)
    assert (undone.persons_deleted, undone.persons_restored, undone.enrollments_deleted, undone.villages_deleted) == (
        2, 2, 2, 1)
    assert dump(db) == before
    versions = {p["id"]: p["version"] for p in stored_persons(db)}
    assert versions[paid] == versions[moving] == 3  # import and undo each bump it: open forms notice
    assert list_batches(db)[0].status == "undone"
    with pytest.raises(ServiceError, match="đã được hoàn tác trước đó"):
        undo_import(db, ACTOR, preview.batch_id)


def test_undo_refuses_when_persons_were_edited_since(any_import_db: Database, tmp_path: Path) -> None:
    db = any_import_db
    seed_known(db)
    _, preview = run(db, the_list(tmp_path), commit=True)
    with db.unit_of_work() as session:
        session.execute(update(Person).where(Person.full_name == "H'Lan Mlô").values(phone="0905999999",
                                                                                   version=Person.version + 1))
    assert preview.batch_id is not None
    before = dump(db)
    with pytest.raises(ServiceError, match=r"đã có 1 người được sửa hoặc thêm lượt đóng tiền \(H'Lan Mlô\)"):
        undo_import(db, ACTOR, preview.batch_id)
    assert dump(db) == before
    assert list_batches(db)[0].status == "committed"


def test_a_failure_while_writing_leaves_nothing(any_import_db: Database, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = any_import_db
    seed_known(db)
    before = dump(db)

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(commit_module, "refresh_person_summary", broken)
    with pytest.raises(RuntimeError):
        run(db, the_list(tmp_path), commit=True)
    assert dump(db) == before
    with db.reading() as session:
        assert session.scalars(select(ImportBatch)).all() == []


def _file_sha(db: Database) -> str:
    """The SQLite file's hash once every connection is closed (the WAL checkpointed away)."""
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cancel_during_commit_leaves_the_file_byte_for_byte_unchanged(import_db: Database, tmp_path: Path) -> None:
    seed_known(import_db)
    path = the_list(tmp_path)
    before = _file_sha(import_db)
    cancel = threading.Event()
    seen: list[tuple[str, int]] = []

    def progress(stage: object, done: int, total: int) -> None:
        seen.append((str(stage), done))
        if stage == "writing" and done > 0:
            cancel.set()  # the persons are inserted: cancel before the enrollments

    with pytest.raises(ImportCancelled, match="Đã huỷ việc nhập danh sách"):
        import_file(import_db, ACTOR, path, commit=True, options=options(), progress=progress, cancel=cancel)
    assert ("writing", 2) in seen
    assert _file_sha(import_db) == before


def test_an_unreadable_file_leaves_the_database_byte_for_byte_unchanged(import_db: Database, tmp_path: Path) -> None:
    before = _file_sha(import_db)
    broken = tmp_path / "ds.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(UnreadableFile) as caught:
        import_file(import_db, ACTOR, broken, commit=True, options=options())
    assert "ds.xlsx" in caught.value.message
    assert _file_sha(import_db) == before
