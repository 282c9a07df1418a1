"""Outreach sessions (Tuyên truyền): create, edit, delete, list with filters, load one.

A session is the office's evidence of awareness work in a village: when, where,
who organised it, in which languages, and how much support each attendee got.
The form checks fields with :func:`validate_session` (no database); saving
checks again in its own unit of work and against the version the user opened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date
from desktop.domain.outreach import SESSION_KINDS
from desktop.domain.text import normalize_spaces
from desktop.models import (
    Agent,
    Attendance,
    Clan,
    Commune,
    Enrollment,
    OfficeCommune,
    OutreachSession,
    Village,
)
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, NotFoundError, check_version

ENTITY = "outreach_session"
RECORD_LABEL = "Buổi tuyên truyền"


LANGUAGES: tuple[str, ...] = ("Kinh", "Ê Đê", "M'nông", "Gia Rai", "Tày", "Nùng", "Thái", "Mường")
"""Languages commonly used in Đắk Lắk sessions; the form also accepts others."""

FIELDS = ("kind", "held_on", "starts_at", "ends_at", "commune_code", "village_id", "clan_id", "venue", "organiser",
          "organiser_agent_id", "co_organisers", "languages", "topic", "note", "support_per_attendee")
"""The form's fields in screen order: the first error reported is the first on screen."""

_TIME = re.compile(r"^([01]?\d|2[0-3])[:hH.]?([0-5]\d)?$")
_LIMITS = {"venue": 200, "organiser": 120, "languages": 120, "topic": 200}
MAX_SUPPORT = 10_000_000
_STALE_MESSAGE = (
    "Buổi tuyên truyền này vừa được sửa hoặc xoá ở máy khác trong lúc bạn lưu. "
    "Thay đổi của bạn chưa được lưu; hãy đóng, mở lại để xem bản mới rồi sửa tiếp."
)


@dataclass(frozen=True)
class SessionInput:
    """The form's values; times as typed ("8:00", "08h30", "14")."""

    kind: str = "hoi_nghi"
    held_on: dt.date | None = None
    starts_at: str = ""
    ends_at: str = ""
    commune_code: str = ""
    village_id: int | None = None
    clan_id: int | None = None
    venue: str = ""
    organiser: str = ""
    organiser_agent_id: int | None = None
    co_organisers: str = ""
    languages: str = ""
    topic: str = ""
    note: str = ""
    support_per_attendee: int = 0


@dataclass(frozen=True)
class SessionFilter:
    """What the list shows: a period (inclusive), a commune, a kind; ``None`` means any."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    commune_code: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions list."""

    id: int
    version: int
    kind: str
    kind_label: str
    held_on: dt.date
    time_text: str
    commune_name: str
    village_name: str
    venue: str
    organiser: str
    topic: str
    listed: int
    attended: int
    enrolled: int
    support_total: int


@dataclass(frozen=True)
class SessionRecord:
    """A stored session for the form and the attendance screens, with its version."""

    id: int
    version: int
    data: SessionInput
    commune_name: str
    village_name: str
    organiser_agent_name: str
    languages_list: tuple[str, ...] = field(default_factory=tuple)
    clan_name: str = ""

    @property
    def kind_label(self) -> str:
        return SESSION_KINDS.get(self.data.kind, self.data.kind)

    @property
    def place_text(self) -> str:
        """"Nhà văn hóa Buôn Ea Tul, Buôn Ea Tul, Xã Ea Tul"."""
        venue = self.data.venue
        extra = [part for part in (self.village_name, self.commune_name) if part and part not in venue]
        return ", ".join([venue, *extra] if venue else extra)

    @property
    def caption(self) -> str:
        """"Hội nghị tuyên truyền — 22/11/2026 — Buôn Ea Tul"."""
        place = self.village_name or self.commune_name
        return " — ".join(part for part in (self.kind_label, format_date(self.data.held_on), place) if part)


