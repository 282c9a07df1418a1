"""Attendance at an outreach session: the pre-filled list, ticks, walk-ins, QR check-in, sheet import.

Before a session the office prints a sheet pre-filled with the village's people
who have no valid health-insurance card or whose card runs out soon (they are
who the session is for). Afterwards the desk ticks who came, adds walk-ins,
checks people in by scanning their CCCD at the door, or reads the signed sheet
back from Excel. Each action is one unit of work with its audit entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_money
from desktop.domain.identifiers import normalize_cccd
from desktop.domain.masking import is_masked
from desktop.domain.numwords import amount_in_words
from desktop.domain.qr import CccdScan
from desktop.domain.text import fold
from desktop.io.columns import Field
from desktop.io.readers import read_workbook
from desktop.io.table import choose_sheet, find_table
from desktop.models import Attendance, OutreachSession, Person, Village
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission
from desktop.services.clan_figures import clan_members
from desktop.services.errors import ServiceError
from desktop.services.persons import PersonInput, create_person
from desktop.services.scans import Difference, match_scan
from desktop.services.sessions import current_session

ENTITY = "attendance"
DEFAULT_AHEAD_DAYS = 30
"""A card running out within this many days after the session counts as expiring."""
MIN_AGE = 16
"""Younger people do not sign sheets; their parents attend for them."""
CANDIDATE_LIMIT = 400

Source = Literal["list", "walk_in", "qr", "import"]
CheckInStatus = Literal["added", "ticked", "already"]

ALREADY_CHECKED_IN = "Đã điểm danh trước đó"
_TICK_LABELS = ("co mat", "ky nhan", "ky ten", "diem danh")
_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass(frozen=True)
class Candidate:
    """A person the sheet is pre-filled with, and why."""

    person_id: int
    full_name: str
    birth_year: str
    cccd: str
    village_name: str
    address: str
    hi_valid_to: dt.date | None
    status_text: str


@dataclass(frozen=True)
class AttendanceLine:
    """One line of a session's attendance list."""

    id: int
    person_id: int | None
    full_name: str
    birth_year: str
    cccd: str
    village_name: str
    status_text: str
    attended: bool
    source: str
    checked_in_at: dt.datetime | None
    support_amount: int


@dataclass(frozen=True)
class CheckIn:
    """What a check-in did: ``added`` a line, ``ticked`` a listed one, or found it ``already`` ticked."""

    status: CheckInStatus
    attendance_id: int
    person_id: int | None
    full_name: str

    @property
    def message(self) -> str:
        if self.status == "already":
            return f"{ALREADY_CHECKED_IN}: {self.full_name}"
        return f"Đã điểm danh: {self.full_name}"


@dataclass(frozen=True)
class PersonHit:
    """A person found by the walk-in search."""

    person_id: int
    full_name: str
    birth_year: str
    cccd: str
    village_name: str


@dataclass(frozen=True)
class UnmatchedRow:
    """A ticked row of an imported sheet that matched nobody on file."""

    row: int
    text: str
    reason: str


@dataclass(frozen=True)
class AttendanceImport:
    """The outcome of reading a signed sheet back: honest counts and the rows left out."""

    rows: int
    ticked: int
    added: int
    already: int
    not_ticked: int
    unmatched: list[UnmatchedRow] = field(default_factory=list)


@dataclass(frozen=True)
class SupportSummary:
    """Budget evidence: attendees times the support per attendee, in figures and in words."""

    attended: int
    per_attendee: int
    total: int

    @property
    def total_text(self) -> str:
        return format_money(self.total)

    @property
    def words(self) -> str:
        """"Một triệu năm trăm nghìn đồng"."""
        return amount_in_words(self.total)


# --- who the sheet is for -----------------------------------------------------------

