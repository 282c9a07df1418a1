"""R2 — D05-TS: list of voluntary social-insurance participants.

Section "I. Tăng": VSI enrollments with a receipt date in the period;
section "II. Giảm": VSI enrollments stopped in the period. The columns follow
the layout described for D05-TS (QĐ 490/QĐ-BHXH); the support percentages are
worked out from the amounts, as shares of 22% of the rural poverty line for
the months paid (the base of state support under Decree 159/2025).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.db import Database
from desktop.domain import rates as rate_keys
from desktop.domain.formatting import format_int, format_money
from desktop.domain.rates import RateTable
from desktop.models import Agent, Commune, Enrollment, Person, Village
from desktop.reports import Column, ReportDefinition
from desktop.reports.official import QD490_BASIS
from desktop.reports.results import ReportTotals
from desktop.services.rates import load_rate_table
from desktop.services.reports.common import (
    AgentRef,
    AnySelect,
    BuiltReport,
    CellRow,
    CommuneRef,
    ReportParams,
    address_text,
    increase_and_decrease,
    increase_and_decrease_data,
    joined,
    month_text,
    office_letterhead,
    period_caption,
    period_stem,
    resolve_agent,
    resolve_commune,
    scope_caption,
    scoped_to,
    stopped_cells,
)

TITLE = "DANH SÁCH NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI TỰ NGUYỆN"
FORM_CODE = "Mẫu D05-TS"
STATE, LOCAL = "Nhà nước hỗ trợ", "NSĐP hỗ trợ thêm"


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "A", 9, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "B", 28),
        Column("si_code", "Mã số BHXH", "1", 16, align="center", wrap=False),
        Column("id_number", "Số CCCD/ĐDCN/hộ chiếu", "2", 19, align="center", wrap=False),
        Column("address", "Địa chỉ", "3", 28),
        Column("receipt_date", "Ngày biên lai", "4", 15, "date"),
        Column("receipt_no", "Số biên lai", "5", 14, align="center", wrap=False),
        Column("income", "Mức thu nhập tháng đóng BHXH", "6", 15, "money"),
        Column("months", "Số tháng đóng", "7", 10, "int", align="center"),
        Column("from_month", "Từ tháng", "8", 12, align="center", wrap=False),
        Column("due", "Số tiền phải đóng", "9", 16, "money", total=True),
        Column("paid", "Người tham gia đóng", "10", 16, "money", total=True),
        Column("state_pct", "Tỷ lệ (%)", "11", 10, "percent", group=STATE),
        Column("state", "Số tiền", "12", 14, "money", total=True, group=STATE),
        Column("local_pct", "Tỷ lệ (%)", "13", 10, "percent", group=LOCAL),
        Column("local", "Số tiền", "14", 13, "money", total=True, group=LOCAL),
        Column("other", "Hỗ trợ khác", "15", 12, "money", total=True),
        Column("agent", "Mã số nhân viên thu", "16", 13, align="center", wrap=False),
        Column("note", "Ghi chú", "17", 12),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """D05-TS for the period, optionally one commune and one agent."""
    start, end = params.period()
    commune = resolve_commune(db, params.commune_code)
    agent = resolve_agent(db, params.agent_code)
    rates = load_rate_table(db)
    increase, decrease = increase_and_decrease(_query(commune, agent), start, end)
    poverty = rates.find(rate_keys.RURAL_POVERTY_LINE, end)
    vsi_rate = rates.find(rate_keys.VSI_RATE, end)
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(period_caption(start, end), scope_caption(commune, agent)),
        orientation="landscape",
        columns=columns(),
        form_code=FORM_CODE,
        form_basis=QD490_BASIS,
        info_lines=(
            f"Tỷ lệ đóng: {_bp_text(vsi_rate)} mức thu nhập tháng lựa chọn - Chuẩn nghèo khu vực nông thôn: "
            f"{format_money(poverty) if poverty is not None else '…'}",
        ),
        footer_lines=(_count_line,),
        notes=(
            "- Cột 11, 13: tỷ lệ hỗ trợ tính trên mức đóng hằng tháng theo chuẩn nghèo khu vực nông thôn.",
            "- Cột 16 chỉ áp dụng đối với tổ chức dịch vụ thu BHXH tự nguyện, BHYT.",
        ),
        sheet_name="D05-TS",
        font_size=7.5,
    )
    data = increase_and_decrease_data(db, increase, decrease, lambda row: _increase_row(row, rates), _decrease_row)
    return BuiltReport(definition, data, office_letterhead(db, params.report_date),
                       f"D05-TS_{period_stem(start, end)}")


def _query(commune: CommuneRef | None, agent: AgentRef | None) -> AnySelect:
    commune_table = aliased(Commune)
    query: AnySelect = (
        select(
            Person.full_name, Person.si_code, Person.cccd, Person.address, Village.name, commune_table.name,
            Enrollment.receipt_date, Enrollment.receipt_no, Enrollment.chosen_income, Enrollment.payment_months,
            Enrollment.valid_from, Enrollment.valid_to, Enrollment.amount_due, Enrollment.amount_paid,
            Enrollment.state_support, Enrollment.local_support, Enrollment.other_support, Agent.code,
            Enrollment.is_renewal,
        )
        .join(Person, Person.id == Enrollment.person_id)
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(commune_table, commune_table.code == Village.commune_code)
        .outerjoin(Agent, Agent.id == Enrollment.agent_id)
        .where(Enrollment.scheme == "VSI")
    )
    return scoped_to(query, commune, agent)


def _person_cells(row: Any) -> CellRow:
    return {
        "name": row[0],
        "si_code": row[1] or "",
        "id_number": row[2] or "",
        "address": address_text(row[3], row[4], row[5]),
        "receipt_date": row[6],
        "receipt_no": row[7] or "",
        "income": row[8],
        "agent": row[17] or "",
    }


def support_percent(amount: int, months: int, on: dt.date, rates: RateTable) -> float | None:
    """A support amount as % of 22% of the rural poverty line for the months paid (None when no support)."""
    if not amount:
        return None
    poverty = rates.find(rate_keys.RURAL_POVERTY_LINE, on)
    vsi_rate = rates.find(rate_keys.VSI_RATE, on)
    if not poverty or not vsi_rate or months <= 0:
        return None
    base = poverty * vsi_rate * months / 10_000
    return round(amount * 100 / base, 2)


def _increase_row(row: Any, rates: RateTable) -> CellRow:
    months, start = row[9], row[10]
    return {
        **_person_cells(row),
        "months": months,
        "from_month": month_text(start),
        "due": row[12],
        "paid": row[13],
        "state_pct": support_percent(row[14], months, start, rates),
        "state": row[14] or None,
        "local_pct": support_percent(row[15], months, start, rates),
        "local": row[15] or None,
        "other": row[16] or None,
        "note": "Đóng tiếp" if row[18] else "",
    }


def _decrease_row(row: Any) -> CellRow:
    return {**_person_cells(row), **stopped_cells(row[10], row[11], row[9])}


def _bp_text(bp: int | None) -> str:
    if bp is None:
        return "…"
    return f"{bp // 100}%" if bp % 100 == 0 else f"{bp / 100:.2f}".rstrip("0").replace(".", ",") + "%"


def _count_line(totals: ReportTotals) -> str:
    count = totals.sections[0].row_count if totals.sections else 0
    return f"Tổng số người tham gia BHXH tự nguyện tăng trong kỳ: {format_int(count)}"
