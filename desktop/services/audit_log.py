"""Reading the audit trail: who changed what, filtered, newest first, a page at a time.

The trail grows by every save, import, export and print, so it is read in
pages with a keyset cursor on (time, id): the tenth page costs what the first
does, with no OFFSET scanning past 100,000 entries. Only administrators read
it; exporting it is itself recorded.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.models import (
    Agent,
    AuditEntry,
    Clan,
    CollectionOrganisation,
    Commune,
    EthnicGroup,
    Household,
    Person,
    Relationship,
    Village,
)
from desktop.output_files import replacing, session_folder
from desktop.services.audit import Actor, record, require
from desktop.services.audit_labels import (
    ACTION_LABELS,
    ENTITY_LABELS,
    action_label,
    entity_label,
    field_label,
    value_text,
)
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.exports import list_sheet

PAGE_SIZE = 200
MAX_PAGE = 5_000
EXPORT_BATCH = 2_000


@dataclass(frozen=True)
class AuditFilter:
    """What to look for; dates are local calendar days, both ends included."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    username: str | None = None
    entity: str | None = None
    action: str | None = None
    text: str = ""
    entity_id: int | None = None


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the last entry's time and id."""

    at: dt.datetime
    id: int


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditRow:
    """One entry as the browser shows it; ``at`` is local time."""

    id: int
    at: dt.datetime
    username: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    summary: str
    changes: tuple[FieldChange, ...]

    @property
    def changes_text(self) -> str:
        """"Họ và tên: Nguyễn Văn A → Nguyễn Văn B", one line per field (the Excel column)."""
        return "\n".join(f"{c.label}: {c.before or '—'} → {c.after or '—'}" for c in self.changes)


@dataclass(frozen=True)
class AuditResults:
    rows: list[AuditRow]
    next: Cursor | None
    """Give it back to read the following page; None when there is no more."""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class AuditChoices:
    """What the filter combos offer: users, actions and entity kinds found in the trail."""

    usernames: list[str]
    actions: list[Choice]
    entities: list[Choice]


@dataclass
class _Names:
    """Ids and codes in the changes of a batch of entries, turned into names with one query per kind."""

    found: dict[tuple[str, object], str] = field(default_factory=dict)

    def __call__(self, key: str, value: object) -> str | None:
        return self.found.get((_LOOKUP_KIND.get(key, key), value))


_LOOKUP_KIND = {
    "head_person_id": "person_id", "organiser_agent_id": "agent_id",
}
_LOOKUPS: dict[str, tuple[Any, Any]] = {
    "person_id": (Person.id, Person.full_name),
    "village_id": (Village.id, Village.name),
    "household_id": (Household.id, Household.code),
    "agent_id": (Agent.id, Agent.full_name),
    "organisation_id": (CollectionOrganisation.id, CollectionOrganisation.name),
    "ethnic_code": (EthnicGroup.code, EthnicGroup.name),
    "relationship_code": (Relationship.code, Relationship.name),
    "commune_code": (Commune.code, Commune.name),
    "clan_id": (Clan.id, Clan.name),
}
_CHUNK = 500


def _decoded(changes_json: str) -> dict[str, list[Any]]:
    if not changes_json:
        return {}
    try:
        payload = json.loads(changes_json)
    except ValueError:
        return {"?": [None, changes_json]}
    if not isinstance(payload, dict):
        return {"?": [None, changes_json]}
    return {str(key): list(pair) if isinstance(pair, list) and len(pair) == 2 else [None, pair]
            for key, pair in payload.items()}


def _names(session: Session, payloads: Iterable[dict[str, list[Any]]]) -> _Names:
    wanted: dict[str, set[object]] = {}
    for payload in payloads:
        for key, pair in payload.items():
            kind = _LOOKUP_KIND.get(key, key)
            if kind in _LOOKUPS:
                wanted.setdefault(kind, set()).update(v for v in pair if isinstance(v, int | str) and v != "")
    names = _Names()
    for kind, values in wanted.items():
        key_column, name_column = _LOOKUPS[kind]
        typed = sorted((v for v in values if isinstance(v, int) == kind.endswith("_id")), key=str)
        for first in range(0, len(typed), _CHUNK):
            chunk = typed[first:first + _CHUNK]
            for value, name in session.execute(select(key_column, name_column).where(key_column.in_(chunk))):
                names.found[(kind, value)] = str(name)
    return names