def card_status(hi_valid_to: dt.date | None, on: dt.date) -> str:
    """"Chưa có thẻ BHYT", "Hết hạn ngày 01/10/2026" or "Còn hạn đến 15/12/2026", as of ``on``."""
    if hi_valid_to is None:
        return "Chưa có thẻ BHYT"
    if hi_valid_to < on:
        return f"Hết hạn ngày {format_date(hi_valid_to)}"
    return f"Còn hạn đến {format_date(hi_valid_to)}"


def _birth_year(birth: dt.date | None, birth_year: int | None) -> str:
    if birth is not None:
        return str(birth.year)
    return str(birth_year) if birth_year else ""


def sheet_candidates(db: Database, village_id: int | None, on: dt.date, ahead_days: int = DEFAULT_AHEAD_DAYS,
                     commune_code: str | None = None, limit: int = CANDIDATE_LIMIT) -> list[Candidate]:
    """Adults of the village (else the commune) with no HI card valid ``ahead_days`` after ``on``."""
    if village_id is None and not commune_code:
        return []
    horizon = on + dt.timedelta(days=ahead_days)
    query = (
        select(Person, Village.name)
        .join(Village, Village.id == Person.village_id)
        .where(or_(Person.hi_valid_to.is_(None), Person.hi_valid_to <= horizon))
        .where(or_(Person.birth_year.is_(None), Person.birth_year <= on.year - MIN_AGE))
    )
    if village_id is not None:
        query = query.where(Person.village_id == village_id)
    else:
        query = query.where(Village.commune_code == commune_code)
    query = query.order_by(Village.id, Person.search_key, Person.id).limit(limit)
    with db.reading() as session:
        return [
            Candidate(
                person_id=person.id, full_name=person.full_name,
                birth_year=_birth_year(person.birth_date, person.birth_year), cccd=person.cccd or "",
                village_name=village, address=person.address, hi_valid_to=person.hi_valid_to,
                status_text=card_status(person.hi_valid_to, on),
            )
            for person, village in session.execute(query)
        ]


def clan_candidates(db: Database, clan_id: int, on: dt.date, ahead_days: int = DEFAULT_AHEAD_DAYS) -> list[Candidate]:
    """Adult members of the clan not insured on ``on`` or whose card runs out within ``ahead_days`` (the clan's rule)."""
    return [
        Candidate(person_id=member.person_id, full_name=member.full_name,
                  birth_year=str(member.birth_year or ""), cccd=member.cccd, village_name=member.village_name,
                  address=member.address, hi_valid_to=member.card_end, status_text=card_status(member.card_end, on))
        for member in clan_members(db, clan_id, on, ahead_days)
        if member.status is not CoverageStatus.ACTIVE and (member.birth_year or 0) <= on.year - MIN_AGE
    ]


def prefill_attendance(db: Database, actor: Actor, session_id: int,
                       ahead_days: int = DEFAULT_AHEAD_DAYS) -> int:
    """Put the session's candidates on its list (not yet ticked): the clan's for a session held with a clan,
    else the village's; returns how many were added."""
    require(actor, Permission.EDIT_REGISTER)
    with db.reading() as session:
        row = current_session(session, session_id)
        village_id, commune_code, held_on, clan_id = row.village_id, row.commune_code, row.held_on, row.clan_id
    if clan_id is not None:
        candidates = clan_candidates(db, clan_id, held_on, ahead_days)
    else:
        candidates = sheet_candidates(db, village_id, held_on, ahead_days, commune_code)
    with db.unit_of_work() as session:
        row = current_session(session, session_id)
        listed = set(session.scalars(select(Attendance.person_id).where(Attendance.session_id == session_id)))
        added = 0
        for candidate in candidates:
            if candidate.person_id in listed:
                continue
            session.add(Attendance(session_id=session_id, person_id=candidate.person_id,
                                   full_name=candidate.full_name, attended=False, source="list"))
            added += 1
        if added:
            record(session, actor, "create", ENTITY, session_id,
                   f"Lập danh sách mời dự buổi ngày {format_date(row.held_on)}: {added} người")
        return added


# --- reading the list ------------------------------------------------------------------

