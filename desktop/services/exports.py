"""Participant data out, for portability: CSV (UTF-8) for scripts, .xlsx for people.

One row per person with identifiers, birth (ISO, YYYY-MM or YYYY as known),
place, household and current coverage. Rows are streamed from the database and
written to a temporary file that replaces the target only when complete, so a
failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.orm import Session
from xlsxwriter.worksheet import Worksheet

from desktop.db import Database
from desktop.domain.dates import PartialDate, Precision
from desktop.domain.masking import mask_id
from desktop.models import Household, Person, Village
from desktop.output_files import replacing, session_folder
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission, allows
from desktop.services.errors import ServiceError
from desktop.services.participants import ParticipantFilter, id_query

EXPORT_FIELDS = (
    "cccd", "si_code", "full_name", "birth", "sex", "ethnic_code", "commune_code", "village",
    "household_code", "phone", "hi_scheme", "hi_valid_to", "vsi_paid_to",
)
XLSX_HEADERS = (
    "Số CCCD", "Mã số BHXH", "Họ và tên", "Ngày sinh", "Giới tính", "Mã dân tộc", "Mã xã", "Thôn, buôn",
    "Mã hộ", "Điện thoại", "Loại hình BHYT", "Hạn thẻ BHYT", "BHXH tự nguyện đóng đến",
)
XLSX_WIDTHS = (15, 13, 28, 12, 9, 10, 8, 20, 16, 13, 14, 13, 16)
BATCH = 5_000

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(ServiceError):
    """The user cancelled; the target file was left as it was."""

    def __init__(self) -> None:
        super().__init__("Đã huỷ xuất dữ liệu; tệp đích không bị thay đổi.")


@dataclass(frozen=True)
class ExportRow:
    """One person as exported; ``birth`` keeps the precision the record has."""

    cccd: str
    si_code: str
    full_name: str
    birth: str
    sex: str
    ethnic_code: str
    commune_code: str
    village: str
    household_code: str
    phone: str
    hi_scheme: str
    hi_valid_to: dt.date | None
    vsi_paid_to: dt.date | None

    def as_json(self) -> dict[str, str | None]:
        """Plain values for JSON and CSV: dates in ISO form."""
        values: dict[str, Any] = {name: getattr(self, name) for name in EXPORT_FIELDS}
        for name in ("hi_valid_to", "vsi_paid_to"):
            values[name] = values[name].isoformat() if values[name] else None
        return values


def birth_iso(birth: dt.date | None, precision: str, birth_year: int | None) -> str:
    """"1980-03-05", "1980-03" or "1980" as the record knows it."""
    if birth is None:
        return str(birth_year) if birth_year else ""
    return PartialDate(
        birth.year,
        birth.month if precision != Precision.YEAR else None,
        birth.day if precision == Precision.DAY else None,
    ).iso()


def iter_rows(session: Session, spec: ParticipantFilter | None = None, limit: int | None = None,
              mask_ids: bool = False) -> Iterator[ExportRow]:
    """Export rows in list order (name), streamed in batches; ``mask_ids`` shows CCCD and SI code by their last 4 digits."""
    shown = mask_id if mask_ids else _as_is
    ids = id_query(session, spec or ParticipantFilter()).subquery()
    query = (
        select(Person, Village.name, Village.commune_code, Household.code)
        .join(ids, ids.c.id == Person.id)
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(Household, Household.id == Person.household_id)
        .order_by(Person.search_key, Person.id)
        .execution_options(yield_per=BATCH)
    )
    if limit is not None:
        query = query.limit(limit)
    for person, village, commune_code, household in session.execute(query):
        yield ExportRow(
            cccd=shown(person.cccd or ""),
            si_code=shown(person.si_code or ""),
            full_name=person.full_name,
            birth=birth_iso(person.birth_date, person.birth_precision, person.birth_year),
            sex=person.sex or "",
            ethnic_code=person.ethnic_code or "",
            commune_code=commune_code or "",
            village=village or "",
            household_code=household or "",
            phone=person.phone or "",
            hi_scheme=person.hi_scheme or "",
            hi_valid_to=person.hi_valid_to,
            vsi_paid_to=person.vsi_paid_to,
        )


def _as_is(value: str) -> str:
    return value


VIEWER_SEARCH_LIMIT = 100
"""Persons a role without the export right sees per command-line search: one screenful, not the register."""


@dataclass(frozen=True)
class SearchResult:
    rows: list[ExportRow]
    limit: int
    capped: bool
    """The role's limit applied (fewer rows than asked, or IDs masked)."""