def normalize_time(text: str) -> str:
    """"8", "8:30", "08h30", "0830" -> "08:00" / "08:30"; "" stays "" (the time is optional)."""
    text = text.strip()
    if not text:
        return ""
    digits = text.replace(" ", "")
    if digits.isdigit() and len(digits) == 4:
        digits = f"{digits[:2]}:{digits[2:]}"
    match = _TIME.match(digits)
    if match is None:
        raise ValidationError("Giờ phải viết dạng 08:00 (giờ:phút).", "starts_at")
    return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"


def split_languages(text: str) -> tuple[str, ...]:
    """"Kinh, Ê Đê;M'nông" -> ("Kinh", "Ê Đê", "M'nông"), without repeats."""
    seen: list[str] = []
    for part in re.split(r"[,;/]", text):
        part = normalize_spaces(part)
        if part and part not in seen:
            seen.append(part)
    return tuple(seen)


def _clean(data: SessionInput) -> tuple[SessionInput, dict[str, str]]:
    errors: dict[str, str] = {}
    kind = data.kind
    if kind not in SESSION_KINDS:
        errors["kind"] = f"Hình thức “{kind}” không có trong danh mục."
    if data.held_on is None:
        errors["held_on"] = "Chưa nhập ngày tổ chức."
    times: dict[str, str] = {}
    for name in ("starts_at", "ends_at"):
        try:
            times[name] = normalize_time(getattr(data, name))
        except ValidationError as error:
            errors[name] = error.message
            times[name] = ""
    if times["starts_at"] and times["ends_at"] and times["ends_at"] <= times["starts_at"]:
        errors.setdefault("ends_at", "Giờ kết thúc phải sau giờ bắt đầu.")
    if not data.commune_code:
        errors["commune_code"] = "Chưa chọn xã, phường nơi tổ chức."
    texts = {name: normalize_spaces(getattr(data, name)) for name in ("venue", "organiser", "topic")}
    for name, limit in _LIMITS.items():
        value = texts.get(name, data.languages)
        if len(value) > limit:
            errors[name] = f"Nội dung dài quá {limit} ký tự."
    if not texts["venue"]:
        errors["venue"] = "Chưa nhập địa điểm tổ chức."
    if not texts["organiser"] and data.organiser_agent_id is None:
        errors["organiser"] = "Chưa nhập đơn vị hoặc người tổ chức."
    if data.support_per_attendee < 0 or data.support_per_attendee > MAX_SUPPORT:
        errors["support_per_attendee"] = "Tiền hỗ trợ mỗi người phải từ 0 đến 10.000.000 đ."
    clean = SessionInput(
        kind=kind, held_on=data.held_on, starts_at=times["starts_at"], ends_at=times["ends_at"],
        commune_code=data.commune_code.strip(), village_id=data.village_id, clan_id=data.clan_id,
        venue=texts["venue"],
        organiser=texts["organiser"], organiser_agent_id=data.organiser_agent_id,
        co_organisers=data.co_organisers.strip(), languages=", ".join(split_languages(data.languages)),
        topic=texts["topic"], note=data.note.strip(), support_per_attendee=data.support_per_attendee,
    )
    return clean, errors


def validate_session(data: SessionInput) -> dict[str, str]:
    """Each field's own rules, without the database: field name -> Vietnamese message."""
    errors = _clean(data)[1]
    return {name: errors[name] for name in FIELDS if name in errors}


def _check_places(session: Session, data: SessionInput) -> None:
    served = set(session.scalars(select(OfficeCommune.commune_code)))
    if data.commune_code not in served:
        raise ValidationError("Xã, phường này không thuộc địa bàn đơn vị phụ trách.", "commune_code")
    if data.village_id is not None:
        village = session.get(Village, data.village_id)
        if village is None or village.commune_code != data.commune_code:
            raise ValidationError("Thôn, buôn đã chọn không thuộc xã, phường này.", "village_id")
    if data.clan_id is not None:
        clan = session.get(Clan, data.clan_id)
        if clan is None or clan.commune_code != data.commune_code:
            raise ValidationError("Dòng họ đã chọn không thuộc xã, phường này.", "clan_id")
    if data.organiser_agent_id is not None and session.get(Agent, data.organiser_agent_id) is None:
        raise ValidationError("Không có nhân viên thu này (có thể vừa bị xoá).", "organiser_agent_id")