def list_attendance(db: Database, session_id: int) -> list[AttendanceLine]:
    """The session's lines: listed people first (by village and name), then walk-ins in arrival order."""
    with db.reading() as session:
        row = current_session(session, session_id)
        query = (
            select(Attendance, Person, Village.name)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .outerjoin(Village, Village.id == Person.village_id)
            .where(Attendance.session_id == session_id)
            .order_by(Attendance.source != "list", Attendance.id)
        )
        lines = []
        for line, person, village in session.execute(query):
            lines.append(AttendanceLine(
                id=line.id, person_id=line.person_id, full_name=line.full_name,
                birth_year=_birth_year(person.birth_date, person.birth_year) if person else "",
                cccd=(person.cccd or "") if person else "", village_name=village or "",
                status_text=card_status(person.hi_valid_to, row.held_on) if person else "",
                attended=line.attended, source=line.source, checked_in_at=line.checked_in_at,
                support_amount=line.support_amount,
            ))
        return lines


def support_summary(db: Database, session_id: int) -> SupportSummary:
    """The support paid out for a session: one amount per attendee."""
    with db.reading() as session:
        row = current_session(session, session_id)
        attended = len(session.scalars(select(Attendance.id).where(
            Attendance.session_id == session_id, Attendance.attended.is_(True))).all())
        return SupportSummary(attended, row.support_per_attendee, attended * row.support_per_attendee)


def search_persons(db: Database, text: str, limit: int = 30) -> list[PersonHit]:
    """People whose folded name contains every typed word, or whose CCCD starts with the typed digits."""
    words = fold(text).split()
    if not words:
        return []
    query = select(Person, Village.name).outerjoin(Village, Village.id == Person.village_id)
    for word in words:
        if word.isdigit():
            query = query.where(or_(Person.cccd.startswith(word), Person.si_code.startswith(word)))
        else:
            query = query.where(Person.search_key.contains(word, autoescape=True))
    query = query.order_by(Person.search_key, Person.id).limit(limit)
    with db.reading() as session:
        return [
            PersonHit(person.id, person.full_name, _birth_year(person.birth_date, person.birth_year),
                      person.cccd or "", village or "")
            for person, village in session.execute(query)
        ]


# --- ticking and checking in ------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _tick(line: Attendance, support: int) -> None:
    line.attended = True
    line.checked_in_at = line.checked_in_at or _now()
    line.support_amount = support