def search_persons(db: Database, actor: Actor, text: str, limit: int) -> SearchResult:
    """The command line's search, audited (who, what, how many).

    A role that may not export gets at most :data:`VIEWER_SEARCH_LIMIT` persons, and
    when more than one person is listed their CCCD and SI codes are masked: a search
    finds someone, it does not copy the register out.
    """
    require(actor, Permission.READ)
    may_export = allows(actor.role, Permission.EXPORT)
    allowed = limit if may_export else min(limit, VIEWER_SEARCH_LIMIT)
    with db.reading() as session:
        rows = list(iter_rows(session, ParticipantFilter(text=text), limit=allowed))
    masked = not may_export and len(rows) > 1
    if masked:
        rows = [replace(row, cccd=mask_id(row.cccd), si_code=mask_id(row.si_code)) for row in rows]
    with db.unit_of_work() as session:
        note = ", che số định danh" if masked else ""
        record(session, actor, "search", "person", None, f"Tìm “{text[:80]}”: {len(rows)} người{note}")
    return SearchResult(rows, allowed, capped=allowed < limit or masked)


def export_participants(db: Database, actor: Actor, target: Path, spec: ParticipantFilter | None = None,
                        progress: Progress | None = None, cancelled: Cancelled | None = None,
                        mask_ids: bool = False) -> int:
    """Write .csv or .xlsx (by the target's suffix); returns the number of persons written.

    ``mask_ids`` writes CCCD and SI codes as "********6789" (lists handed to agents or
    communes); a full export for another system leaves it off.
    """
    require(actor, Permission.EXPORT)
    writer = {".csv": _write_csv, ".xlsx": _write_xlsx}.get(target.suffix.lower())
    if writer is None:
        raise ServiceError(f"Không xuất được “{target.name}”: chỉ hỗ trợ tệp .csv hoặc .xlsx.")
    try:
        with db.reading() as session, replacing(target) as temporary:
            written = writer(iter_rows(session, spec, mask_ids=mask_ids), temporary, progress, cancelled)
    except OSError as error:
        raise ServiceError(f"Không ghi được tệp “{target}”: {error.strerror}.") from error
    with db.unit_of_work() as session:
        masked = ", che số định danh" if mask_ids else ", đủ số CCCD, mã số BHXH"
        record(session, actor, "export", "person", None, f"Xuất {written} người ra {target.name}{masked}")
    return written


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet program read a CSV cell as a formula (OWASP's list)."""


def csv_safe(value: str | None) -> str | None:
    """A text cell a spreadsheet will show as text: a leading ' before a formula start (CSV injection)."""
    if value and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _tick(count: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if count % 1000 == 0:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(count)


def _write_csv(rows: Iterator[ExportRow], path: Path, progress: Progress | None, cancelled: Cancelled | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=EXPORT_FIELDS)
        out.writeheader()
        for row in rows:
            out.writerow({name: csv_safe(value) for name, value in row.as_json().items()})
            count += 1
            _tick(count, progress, cancelled)
    return count


def list_sheet(book: xlsxwriter.Workbook, title: str, headers: Sequence[str], widths: Sequence[float]) -> Worksheet:
    """A sheet for a plain list: bold shaded header row, column widths, header frozen."""
    sheet = book.add_worksheet(title)
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter"})
    for column, (header, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write_string(0, column, header, bold)
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    return sheet


def _write_xlsx(rows: Iterator[ExportRow], path: Path, progress: Progress | None, cancelled: Cancelled | None) -> int:
    with tempfile.TemporaryDirectory(prefix="xlsx-", dir=session_folder()) as scratch:
        return _write_xlsx_rows(rows, path, scratch, progress, cancelled)


def _write_xlsx_rows(rows: Iterator[ExportRow], path: Path, scratch: str, progress: Progress | None,
                     cancelled: Cancelled | None) -> int:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": scratch})
    sheet = list_sheet(book, "Người tham gia", XLSX_HEADERS, XLSX_WIDTHS)
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    count = 0
    try:
        for count, row in enumerate(rows, start=1):
            for column, name in enumerate(EXPORT_FIELDS):
                value = getattr(row, name)
                if isinstance(value, dt.date):
                    sheet.write_datetime(count, column, dt.datetime.combine(value, dt.time()), date_format)
                elif value:
                    sheet.write_string(count, column, value)
            _tick(count, progress, cancelled)
    finally:
        book.close()  # also on cancel: XlsxWriter's own temporary row file goes away only when closed
    return count
