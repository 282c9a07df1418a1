"""Writing a planned import in one transaction: batch, villages, persons, enrollments, households' clans.

Everything goes through SQLAlchemy Core executemany in chunks (the ORM's
per-object work would cost more than the reading). New persons get their ids
reserved up front (a PostgreSQL sequence, or SQLite's max id under the write
lock), so their enrollments can point to them without reading ids back. The
cancel flag is checked between chunks; raising rolls the whole batch back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.formatting import format_int
from desktop.domain.text import fold
from desktop.models import Enrollment, ImportBatch, ImportChange, Person, Village
from desktop.models.base import table_of, utcnow
from desktop.services import audit
from desktop.services.audit import Actor
from desktop.services.enrollments import refresh_person_summary
from desktop.services.errors import ConcurrentEditError, ServiceError
from desktop.services.imports.clans import write_clan_links
from desktop.services.imports.matching import PERSON_COLUMNS, RESTORED_COLUMNS
from desktop.services.imports.places import NewVillage
from desktop.services.imports.plan import Plan, PlannedRow
from desktop.services.imports.rows import ParsedImport
from desktop.services.imports.types import CancelFlag, ImportCancelled, Progress, Stage

CHUNK = 5_000
IMPORT_LOCK_KEY = 0x414E_5349_4E48  # "ANSINH": the one PostgreSQL advisory lock imports and undos queue on
IMPORT_LOCK_WAIT_S = 120
VILLAGE_CHANGE = "village"
PERSON_CHANGE = "person"


def lock_imports(session: Session) -> None:
    """Queue behind any other desk's import or undo until it commits, before anything is read.

    Without it two desks on PostgreSQL plan against the same snapshot: a person
    on both lists makes the second commit fail on the CCCD's unique index, and
    the same payment on both lists is stored twice (enrollments have no unique
    key). SQLite needs nothing: the batch row written first takes its write lock.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": f"{IMPORT_LOCK_WAIT_S}s"})
    try:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) == "55P03":  # lock_not_available: the wait timed out
            raise ServiceError(
                f"Máy khác đang ghi một danh sách nhập vào cơ sở dữ liệu (đã chờ {IMPORT_LOCK_WAIT_S} giây). "
                "Chưa ghi gì; hãy thử lại sau ít phút."
            ) from error
        raise
    session.execute(text("SELECT set_config('lock_timeout', '0', true)"))