def set_attendance(db: Database, actor: Actor, session_id: int, ticks: Mapping[int, bool]) -> int:
    """Save the ticks of the list (attendance id -> came); returns how many lines changed."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        row = current_session(session, session_id)
        changed, came, absent = 0, 0, 0
        changes: dict[str, tuple[bool, bool]] = {}
        lines = session.scalars(select(Attendance).where(Attendance.session_id == session_id,
                                                         Attendance.id.in_(list(ticks))))
        for line in lines:
            wanted = ticks[line.id]
            if line.attended == wanted:
                continue
            changed += 1
            key = f"attended/{line.full_name}"
            changes[key if key not in changes else f"{key} ({line.id})"] = (line.attended, wanted)
            if wanted:
                _tick(line, row.support_per_attendee)
                came += 1
            else:
                line.attended, line.checked_in_at, line.support_amount = False, None, 0
                absent += 1
        if changed:
            record(session, actor, "update", ENTITY, session_id,
                   f"Điểm danh buổi ngày {format_date(row.held_on)}: {came} người có mặt, {absent} bỏ đánh dấu",
                   changes)
        return changed


def _check_in(session: Session, actor: Actor, row: OutreachSession, person: Person, source: Source) -> CheckIn:
    line = session.scalars(select(Attendance).where(Attendance.session_id == row.id,
                                                    Attendance.person_id == person.id)).first()
    if line is not None and line.attended:
        return CheckIn("already", line.id, person.id, line.full_name)
    status: CheckInStatus = "ticked"
    was = line.attended if line is not None else None
    if line is None:
        line = Attendance(session_id=row.id, person_id=person.id, full_name=person.full_name, source=source)
        session.add(line)
        status = "added"
    _tick(line, row.support_per_attendee)
    session.flush()
    record(session, actor, "update", ENTITY, row.id,
           f"Điểm danh {person.full_name} tại buổi ngày {format_date(row.held_on)}",
           {f"attended/{person.full_name}": (was, True)})
    return CheckIn(status, line.id, person.id, person.full_name)


def check_in_person(db: Database, actor: Actor, session_id: int, person_id: int,
                    source: Source = "walk_in") -> CheckIn:
    """Mark a person present: ticks their line, or adds them as a walk-in."""
    require(actor, Permission.EDIT_REGISTER)
    try:
        with db.unit_of_work() as session:
            row = current_session(session, session_id)
            person = session.get(Person, person_id)
            if person is None:
                raise ServiceError("Không tìm thấy hồ sơ người này; có thể vừa bị xoá ở máy khác.")
            return _check_in(session, actor, row, person, source)
    except IntegrityError:
        # Another desk checked the same person in at the same moment: that line stands.
        with db.reading() as session:
            line = session.scalars(select(Attendance).where(Attendance.session_id == session_id,
                                                            Attendance.person_id == person_id)).one()
            return CheckIn("already", line.id, person_id, line.full_name)


@dataclass(frozen=True)
class ScanCheckIn:
    """A check-in by scan, with where the card disagrees with the record (shown, not imposed)."""

    check_in: CheckIn
    differences: tuple[Difference, ...]


def check_in_scan(db: Database, actor: Actor, session_id: int, scan: CccdScan) -> ScanCheckIn | None:
    """Check in the registered holder of a scanned ID; None when nobody holds it.

    Someone not on file is not created from the card here: the desk checks the
    card's (possibly repaired) fields in the quick form first (``add_new_walk_in``).
    """
    require(actor, Permission.EDIT_REGISTER)
    match = match_scan(db, scan)
    if match is None:
        return None
    return ScanCheckIn(check_in_person(db, actor, session_id, match.person_id, "qr"), match.differences)


def add_new_walk_in(db: Database, actor: Actor, session_id: int, data: PersonInput,
                    today: dt.date | None = None, source: Source = "walk_in") -> CheckIn:
    """Create a person typed at the door (quick form, perhaps filled from a scanned card) and check them in."""
    require(actor, Permission.EDIT_REGISTER)
    person_id = create_person(db, actor, data, today)
    return check_in_person(db, actor, session_id, person_id, source)


def remove_line(db: Database, actor: Actor, session_id: int, attendance_id: int) -> None:
    """Take a line off the list (entered by mistake)."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        row = current_session(session, session_id)
        line = session.get(Attendance, attendance_id)
        if line is None or line.session_id != session_id:
            return
        name, was = line.full_name, line.attended
        session.delete(line)
        record(session, actor, "delete", ENTITY, session_id,
               f"Bỏ {name} khỏi danh sách buổi ngày {format_date(row.held_on)}",
               {f"attended/{name}": (was, None)})


# --- reading a signed sheet back -----------------------------------------------------------

def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _year_of(value: object) -> int | None:
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, int | float) and 1900 <= int(value) <= 2100:
        return int(value)
    match = _YEAR.search(_cell_text(value))
    return int(match.group(0)) if match else None


def _cell(values: Sequence[object], index: int | None) -> object:
    return values[index] if index is not None and index < len(values) else None


def _tick_column(labels: list[str]) -> int | None:
    for index, label in enumerate(labels):
        folded = fold(label)
        if any(word in folded for word in _TICK_LABELS):
            return index
    return None


def _column(mapping: Mapping[int, Field], wanted: Field) -> int | None:
    return next((index for index, found in mapping.items() if found is wanted), None)


