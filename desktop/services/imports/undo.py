"""Undoing a whole import batch: what it created is deleted, what it changed is put back.

Undo refuses, with the names, when a person of the batch was edited or paid
for since the import: putting the old values back would silently lose that
later work, and staff must decide.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.models import (
    AgentArea,
    ClanVillage,
    Enrollment,
    Household,
    ImportBatch,
    ImportChange,
    OutreachSession,
    Person,
    Village,
)
from desktop.models.base import table_of, utcnow
from desktop.services import audit
from desktop.services.audit import Actor, require
from desktop.services.authz import Permission
from desktop.services.enrollments import lock_persons, refresh_person_summary
from desktop.services.errors import NotFoundError, ServiceError
from desktop.services.imports.clans import CLAN_CHANGE, HOUSEHOLD_CLAN_CHANGE, undo_clan_links
from desktop.services.imports.commit import PERSON_CHANGE, VILLAGE_CHANGE, lock_imports
from desktop.services.imports.matching import DATE_COLUMNS, RESTORED_COLUMNS, chunks
from desktop.services.imports.types import UndoResult

NAMES_SHOWN = 5


def _restored(columns: dict[str, Any]) -> dict[str, Any]:
    return {name: dt.date.fromisoformat(value) if name in DATE_COLUMNS and value else value
            for name, value in columns.items()}


def _names(session: Session, ids: list[int]) -> str:
    names = list(session.scalars(select(Person.full_name).where(Person.id.in_(ids[:NAMES_SHOWN]))))
    more = len(ids) - len(names)
    return ", ".join(names) + (f" và {format_int(more)} người khác" if more > 0 else "")


def _check_untouched(session: Session, batch_id: int, changes: dict[int, dict[str, Any]]) -> None:
    """Refuse when persons of the batch were edited or paid for after it."""
    created_edited = list(session.scalars(
        select(Person.id).where(Person.import_batch_id == batch_id, Person.version != 1)
    ))
    paid_later = list(session.scalars(
        select(Enrollment.person_id).join(Person, Person.id == Enrollment.person_id)
        .where(Person.import_batch_id == batch_id,
               (Enrollment.import_batch_id != batch_id) | Enrollment.import_batch_id.is_(None))
        .distinct()
    ))
    edited: list[int] = []
    for part in chunks(sorted(changes)):
        for pid, version in session.execute(select(Person.id, Person.version).where(Person.id.in_(part))):
            if version != changes[pid]["version"]:
                edited.append(pid)
    touched = sorted(set(created_edited) | set(paid_later) | set(edited))
    if touched:
        raise ServiceError(
            f"Không hoàn tác được: sau lần nhập này đã có {format_int(len(touched))} người được sửa "
            f"hoặc thêm lượt đóng tiền ({_names(session, touched)}). Hoàn tác sẽ làm mất các thay đổi đó; "
            "hãy sửa lại từng người nếu cần."
        )


def _deleted(result: Any) -> int:
    return int(result.rowcount)


def _village_in_use(session: Session, village_id: int) -> bool:
    for model in (Person, Household, AgentArea, OutreachSession, ClanVillage):
        column = model.village_id
        if session.scalar(select(func.count()).where(column == village_id)):
            return True
    return False


def undo_import(db: Database, actor: Actor, batch_id: int) -> UndoResult:
    """Delete the batch's persons, enrollments, villages and clans; restore the persons and households it changed."""
    require(actor, Permission.IMPORT)
    with db.unit_of_work() as session:
        lock_imports(session)
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError("Không tìm thấy lần nhập này.")
        session.execute(update(table_of(ImportBatch)).where(ImportBatch.id == batch_id).values(status=batch.status))
        session.refresh(batch)
        if batch.status == "undone":
            raise ServiceError(f"Lần nhập tệp “{batch.file_name}” đã được hoàn tác trước đó.")
        rows = session.execute(
            select(ImportChange.entity, ImportChange.entity_id, ImportChange.before_json)
            .where(ImportChange.batch_id == batch_id)
        ).all()
        changes = {eid: json.loads(before) for entity, eid, before in rows if entity == PERSON_CHANGE}
        villages = [eid for entity, eid, _ in rows if entity == VILLAGE_CHANGE]
        lock_persons(session, sorted(changes))
        _check_untouched(session, batch_id, changes)

        enrollments = _deleted(session.execute(delete(Enrollment).where(Enrollment.import_batch_id == batch_id)))
        persons = table_of(Person)
        if changes:
            now = utcnow()
            params = [
                {"b_id": pid, "b_version": change["version"] + 1, "b_updated_at": now,
                 **{f"b_{name}": value for name, value in _restored(change["columns"]).items()}}
                for pid, change in changes.items()
            ]
            session.execute(
                update(persons).where(persons.c.id == bindparam("b_id")).values(
                    version=bindparam("b_version"), updated_at=bindparam("b_updated_at"),
                    **{name: bindparam(f"b_{name}") for name in RESTORED_COLUMNS}),
                params,
            )
            refresh_person_summary(session, list(changes))
        deleted = _deleted(session.execute(delete(Person).where(Person.import_batch_id == batch_id)))
        undo_clan_links(session, [(entity, eid, before) for entity, eid, before in rows
                                  if entity in (CLAN_CHANGE, HOUSEHOLD_CLAN_CHANGE)])
        villages_deleted = 0
        for village_id in villages:
            if session.get(Village, village_id) is not None and not _village_in_use(session, village_id):
                session.execute(delete(Village).where(Village.id == village_id))
                villages_deleted += 1
        batch.status = "undone"
        batch.undone_at = utcnow()
        audit.record(
            session, actor, "undo_import", "import_batch", batch_id,
            f"Hoàn tác lần nhập “{batch.file_name}”: xoá {format_int(deleted)} người, "
            f"{format_int(enrollments)} lượt tham gia; khôi phục {format_int(len(changes))} người",
        )
        return UndoResult(batch_id, deleted, len(changes), enrollments, villages_deleted)