def _validated(session: Session, data: SessionInput) -> SessionInput:
    clean, errors = _clean(data)
    for name in FIELDS:
        if name in errors:
            raise ValidationError(errors[name], name)
    _check_places(session, clean)
    return clean


def _apply(row: OutreachSession, data: SessionInput) -> None:
    assert data.held_on is not None
    row.kind, row.held_on = data.kind, data.held_on
    row.starts_at, row.ends_at = data.starts_at, data.ends_at
    row.commune_code, row.village_id, row.clan_id = data.commune_code, data.village_id, data.clan_id
    row.venue, row.organiser, row.organiser_agent_id = data.venue, data.organiser, data.organiser_agent_id
    row.co_organisers, row.languages, row.topic = data.co_organisers, data.languages, data.topic
    row.note, row.support_per_attendee = data.note, data.support_per_attendee


def _audit_fields(row: OutreachSession) -> dict[str, object]:
    return {name: getattr(row, name) for name in FIELDS}


def _summary(row: OutreachSession) -> str:
    return f"{SESSION_KINDS.get(row.kind, row.kind)} ngày {format_date(row.held_on)} tại {row.venue}"


def create_session(db: Database, actor: Actor, data: SessionInput) -> int:
    """Record a session; returns its id."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clean = _validated(session, data)
        row = OutreachSession()
        _apply(row, clean)
        session.add(row)
        session.flush()
        record(session, actor, "create", ENTITY, row.id, f"Thêm {_summary(row)}", diff({}, _audit_fields(row)))
        return row.id


def current_session(session: Session, session_id: int, expected_version: int | None = None) -> OutreachSession:
    """The session row, checked against the version the user opened when one is given."""
    row = session.get(OutreachSession, session_id)
    if expected_version is not None:
        check_version(RECORD_LABEL, row.version if row is not None else None, expected_version)
    if row is None:
        raise NotFoundError("Không tìm thấy buổi tuyên truyền này; có thể đã bị xoá ở máy khác. Hãy tải lại danh sách.")
    return row


def update_session(db: Database, actor: Actor, session_id: int, expected_version: int, data: SessionInput) -> int:
    """Save the form over the version the user opened; returns the new version."""
    require(actor, Permission.EDIT_REGISTER)
    try:
        with db.unit_of_work() as session:
            row = current_session(session, session_id, expected_version)
            clean = _validated(session, data)
            before = _audit_fields(row)
            _apply(row, clean)
            changes = diff(before, _audit_fields(row))
            if not changes:
                return row.version
            session.flush()
            record(session, actor, "update", ENTITY, row.id, f"Sửa {_summary(row)}", changes)
            return row.version
    except StaleDataError as error:
        raise ConcurrentEditError(_STALE_MESSAGE) from error


def delete_session(db: Database, actor: Actor, session_id: int, expected_version: int) -> None:
    """Remove a session and its attendance lines; payments that named it keep the payment, lose the link."""
    require(actor, Permission.EDIT_REGISTER)
    try:
        with db.unit_of_work() as session:
            row = current_session(session, session_id, expected_version)
            fields = _audit_fields(row)
            summary = f"Xoá {_summary(row)}"
            lines = session.scalar(select(func.count()).select_from(Attendance)
                                   .where(Attendance.session_id == session_id)) or 0
            session.execute(delete(Attendance).where(Attendance.session_id == session_id))
            for enrollment in session.scalars(select(Enrollment).where(Enrollment.session_id == session_id)):
                enrollment.session_id = None
            session.delete(row)
            session.flush()
            if lines:
                summary += f" và {lines} dòng danh sách tham dự"
            record(session, actor, "delete", ENTITY, session_id, summary,
                   {key: (value, None) for key, value in fields.items() if value not in (None, "", 0)})
    except StaleDataError as error:
        raise ConcurrentEditError(_STALE_MESSAGE) from error


def list_sessions(db: Database, criteria: SessionFilter = SessionFilter(), limit: int = 2000) -> list[SessionRow]:
    """Sessions matching the filter, newest first, with their attendance counts."""
    listed = (select(Attendance.session_id, func.count().label("listed"),
                     func.sum(case((Attendance.attended.is_(True), 1), else_=0)).label("attended"))
              .group_by(Attendance.session_id).subquery())
    linked = (select(Enrollment.session_id, func.count(func.distinct(Enrollment.person_id)).label("enrolled"))
              .where(Enrollment.session_id.is_not(None), Enrollment.status != "cancelled")
              .group_by(Enrollment.session_id).subquery())
    query = (
        select(OutreachSession, Commune.name, Village.name, listed.c.listed, listed.c.attended, linked.c.enrolled)
        .join(Commune, Commune.code == OutreachSession.commune_code)
        .outerjoin(Village, Village.id == OutreachSession.village_id)
        .outerjoin(listed, listed.c.session_id == OutreachSession.id)
        .outerjoin(linked, linked.c.session_id == OutreachSession.id)
    )
    if criteria.date_from is not None:
        query = query.where(OutreachSession.held_on >= criteria.date_from)
    if criteria.date_to is not None:
        query = query.where(OutreachSession.held_on <= criteria.date_to)
    if criteria.commune_code:
        query = query.where(OutreachSession.commune_code == criteria.commune_code)
    if criteria.kind:
        query = query.where(OutreachSession.kind == criteria.kind)
    query = query.order_by(OutreachSession.held_on.desc(), OutreachSession.id.desc()).limit(limit)
    with db.reading() as session:
        rows = []
        for row, commune, village, n_listed, n_attended, n_enrolled in session.execute(query):
            attended = int(n_attended or 0)
            rows.append(SessionRow(
                id=row.id, version=row.version, kind=row.kind, kind_label=SESSION_KINDS.get(row.kind, row.kind),
                held_on=row.held_on, time_text=time_range(row.starts_at, row.ends_at), commune_name=commune,
                village_name=village or "", venue=row.venue, organiser=row.organiser, topic=row.topic,
                listed=int(n_listed or 0), attended=attended, enrolled=int(n_enrolled or 0),
                support_total=attended * row.support_per_attendee,
            ))
        return rows


def time_range(starts_at: str, ends_at: str) -> str:
    """"08:00–10:30", "08:00" or ""."""
    if starts_at and ends_at:
        return f"{starts_at}–{ends_at}"
    return starts_at or ends_at


def load_session(db: Database, session_id: int) -> SessionRecord:
    """One session with the names shown beside its ids."""
    with db.reading() as session:
        row = current_session(session, session_id)
        commune = session.get(Commune, row.commune_code)
        village = session.get(Village, row.village_id) if row.village_id is not None else None
        agent = session.get(Agent, row.organiser_agent_id) if row.organiser_agent_id is not None else None
        clan = session.get(Clan, row.clan_id) if row.clan_id is not None else None
        data = SessionInput(
            kind=row.kind, held_on=row.held_on, starts_at=row.starts_at, ends_at=row.ends_at,
            commune_code=row.commune_code, village_id=row.village_id, clan_id=row.clan_id, venue=row.venue,
            organiser=row.organiser,
            organiser_agent_id=row.organiser_agent_id, co_organisers=row.co_organisers, languages=row.languages,
            topic=row.topic, note=row.note, support_per_attendee=row.support_per_attendee,
        )
        return SessionRecord(
            id=row.id, version=row.version, data=data, commune_name=commune.name if commune else "",
            village_name=village.name if village else "",
            organiser_agent_name=f"{agent.full_name} ({agent.code})" if agent else "",
            languages_list=split_languages(row.languages), clan_name=clan.name if clan else "",
        )
