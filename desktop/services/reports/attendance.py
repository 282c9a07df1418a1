"""R7 — attendance sheet of one outreach session, printed before it and signed on the day.

Kept as evidence for budget settlement: the invited list (known people with
year of birth, sex, ethnic group, CCCD by its last four digits unless the desk
asks for the full number, village, phone and whether they already
hold a valid HI card on the session day), a wide signature column, and a few
blank lines for people who come without being on the list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select

from desktop.db import Database
from desktop.domain.formatting import format_date, format_money
from desktop.domain.masking import mask_id
from desktop.domain.numwords import amount_in_words
from desktop.domain.outreach import SESSION_KINDS
from desktop.domain.participation import HI_SCHEMES, SEX_LABELS
from desktop.domain.text import fold
from desktop.models import (
    Attendance,
    Clan,
    Commune,
    Enrollment,
    EthnicGroup,
    OutreachSession,
    Person,
    Village,
)
from desktop.reports import Column, ReportData, ReportDefinition, Section, SignatureBlock
from desktop.reports.results import ReportTotals
from desktop.services.errors import NotFoundError, ServiceError
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    ReportParams,
    birth_year_text,
    commune_in_address,
    office_letterhead,
)

BLANK_LINES = 5
TITLES = {"tham_ho": "DANH SÁCH NGƯỜI ĐƯỢC TƯ VẤN TẠI HỘ GIA ĐÌNH"}
SIGN_ROOM = "\n"
"""A line break in the signature cell gives every row two lines of height: room to sign."""


def columns(with_support: bool = False) -> tuple[Column, ...]:
    """The sheet's columns; with a support amount per attendee, a money column the attendee signs for."""
    support = (Column("support", "Tiền hỗ trợ (đồng)", "", 18, "money", total=True),) if with_support else ()
    return (
        Column("stt", "STT", "", 10, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "", 30 - 6 * with_support),
        Column("birth_year", "Năm sinh", "", 11, align="center"),
        Column("sex", "Giới tính", "", 10, align="center"),
        Column("ethnic", "Dân tộc", "", 12, align="center"),
        Column("cccd", "Số CCCD", "", 24, align="center", wrap=False),
        Column("village", "Thôn, buôn", "", 17 - 4 * with_support),
        Column("phone", "Số điện thoại", "", 22, align="center", wrap=False),
        Column("has_hi", "Đã có BHYT?", "", 14, align="center"),
        *support,
        Column("signature", "Ký nhận", "", 25 - 4 * with_support),
        Column("note", "Ghi chú", "", 10),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """The sheet of ``params.session_id``: invited people by name, then blank lines for walk-ins."""
    if params.session_id is None:
        raise ServiceError("Hãy chọn buổi tuyên truyền cần in danh sách.")
    with db.reading() as session:
        found = session.execute(
            select(OutreachSession.id, OutreachSession.kind, OutreachSession.held_on, OutreachSession.starts_at,
                   OutreachSession.ends_at, OutreachSession.venue, OutreachSession.organiser,
                   OutreachSession.co_organisers, OutreachSession.topic, Commune.name, Village.name,
                   OutreachSession.support_per_attendee, Clan.name)
            .join(Commune, Commune.code == OutreachSession.commune_code)
            .outerjoin(Village, Village.id == OutreachSession.village_id)
            .outerjoin(Clan, Clan.id == OutreachSession.clan_id)
            .where(OutreachSession.id == params.session_id)
        ).first()
        if found is None:
            raise NotFoundError(f"Không có buổi tuyên truyền số {params.session_id}.")
        outreach = _Session(*tuple(found))
        insured = exists().where(
            Enrollment.person_id == Attendance.person_id, Enrollment.scheme.in_(HI_SCHEMES),
            Enrollment.status != "cancelled", Enrollment.valid_from <= outreach.held_on,
            Enrollment.valid_to >= outreach.held_on,
        )
        lines = session.execute(
            select(func.coalesce(Person.full_name, Attendance.full_name), Attendance.person_id, Attendance.note, Person.birth_date,
                   Person.birth_year, Person.sex, EthnicGroup.name, Village.name, Person.phone,
                   and_(Attendance.person_id.is_not(None), insured), Person.cccd)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .outerjoin(EthnicGroup, EthnicGroup.code == Person.ethnic_code)
            .outerjoin(Village, Village.id == Person.village_id)
            .where(Attendance.session_id == outreach.id)
        ).all()
    rows = [
        {
            "name": name,
            "birth_year": birth_year_text(birth, year),
            "sex": SEX_LABELS.get(sex or "", ""),
            "ethnic": ethnic or "",
            "cccd": (mask_id(cccd) if params.mask_ids else cccd) or "",
            "village": person_village or "",
            "phone": phone or "",
            "has_hi": ("Có" if has_hi else "Không") if person_id is not None else "",
            "support": outreach.support_per_attendee or None,
            "signature": SIGN_ROOM,
            "note": note or "",
        }
        for name, person_id, note, birth, year, sex, ethnic, person_village, phone, has_hi, cccd in lines
    ]
    rows.sort(key=lambda row: (not row["village"], fold(str(row["village"])), fold(str(row["name"]))))
    kind = SESSION_KINDS.get(outreach.kind, outreach.kind)
    place = ", ".join(
        [outreach.venue] * bool(outreach.venue)
        + [part for part in (outreach.village, commune_in_address(outreach.commune)) if part and part not in outreach.venue]
    )
    hours = " - ".join(part for part in (outreach.starts_at, outreach.ends_at) if part)
    info = [
        f"Thời gian: {hours + ', ' if hours else ''}ngày {format_date(outreach.held_on)}",
        f"Địa điểm: {place}",
    ]
    organisers = "; ".join(part for part in (outreach.organiser, outreach.co_organisers) if part)
    if organisers:
        info.append(f"Đơn vị tổ chức, phối hợp: {organisers}")
    if outreach.clan:
        info.append(f"Tổ chức với dòng họ: {outreach.clan}")
    letterhead = office_letterhead(db, params.report_date)
    definition = ReportDefinition(
        title=TITLES.get(outreach.kind, f"DANH SÁCH NGƯỜI THAM DỰ {kind.upper()}"),
        subtitle=f"Chủ đề: {outreach.topic}" if outreach.topic else "",
        orientation="portrait",
        columns=columns(with_support=outreach.support_per_attendee > 0),
        info_lines=tuple(info),
        footer_lines=(_count_line, _support_line) if outreach.support_per_attendee > 0 else (_count_line,),
        signatures=(
            SignatureBlock("Người lập danh sách", letterhead.preparer_name),
            SignatureBlock("Đại diện thôn, buôn", ""),
            SignatureBlock(letterhead.head_title, letterhead.head_name, letterhead.head_hint),
        ),
        sheet_name="Danh sách ký nhận",
        font_size=10.0,
    )
    blanks: list[CellRow] = [{"signature": SIGN_ROOM} for _ in range(BLANK_LINES)]
    data = ReportData(
        [Section(rows), Section(blanks, "Người đến dự chưa có trong danh sách")],
        grand_total=False,
    )
    return BuiltReport(definition, data, letterhead,
                       f"Danh-sach-ky-nhan_{outreach.held_on:%d-%m-%Y}_buoi-{outreach.id}")


@dataclass(frozen=True)
class _Session:
    id: int
    kind: str
    held_on: dt.date
    starts_at: str
    ends_at: str
    venue: str
    organiser: str
    co_organisers: str
    topic: str
    commune: str
    village: str | None
    support_per_attendee: int
    clan: str | None


def _support_line(totals: ReportTotals) -> str:
    """Budget evidence: the support paid out, in figures and in words."""
    total = int(totals.sums.get("support", 0))
    return f"Tổng số tiền hỗ trợ: {format_money(total)} (bằng chữ: {amount_in_words(total)})."


def _count_line(totals: ReportTotals) -> str:
    invited = totals.sections[0].row_count if totals.sections else 0
    return f"Tổng số người trong danh sách: {invited} người."
