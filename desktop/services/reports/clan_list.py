"""The list a clan's leader and its agent work from: who is not yet covered and whose card runs out.

Three sections, as a village meeting goes through them: members never
insured, members whose card has lapsed, members whose card ends within the
chosen number of days. A box to tick once the person was visited and room
for the outcome; the leader and the agent sign beside the office. CCCD numbers
show their last four digits unless the desk asks for the full number. The
statuses are the clan page's own (``services.clan_figures``).
"""

from __future__ import annotations

from desktop.db import Database
from desktop.domain.clans import MODEL_TARGET_BP
from desktop.domain.coverage import CoverageStatus
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.domain.masking import mask_id
from desktop.domain.participation import SEX_LABELS
from desktop.reports import Column, ReportData, ReportDefinition, Section, SignatureBlock
from desktop.reports.results import ReportTotals
from desktop.services.clan_figures import ClanMember, clan_members
from desktop.services.clans import ClanRecord, load_clan
from desktop.services.errors import ServiceError
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    ReportParams,
    commune_in_address,
    office_letterhead,
)

TITLE = "DANH SÁCH THÀNH VIÊN DÒNG HỌ CẦN VẬN ĐỘNG THAM GIA BẢO HIỂM Y TẾ"
MAX_DAYS = 366


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "", 9, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "", 36),
        Column("birth", "Ngày sinh", "", 19, align="center"),
        Column("sex", "Giới tính", "", 13, align="center"),
        Column("household", "Mã hộ", "", 25, align="center", wrap=False),
        Column("relationship", "Quan hệ với chủ hộ", "", 20),
        Column("village", "Thôn, buôn", "", 24),
        Column("phone", "Số điện thoại", "", 22, align="center", wrap=False),
        Column("cccd", "Số CCCD", "", 24, align="center", wrap=False),
        Column("card_end", "Hạn thẻ BHYT", "", 18, "date"),
        Column("visited", "Đã vận động", "", 14, "tick"),
        Column("note", "Kết quả, ghi chú", "", 30),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """The clan's members to bring in on the report date, and those whose card ends within ``params.days``."""
    if params.clan_id is None:
        raise ServiceError("Hãy chọn dòng họ cần in danh sách.")
    if not 0 <= params.days <= MAX_DAYS:
        raise ServiceError(f"Số ngày tới phải từ 0 đến {MAX_DAYS}.")
    clan = load_clan(db, params.clan_id)
    on = params.report_date
    members = clan_members(db, clan.id, on, params.days)
    covered = sum(m.status in (CoverageStatus.ACTIVE, CoverageStatus.EXPIRING) for m in members)
    sections = [
        Section([_row(m, params.mask_ids) for m in members if m.status is status], label, numeral=numeral)
        for numeral, label, status in (
            ("I", "Chưa tham gia BHYT", CoverageStatus.NEVER),
            ("II", "Thẻ BHYT đã hết hạn", CoverageStatus.EXPIRED),
            ("III", f"Thẻ BHYT hết hạn trong {params.days} ngày tới", CoverageStatus.EXPIRING),
        )
    ]
    rate = f" ({format_percent(covered * 100 / len(members))})" if members else ""
    letterhead = office_letterhead(db, on)
    definition = ReportDefinition(
        title=TITLE,
        subtitle=f"Dòng họ {clan.data.name} — {_place(clan)}",
        orientation="landscape",
        columns=columns(),
        info_lines=tuple(line for line in (
            _leader_line(clan),
            _agent_line(clan),
            f"Tham gia mô hình từ ngày {format_date(clan.data.joined_on)}." if clan.in_model
            else "Dòng họ chưa tham gia mô hình.",
            f"Tính đến ngày {format_date(on)}: {format_int(len(members))} thành viên, {format_int(covered)} người có "
            f"thẻ BHYT{rate}; mục tiêu của mô hình: {format_percent(MODEL_TARGET_BP / 100, 0)} thành viên có thẻ BHYT.",
        ) if line),
        footer_lines=(_count_line,),
        signatures=(
            SignatureBlock("Người lập danh sách", letterhead.preparer_name),
            SignatureBlock("Trưởng tộc, già làng", clan.data.leader_name),
            SignatureBlock("Nhân viên thu", clan.agent_name),
        ),
        sheet_name="Cần vận động",
        font_size=9.0,
    )
    data = ReportData(sections, grand_total=False)
    return BuiltReport(definition, data, letterhead, f"Danh-sach-dong-ho-{clan.id}_{on:%d-%m-%Y}")


def _place(clan: ClanRecord) -> str:
    return ", ".join([*clan.village_names, commune_in_address(clan.commune_name)])


def _leader_line(clan: ClanRecord) -> str:
    if not clan.data.leader_name:
        return ""
    phone = f", điện thoại {clan.data.leader_phone}" if clan.data.leader_phone else ""
    return f"Trưởng tộc, già làng: {clan.data.leader_name}{phone}"


def _agent_line(clan: ClanRecord) -> str:
    if not clan.agent_name:
        return ""
    phone = f", điện thoại {clan.agent_phone}" if clan.agent_phone else ""
    return f"Nhân viên thu theo dõi: {clan.agent_label}{phone}"


def _row(member: ClanMember, mask_ids: bool) -> CellRow:
    return {
        "name": member.full_name,
        "birth": member.birth,
        "sex": SEX_LABELS.get(member.sex or "", ""),
        "household": member.household_code,
        "relationship": member.relationship_name,
        "village": member.village_name,
        "phone": member.phone,
        "cccd": (mask_id(member.cccd) if mask_ids else member.cccd) or "",
        "card_end": member.card_end,
        "visited": False,
        "note": "",
    }


def _count_line(totals: ReportTotals) -> str:
    never, lapsed, expiring = (section.row_count for section in totals.sections)
    return (f"Tổng số: {format_int(never + lapsed)} người cần vận động tham gia BHYT ({format_int(never)} chưa tham "
            f"gia, {format_int(lapsed)} thẻ đã hết hạn); {format_int(expiring)} người cần nhắc gia hạn thẻ.")
