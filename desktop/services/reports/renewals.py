"""R6 — renewal call list: cards and VSI months ending soon or lapsed lately.

One section per agent and village, the way agents work through their
villages: name, birth, CCCD (by its last four digits unless the desk asks for
the full number), address, phone, scheme, end date, how many days are
left (or overdue), a box to tick once the person was reached, and room for
the outcome. Built on ``services.expiring``, which the on-screen list uses too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from desktop.db import Database
from desktop.domain.formatting import format_date
from desktop.domain.masking import mask_id
from desktop.domain.participation import HI_SCHEMES
from desktop.models import Commune, Person, Village
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.results import ReportTotals
from desktop.services.errors import ServiceError
from desktop.services.expiring import (
    DEFAULT_LAPSED_DAYS,
    DEFAULT_SCHEMES,
    ExpiringGroup,
    ExpiringRow,
    expiring_list,
)
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    ReportParams,
    address_text,
    commune_in_address,
    joined,
    office_letterhead,
    resolve_agent,
    resolve_commune,
    scope_caption,
)

TITLE = "DANH SÁCH NGƯỜI CẦN GIA HẠN THẺ BHYT, BHXH TỰ NGUYỆN"
MAX_DAYS = 366
_CHUNK = 900


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "", 8, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "", 34),
        Column("birth", "Ngày sinh", "", 17, "date"),
        Column("cccd", "Số CCCD", "", 24, align="center", wrap=False),
        Column("address", "Địa chỉ", "", 31),
        Column("phone", "Số điện thoại", "", 21, align="center", wrap=False),
        Column("scheme", "Loại hình", "", 28),
        Column("valid_to", "Hạn đến", "", 17, "date"),
        Column("status", "Tình trạng", "", 27),
        Column("called", "Đã liên hệ", "", 12, "tick"),
        Column("note", "Kết quả, ghi chú", "", 27),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """People to call, by agent then village: ends in the next ``params.days`` days or lapsed in the last 90."""
    if not 0 <= params.days <= MAX_DAYS:
        raise ServiceError(f"Số ngày tới phải từ 0 đến {MAX_DAYS}.")
    schemes: Sequence[str] = DEFAULT_SCHEMES
    if params.scheme:
        if params.scheme not in (*HI_SCHEMES, "VSI"):
            raise ServiceError(f"Không có loại hình “{params.scheme}”.")
        schemes = (params.scheme,)
    commune = resolve_commune(db, params.commune_code)
    agent = resolve_agent(db, params.agent_code)
    today = params.report_date
    groups = expiring_list(
        db, today, ahead_days=params.days, lapsed_days=DEFAULT_LAPSED_DAYS,
        agent_id=agent.id if agent else None, commune_code=commune.code if commune else None, schemes=schemes,
    )
    details = _details(db, (row.person_id for group in groups for row in group.rows), params.mask_ids)
    sections = [
        Section([_row(row, details) for row in village.rows], _section_label(group, village.village_name,
                                                                                 village.commune_name))
        for group in groups
        for village in group.villages
    ]
    start = today - dt.timedelta(days=DEFAULT_LAPSED_DAYS)
    end = today + dt.timedelta(days=params.days)
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(f"Hết hạn từ ngày {format_date(start)} đến ngày {format_date(end)}",
                        scope_caption(commune, agent)),
        orientation="landscape",
        columns=columns(),
        info_lines=(
            f"Gồm người sắp hết hạn trong {params.days} ngày tới và người đã hết hạn trong "
            f"{DEFAULT_LAPSED_DAYS} ngày qua, tính đến ngày {format_date(today)}.",
        ),
        footer_lines=(_count_line,),
        sheet_name="Cần gia hạn",
        font_size=9.0,
    )
    data = ReportData(sections or [Section([])], grand_total=False)
    return BuiltReport(definition, data, office_letterhead(db, today), f"Danh-sach-gia-han_{today:%d-%m-%Y}")


def _section_label(group: ExpiringGroup, village: str, commune: str) -> str:
    agent = group.agent_name
    if group.agent_code:
        agent = f"Nhân viên thu: {group.agent_name} ({group.agent_code})"
        if group.agent_phone:
            agent += f", ĐT {group.agent_phone}"
    place = ", ".join(part for part in (village, commune_in_address(commune)) if part)
    return f"{agent} — {place}"


def _row(row: ExpiringRow, details: dict[int, tuple[str, str]]) -> CellRow:
    if row.days_left < 0:
        status = f"Quá hạn {-row.days_left} ngày"
    elif row.days_left == 0:
        status = "Hết hạn hôm nay"
    else:
        status = f"Còn {row.days_left} ngày"
    address, cccd = details.get(row.person_id, ("", ""))
    return {
        "name": row.full_name,
        "birth": row.birth,
        "cccd": cccd,
        "address": address,
        "phone": row.phone,
        "scheme": row.scheme_label,
        "valid_to": row.valid_to,
        "status": status,
        "called": False,
        "note": "",
    }


def _details(db: Database, person_ids: Iterable[int], mask_ids: bool) -> dict[int, tuple[str, str]]:
    """Address line and CCCD of each person (the CCCD masked unless asked otherwise)."""
    ids = sorted(set(person_ids))
    result: dict[int, tuple[str, str]] = {}
    with db.reading() as session:
        for first in range(0, len(ids), _CHUNK):
            chunk = ids[first:first + _CHUNK]
            rows = session.execute(
                select(Person.id, Person.address, Village.name, Commune.name, Person.cccd)
                .outerjoin(Village, Village.id == Person.village_id)
                .outerjoin(Commune, Commune.code == Village.commune_code)
                .where(Person.id.in_(chunk))
            )
            for pid, address, village, commune, cccd in rows:
                result[pid] = (address_text(address, village, commune), (mask_id(cccd) if mask_ids else cccd) or "")
    return result


def _count_line(totals: ReportTotals) -> str:
    return f"Tổng số: {totals.row_count} lượt cần gia hạn."
