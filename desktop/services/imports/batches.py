"""Past import batches (the history the wizard lists) and remembered column mappings."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.io.columns import Field
from desktop.models import AuditEntry, ColumnMappingMemory, ImportBatch
from desktop.models.base import utcnow
from desktop.services.imports.types import BatchInfo


def _infos(session: Session, batches: list[ImportBatch]) -> list[BatchInfo]:
    ids = [b.id for b in batches]
    users = dict(session.execute(
        select(AuditEntry.entity_id, AuditEntry.username)
        .where(AuditEntry.entity == "import_batch", AuditEntry.action == "import", AuditEntry.entity_id.in_(ids))
    ).all()) if ids else {}
    return [
        BatchInfo(
            id=b.id, file_name=b.file_name, file_hash=b.file_hash, sheet=b.sheet, header_row=b.header_row,
            created_at=b.created_at, username=users.get(b.id) or "", rows=b.rows, new=b.new,
            updated=b.updated, unchanged=b.unchanged, errors=b.errors, status=b.status, undone_at=b.undone_at,
        )
        for b in batches
    ]


def list_batches(db: Database, limit: int = 50) -> list[BatchInfo]:
    """The latest batches, newest first."""
    with db.reading() as session:
        batches = list(session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)))
        return _infos(session, batches)


def same_file_batches(session: Session, file_hash: str) -> list[BatchInfo]:
    """Committed (not undone) batches of a file with the same bytes."""
    batches = list(session.scalars(
        select(ImportBatch).where(ImportBatch.file_hash == file_hash, ImportBatch.status == "committed")
        .order_by(ImportBatch.id)
    ))
    return _infos(session, batches)


def remembered_mapping(db: Database, signature: str) -> dict[int, Field] | None:
    """The mapping a user confirmed for files with this header, if any."""
    with db.reading() as session:
        stored = session.get(ColumnMappingMemory, signature)
        if stored is None:
            return None
        try:
            raw = json.loads(stored.mapping_json)
            return {int(index): Field(name) for index, name in raw.items()}
        except (ValueError, TypeError, AttributeError):
            return None


def save_mapping(session: Session, signature: str, mapping: dict[int, Field]) -> None:
    """Remember ``mapping`` for this header signature, in the caller's transaction."""
    payload = json.dumps({str(index): field.value for index, field in sorted(mapping.items())})
    stored = session.get(ColumnMappingMemory, signature)
    if stored is None:
        session.add(ColumnMappingMemory(header_signature=signature, mapping_json=payload, updated_at=utcnow()))
    else:
        stored.mapping_json = payload
        stored.updated_at = utcnow()


def remember_mapping(db: Database, signature: str, mapping: dict[int, Field]) -> None:
    """Remember the mapping the user confirmed (its own small unit of work)."""
    with db.unit_of_work() as session:
        save_mapping(session, signature, mapping)