def _local(moment: dt.datetime) -> dt.datetime:
    """Stored times are UTC (SQLite hands them back naive); the desk reads local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def _utc_start(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day``, in UTC (as the column stores it)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _conditions(criteria: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if criteria.date_from is not None:
        conditions.append(AuditEntry.at >= _utc_start(criteria.date_from))
    if criteria.date_to is not None:
        conditions.append(AuditEntry.at < _utc_start(criteria.date_to + dt.timedelta(days=1)))
    if criteria.username:
        conditions.append(AuditEntry.username == criteria.username)
    if criteria.entity:
        conditions.append(AuditEntry.entity == criteria.entity)
    if criteria.action:
        conditions.append(AuditEntry.action == criteria.action)
    if criteria.entity_id is not None:
        conditions.append(AuditEntry.entity_id == criteria.entity_id)
    text = criteria.text.strip()
    if text:
        conditions.append(AuditEntry.summary.icontains(text, autoescape=True))
    return conditions


def _query(criteria: AuditFilter, after: Cursor | None) -> Select[AuditEntry]:
    query = select(AuditEntry).where(*_conditions(criteria))
    if after is not None:
        at = after.at  # as the database handed it back: naive UTC on SQLite, aware on PostgreSQL
        query = query.where(or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < after.id)))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _rows(session: Session, entries: list[AuditEntry]) -> list[AuditRow]:
    payloads = [_decoded(entry.changes_json) for entry in entries]
    names = _names(session, payloads)
    return [
        AuditRow(
            id=entry.id,
            at=_local(entry.at),
            username=entry.username,
            action=entry.action,
            action_label=action_label(entry.action),
            entity=entry.entity,
            entity_label=entity_label(entry.entity),
            entity_id=entry.entity_id,
            summary=entry.summary,
            changes=tuple(
                FieldChange(key, field_label(key), value_text(key, before, names), value_text(key, after, names))
                for key, (before, after) in payload.items()
            ),
        )
        for entry, payload in zip(entries, payloads, strict=True)
    ]


def _page(session: Session, criteria: AuditFilter, limit: int, after: Cursor | None) -> AuditResults:
    entries = list(session.scalars(_query(criteria, after).limit(limit + 1)))
    more = len(entries) > limit
    entries = entries[:limit]
    following = Cursor(entries[-1].at, entries[-1].id) if more and entries else None
    return AuditResults(_rows(session, entries), following)


def query_audit(db: Database, actor: Actor, criteria: AuditFilter = AuditFilter(), limit: int = PAGE_SIZE,
                after: Cursor | None = None) -> AuditResults:
    """Entries matching ``criteria``, newest first, at most ``limit``; ``after`` continues a previous page."""
    require(actor, Permission.VIEW_AUDIT)
    if not 1 <= limit <= MAX_PAGE:
        raise ServiceError(f"Mỗi lần chỉ đọc từ 1 đến {format_int(MAX_PAGE)} mục nhật ký.")
    if criteria.date_from and criteria.date_to and criteria.date_to < criteria.date_from:
        raise ServiceError("“Đến ngày” đứng trước “Từ ngày”.")
    with db.reading() as session:
        return _page(session, criteria, limit, after)


def audit_entry(db: Database, actor: Actor, entry_id: int) -> AuditRow | None:
    """One entry with its changes (the details pane)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.reading() as session:
        entry = session.get(AuditEntry, entry_id)
        return _rows(session, [entry])[0] if entry is not None else None


def audit_choices(db: Database, actor: Actor) -> AuditChoices:
    """Users, actions and entity kinds present in the trail, for the filter combos."""
    require(actor, Permission.VIEW_AUDIT)
    with db.reading() as session:
        usernames = sorted(session.scalars(select(AuditEntry.username).distinct()), key=str.casefold)
        actions = set(session.scalars(select(AuditEntry.action).distinct()))
        entities = set(session.scalars(select(AuditEntry.entity).distinct()))
    return AuditChoices(
        usernames=[name for name in usernames if name],
        actions=_choices(actions, ACTION_LABELS, action_label),
        entities=_choices(entities, ENTITY_LABELS, entity_label),
    )