def start_batch(session: Session, actor: Actor, parsed: ParsedImport) -> ImportBatch:
    """The batch row, written first, after the import lock: nothing is read before another desk's import ends."""
    lock_imports(session)
    batch = ImportBatch(
        file_name=parsed.file_name[:255], file_hash=parsed.file_hash, sheet=parsed.sheet[:120],
        header_row=parsed.header_row, user_id=actor.user_id, rows=len(parsed.rows),
    )
    session.add(batch)
    session.flush()
    return batch


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table`` inside the current transaction."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"),
            {"table": table.name, "count": count},
        )
        return [int(value) for value in rows.scalars()]
    start = int(session.scalar(select(func.max(table.c.id))) or 0)
    return list(range(start + 1, start + 1 + count))


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class _Writer:
    def __init__(self, session: Session, batch: ImportBatch, progress: Progress, cancel: CancelFlag | None,
                 total: int) -> None:
        self.session = session
        self.batch = batch
        self.progress = progress
        self.cancel = cancel
        self.total = total
        self.done = 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled()

    def insert(self, table: Table, rows: list[dict[str, Any]], counts: bool = True) -> None:
        for chunk in _chunks(rows):
            self.check()
            self.session.execute(insert(table), chunk)
            if counts:
                self.done += len(chunk)
                self.progress(Stage.WRITING, min(self.done, self.total), self.total)

    def villages(self, villages: list[NewVillage]) -> dict[NewVillage, int]:
        ids: dict[NewVillage, int] = {}
        for village in villages:
            row = Village(commune_code=village.commune_code, name=village.name, name_key=fold(village.name),
                          kind=village.kind)
            self.session.add(row)
            self.session.flush()
            ids[village] = row.id
        self.insert(table_of(ImportChange), [
            {"batch_id": self.batch.id, "entity": VILLAGE_CHANGE, "entity_id": vid, "before_json": "null"}
            for vid in ids.values()
        ], counts=False)
        return ids

    def persons(self, planned: list[PlannedRow], village_ids: dict[NewVillage, int]) -> list[dict[str, Any]]:
        """Insert the new persons; return every enrollment to write, with its person id."""
        new_rows = [p for p in planned if p.is_new and p.person is not None]
        ids = reserve_ids(self.session, table_of(Person), len(new_rows))
        now = utcnow()
        persons: list[dict[str, Any]] = []
        enrollments: list[dict[str, Any]] = []
        batch_id = self.batch.id
        for person_id, row in zip(ids, new_rows, strict=True):
            values = row.person
            assert values is not None
            # The plan's dicts are written as they are (the plan is discarded after the commit).
            values["id"], values["import_batch_id"] = person_id, batch_id
            values["created_at"] = values["updated_at"] = now
            if row.new_village is not None:
                values["village_id"] = village_ids[row.new_village]
            persons.append(values)
            if row.enrollment is not None:
                row.enrollment["person_id"] = person_id
                enrollments.append(row.enrollment)
        self.insert(table_of(Person), persons)
        for row in planned:
            if not row.is_new and row.enrollment is not None:
                row.enrollment["person_id"] = row.person_id
                enrollments.append(row.enrollment)
        return enrollments

    def updates(self, planned: list[PlannedRow], village_ids: dict[NewVillage, int]) -> None:
        """Known persons' changed columns in one executemany; what they were before kept for undo.

        Each update names the version the plan read: a person another desk saved
        meanwhile (PostgreSQL reads are not locked) fails the whole import
        instead of being silently overwritten.
        """
        touched = [p for p in planned if not p.is_new and p.before is not None]
        if not touched:
            return
        persons = table_of(Person)
        params: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        now = utcnow()
        for row in touched:
            assert row.before is not None and row.version is not None
            version_after = row.version
            if row.person is not None:
                version_after += 1
                values = dict(row.person)
                if row.new_village is not None:
                    values["village_id"] = village_ids[row.new_village]
                params.append({"b_id": row.person_id, "b_seen": row.version, "b_version": version_after,
                               "b_updated_at": now,
                               **{f"b_{name}": values[name] for name in PERSON_COLUMNS}})
            before = {name: _plain(row.before[name]) for name in RESTORED_COLUMNS}
            changes.append({"batch_id": self.batch.id, "entity": PERSON_CHANGE, "entity_id": row.person_id,
                            "before_json": json.dumps({"columns": before, "version": version_after},
                                                      ensure_ascii=False)})
        statement = (
            update(persons).where(persons.c.id == bindparam("b_id"), persons.c.version == bindparam("b_seen"))
            .values(version=bindparam("b_version"), updated_at=bindparam("b_updated_at"),
                    **{name: bindparam(f"b_{name}") for name in PERSON_COLUMNS})
        )
        for start in range(0, len(params), CHUNK):
            self.check()
            chunk = params[start : start + CHUNK]
            written = self.session.execute(statement, chunk)
            if getattr(written, "rowcount", len(chunk)) != len(chunk):
                raise ConcurrentEditError(
                    "Có người trong danh sách vừa được sửa ở máy khác trong lúc ghi. Chưa ghi gì; "
                    "hãy chạy thử lại rồi ghi."
                )
            self.done += len(chunk)
            self.progress(Stage.WRITING, min(self.done, self.total), self.total)
        self.insert(table_of(ImportChange), changes, counts=False)


def write_plan(session: Session, actor: Actor, batch: ImportBatch, parsed: ParsedImport, plan: Plan,
               progress: Progress, cancel: CancelFlag | None) -> None:
    """Write what ``plan`` decided, in the caller's transaction."""
    planned = plan.rows
    writes = sum(1 for p in planned if p.person is not None) + sum(1 for p in planned if p.enrollment is not None)
    writer = _Writer(session, batch, progress, cancel, writes)
    progress(Stage.WRITING, 0, writes)
    village_ids = writer.villages(plan.villages)
    enrollments = writer.persons(planned, village_ids)
    writer.updates(planned, village_ids)
    stamp = utcnow()
    for row in enrollments:
        row["created_at"] = row["updated_at"] = stamp
        row["import_batch_id"] = batch.id
    writer.insert(table_of(Enrollment), enrollments)
    writer.check()
    clans_created, households_linked = write_clan_links(session, batch, plan.clans)
    refresh_person_summary(session, [p.person_id for p in planned
                                     if not p.is_new and p.enrollment is not None and p.person_id is not None])
    counts = plan.counts
    batch.rows, batch.new, batch.updated = counts.rows, counts.new, counts.updated
    batch.unchanged, batch.errors = counts.unchanged, counts.errors
    audit.record(
        session, actor, "import", "import_batch", batch.id,
        f"Nhập danh sách “{parsed.file_name}”: {format_int(counts.new)} mới, {format_int(counts.updated)} "
        f"cập nhật, {format_int(counts.unchanged)} không đổi, {format_int(counts.errors)} dòng lỗi",
        {"villages_created": (None, [v.name for v in plan.villages]), "sheet": (None, parsed.sheet),
         **({"clans_created": (None, clans_created)} if clans_created else {}),
         **({"households_linked": (None, households_linked)} if households_linked else {})},
    )
    session.flush()
    writer.check()
    progress(Stage.WRITING, writes, writes)