class _Matcher:
    """Finds the person of a sheet row: by CCCD, then by name and birth year (the list first, then the commune)."""

    def __init__(self, session: Session, row: OutreachSession) -> None:
        self._session = session
        self._row = row
        self._listed: dict[tuple[str, int | None], list[int]] = {}
        query = (select(Person.id, Person.search_key, Person.birth_year).join(
            Attendance, Attendance.person_id == Person.id).where(Attendance.session_id == row.id))
        for person_id, key, year in session.execute(query):
            self._listed.setdefault((key, year), []).append(person_id)

    def find(self, cccd: str, name: str, year: int | None) -> tuple[int | None, str]:
        if cccd and not is_masked(cccd):  # a sheet printed with masked numbers is matched by name and year
            try:
                number = normalize_cccd(cccd)
            except ValidationError:
                return None, f"Số CCCD “{cccd}” không hợp lệ"
            found = self._session.scalar(select(Person.id).where(Person.cccd == number))
            if found is not None:
                return found, ""
        if not name:
            return None, "Không có họ tên"
        key = fold(name)
        listed = self._listed.get((key, year), [])
        if len(listed) == 1:
            return listed[0], ""
        query = (select(Person.id).join(Village, Village.id == Person.village_id)
                 .where(Person.search_key == key, Village.commune_code == self._row.commune_code))
        if year is not None:
            query = query.where(Person.birth_year == year)
        found_ids = list(self._session.scalars(query.limit(3)))
        if len(found_ids) == 1:
            return found_ids[0], ""
        if found_ids or len(listed) > 1:
            return None, "Có nhiều người cùng họ tên và năm sinh; hãy điểm danh bằng tay"
        return None, "Không tìm thấy người này trong hồ sơ của xã"


def import_attendance(db: Database, actor: Actor, session_id: int, path: Path | str) -> AttendanceImport:
    """Read a filled attendance sheet (.xlsx ...) and tick the rows marked "Có mặt" / "Ký nhận".

    Ticks are only added, never removed: someone checked in at the door who
    forgot to sign stays present.
    """
    require(actor, Permission.EDIT_REGISTER)
    require(actor, Permission.IMPORT)
    workbook = read_workbook(path)
    table = find_table(workbook.sheet(choose_sheet(workbook)))
    tick_at = _tick_column(table.labels)
    if tick_at is None:
        raise ServiceError("Không thấy cột “Có mặt” hoặc “Ký nhận” trong tệp; hãy dùng danh sách in từ phần mềm.")
    name_at = _column(table.mapping, Field.FULL_NAME)
    cccd_at = _column(table.mapping, Field.CCCD)
    birth_at = _column(table.mapping, Field.BIRTH)
    if name_at is None and cccd_at is None:
        raise ServiceError("Không thấy cột “Họ và tên” hoặc “Số CCCD” trong tệp.")
    ticked = added = already = not_ticked = 0
    unmatched: list[UnmatchedRow] = []
    with db.unit_of_work() as session:
        row = current_session(session, session_id)
        matcher = _Matcher(session, row)
        for data in table.rows:
            values = data.values
            if not _cell_text(_cell(values, tick_at)):
                not_ticked += 1
                continue
            name, cccd = _cell_text(_cell(values, name_at)), _cell_text(_cell(values, cccd_at))
            person_id, reason = matcher.find(cccd, name, _year_of(_cell(values, birth_at)))
            if person_id is None:
                unmatched.append(UnmatchedRow(data.number, " — ".join(p for p in (name, cccd) if p), reason))
                continue
            person = session.get(Person, person_id)
            assert person is not None
            result = _check_in(session, actor, row, person, "import")
            if result.status == "already":
                already += 1
            elif result.status == "added":
                added += 1
            else:
                ticked += 1
        record(session, actor, "import", ENTITY, session_id,
               f"Nhập danh sách ký nhận buổi ngày {format_date(row.held_on)}: {ticked + added} người có mặt, "
               f"{len(unmatched)} dòng không khớp")
    return AttendanceImport(rows=len(table.rows), ticked=ticked, added=added, already=already,
                            not_ticked=not_ticked, unmatched=unmatched)