def _choices(found: set[str], known: dict[str, str], label: Callable[[str], str]) -> list[Choice]:
    """Known keys in the labels' order, then any others the trail holds, by label."""
    ordered = [key for key in known if key in found]
    ordered += sorted(found - set(known), key=str.casefold)
    return [Choice(key, label(key)) for key in ordered]


# --- export -------------------------------------------------------------------------------

EXPORT_HEADERS = ("Thời gian", "Người dùng", "Thao tác", "Đối tượng", "Mã", "Tóm tắt", "Thay đổi")
EXPORT_WIDTHS = (17, 14, 16, 20, 9, 50, 70)

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class AuditExportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("Đã huỷ xuất nhật ký; tệp đích không bị thay đổi.")


def iter_audit(db: Database, actor: Actor, criteria: AuditFilter = AuditFilter()) -> Iterator[AuditRow]:
    """Every matching entry, newest first, read page by page (the export streams it)."""
    require(actor, Permission.VIEW_AUDIT)
    after: Cursor | None = None
    while True:
        with db.reading() as session:
            page = _page(session, criteria, EXPORT_BATCH, after)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


def export_audit(db: Database, actor: Actor, target: Path, criteria: AuditFilter = AuditFilter(),
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """The filtered trail as .xlsx, one row per entry with its changes in the last column; returns the count.

    The file replaces ``target`` only once complete, and the export is itself recorded.
    """
    require(actor, Permission.VIEW_AUDIT)
    require(actor, Permission.EXPORT)
    if target.suffix.lower() != ".xlsx":
        raise ServiceError(f"Không xuất được “{target.name}”: nhật ký chỉ xuất ra tệp .xlsx.")
    try:
        with replacing(target) as temporary, tempfile.TemporaryDirectory(prefix="xlsx-", dir=session_folder()) as scratch:
            written = _write_xlsx(iter_audit(db, actor, criteria), temporary, scratch, progress, cancelled)
    except OSError as error:
        raise ServiceError(f"Không ghi được tệp “{target}”: {error.strerror or error}.") from error
    with db.unit_of_work() as session:
        record(session, actor, "export", "audit_entry", None,
               f"Xuất {format_int(written)} mục nhật ký thao tác ra {target.name}{_filter_note(criteria)}")
    return written


def _filter_note(criteria: AuditFilter) -> str:
    parts = []
    if criteria.date_from or criteria.date_to:
        start = f"{criteria.date_from:%d/%m/%Y}" if criteria.date_from else "…"
        end = f"{criteria.date_to:%d/%m/%Y}" if criteria.date_to else "…"
        parts.append(f"{start} - {end}")
    if criteria.username:
        parts.append(f"người dùng {criteria.username}")
    if criteria.action:
        parts.append(action_label(criteria.action))
    if criteria.entity:
        parts.append(entity_label(criteria.entity))
    if criteria.entity_id is not None:
        parts.append(f"mã {criteria.entity_id}")
    if criteria.text.strip():
        parts.append(f"có “{criteria.text.strip()}”")
    return f" ({', '.join(parts)})" if parts else ""


def _write_xlsx(rows: Iterator[AuditRow], path: Path, scratch: str, progress: Progress | None,
                cancelled: Cancelled | None) -> int:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": scratch})
    sheet = list_sheet(book, "Nhật ký thao tác", EXPORT_HEADERS, EXPORT_WIDTHS)
    when = book.add_format({"num_format": "dd/mm/yyyy hh:mm", "valign": "top", "align": "left"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    top = book.add_format({"valign": "top"})
    count = 0
    try:
        for count, row in enumerate(rows, start=1):
            sheet.write_datetime(count, 0, row.at.replace(tzinfo=None), when)
            sheet.write_string(count, 1, row.username, top)
            sheet.write_string(count, 2, row.action_label, top)
            sheet.write_string(count, 3, row.entity_label, top)
            if row.entity_id is not None:
                sheet.write_number(count, 4, row.entity_id, top)
            sheet.write_string(count, 5, row.summary, wrap)
            if row.changes:
                sheet.write_string(count, 6, row.changes_text, wrap)
            if count % 1000 == 0:
                if cancelled is not None and cancelled():
                    raise AuditExportCancelled()
                if progress is not None:
                    progress(count)
    finally:
        book.close()
    return count
