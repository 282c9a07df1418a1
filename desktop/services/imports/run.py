"""The import as user actions: dry run, commit, and both from a path for the command line.

The dry run only reads. The commit opens one unit of work, takes the write
lock first, decides every row again against the database as it is now, and
writes; any failure or a cancel rolls everything back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import IntegrityError

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.io.columns import Field
from desktop.services.audit import Actor, require
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.imports.batches import remembered_mapping, same_file_batches, save_mapping
from desktop.services.imports.collector import collector_paused
from desktop.services.imports.commit import start_batch, write_plan
from desktop.services.imports.plan import Plan, build_plan
from desktop.services.imports.rows import ParsedImport, parse_rows
from desktop.services.imports.source import SheetTable, open_source, read_table
from desktop.services.imports.types import (
    BatchInfo,
    CancelFlag,
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    NothingToImport,
    Progress,
    Stage,
    no_progress,
)


def _warnings(parsed: ParsedImport, plan: Plan, same: list[BatchInfo]) -> tuple[str, ...]:
    found: list[str] = []
    for batch in same:
        when = batch.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        found.append(
            f"Tệp “{parsed.file_name}” (cùng nội dung) đã được nhập lúc {when} (lần nhập số {batch.id}, "
            f"{format_int(batch.new)} người mới). Nhập lại sẽ không tạo trùng người đã có, nhưng hãy kiểm tra "
            "đây có đúng là danh sách mới không."
        )
    if plan.villages:
        names = ", ".join(f"{v.name} ({plan.commune_names.get(v.commune_code, v.commune_code)})"
                          for v in plan.villages)
        found.append(f"Sẽ tạo mới {len(plan.villages)} thôn, buôn: {names}.")
    found.extend(_clan_warnings(plan))
    return tuple(found)


def _clan_warnings(plan: Plan) -> list[str]:
    clans = plan.clans
    found: list[str] = []
    if clans.links:
        found.append(f"Sẽ gắn {format_int(len(clans.links))} hộ vào dòng họ.")
    if clans.new_clans:
        found.append(f"Sẽ tạo mới {len(clans.new_clans)} dòng họ: {', '.join(map(clans.label, clans.new_clans))}.")
    waiting = [clan for clan in clans.unknown if clan not in clans.new_clans]
    if waiting:
        households = sum(len(clans.unknown[clan]) for clan in waiting)
        found.append(f"Dòng họ chưa có, chưa tạo: {', '.join(map(clans.label, waiting))} ({format_int(households)} "
                     "hộ chưa được gắn). Chọn tạo các dòng họ chưa có nếu đúng là dòng họ mới.")
    return found


def _preview(parsed: ParsedImport, plan: Plan, same: list[BatchInfo], batch_id: int | None = None) -> ImportPreview:
    outcomes = plan.outcomes
    return ImportPreview(
        file_name=parsed.file_name, file_hash=parsed.file_hash, sheet=parsed.sheet,
        header_row=parsed.header_row, labels=parsed.labels, outcomes=outcomes, counts=plan.counts,
        villages_created=tuple(v.name for v in plan.villages),
        clans_created=tuple(map(plan.clans.label, plan.clans.new_clans)),
        clans_unknown=tuple(map(plan.clans.label, plan.clans.unknown)), households_linked=len(plan.clans.links),
        same_file_batches=tuple(same),
        warnings=_warnings(parsed, plan, same), committed=batch_id is not None, batch_id=batch_id,
    )


def dry_run(db: Database, parsed: ParsedImport, options: ImportOptions | None = None,
            progress: Progress = no_progress, cancel: CancelFlag | None = None) -> ImportPreview:
    """What committing would do with every row; nothing is written."""
    with collector_paused(), db.reading() as session:
        plan = build_plan(session, parsed, options or ImportOptions(), progress, cancel)
        same = same_file_batches(session, parsed.file_hash)
    return _preview(parsed, plan, same)


def commit_import(db: Database, actor: Actor, parsed: ParsedImport, options: ImportOptions | None = None,
                  progress: Progress = no_progress, cancel: CancelFlag | None = None) -> ImportPreview:
    """Write the whole list in one transaction, recorded as an undoable batch; all or nothing."""
    require(actor, Permission.IMPORT)
    options = options or ImportOptions()
    try:
        with collector_paused(), db.unit_of_work() as session:
            batch = start_batch(session, actor, parsed)
            same = [b for b in same_file_batches(session, parsed.file_hash) if b.id != batch.id]
            plan = build_plan(session, parsed, options, progress, cancel)
            if plan.counts.valid == 0:
                raise NothingToImport()
            save_mapping(session, parsed.signature, parsed.mapping)
            write_plan(session, actor, batch, parsed, plan, progress, cancel)
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
            batch_id = batch.id
    except IntegrityError as error:
        raise ServiceError(
            "Dữ liệu vừa thay đổi ở máy khác trong lúc ghi (trùng số CCCD hoặc mã số BHXH). "
            "Chưa ghi gì; hãy chạy thử lại rồi ghi."
        ) from error
    return _preview(parsed, plan, same, batch_id)


def mapping_for(db: Database, table: SheetTable) -> tuple[dict[int, Field], bool]:
    """The remembered mapping for this header if any (True), else the guessed one (False)."""
    remembered = remembered_mapping(db, table.signature)
    if remembered is not None and all(index < len(table.columns) for index in remembered):
        return remembered, True
    return dict(table.guessed), False


def import_file(db: Database, actor: Actor, path: Path | str, *, sheet: str | None = None,
                header_row: int | None = None, mapping: dict[int, Field] | None = None,
                commit: bool = False, options: ImportOptions | None = None,
                progress: Progress = no_progress, cancel: CancelFlag | None = None,
                ) -> tuple[ParsedImport, ImportPreview]:
    """Read, clean, match and (with ``commit``) write a list in one call: the command line's path."""
    if commit:
        require(actor, Permission.IMPORT)
    options = options or ImportOptions()
    progress(Stage.READING, 0, 0)
    with collector_paused():
        table = read_table(open_source(path), sheet, header_row)
        chosen = mapping if mapping is not None else mapping_for(db, table)[0]
        parsed = parse_rows(table, chosen, options.today, progress, cancel)
        if commit:
            return parsed, commit_import(db, actor, parsed, options, progress, cancel)
        return parsed, dry_run(db, parsed, options, progress, cancel)
