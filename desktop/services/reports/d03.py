"""R1 — D03-TS: list of HI-only participants (QĐ 490/QĐ-BHXH, 2023).

Section "I. Tăng": HI enrollments (household, student, state-supported)
whose receipt date falls in the period, new and renewed; section "II. Giảm":
enrollments stopped in the period (the first uncovered day in the period).
Wording and column codes follow the real blank form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.db import Database
from desktop.domain import rates as rate_keys
from desktop.domain.formatting import format_int, format_money
from desktop.domain.participation import HI_SCHEMES, SEX_LABELS
from desktop.models import Agent, CollectionOrganisation, Commune, Enrollment, Person, Village
from desktop.reports import Column, ReportDefinition, SignatureBlock
from desktop.reports.official import QD490_BASIS
from desktop.reports.results import ReportTotals
from desktop.services.errors import ServiceError
from desktop.services.rates import load_rate_table
from desktop.services.reports.common import (
    AgentRef,
    AnySelect,
    BuiltReport,
    CellRow,
    CommuneRef,
    ReportParams,
    address_text,
    birth_cell,
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

TITLE = "DANH SÁCH NGƯỜI CHỈ THAM GIA BẢO HIỂM Y TẾ"
FORM_CODE = "Mẫu D03-TS"

_GROUPS: dict[str, tuple[str, str, str]] = {
    "HI-HH": ("Hộ gia đình", "GD", "Người tham gia tự đóng"),
    "HI-STU": ("Học sinh, sinh viên", "HS", "Người tham gia đóng, ngân sách nhà nước hỗ trợ"),
    "HI-OTHER": ("Được ngân sách nhà nước đóng, hỗ trợ", "", "Ngân sách nhà nước đóng, hỗ trợ"),
}
"""Scheme -> (participant group, group code on the form, funding source)."""


def columns() -> tuple[Column, ...]:
    """The columns of D03-TS with their official codes, plus the amount collected."""
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "B", 30),
        Column("si_code", "Mã số BHXH", "1", 17, align="center", wrap=False),
        Column("id_number", "Số CCCD/ĐDCN/hộ chiếu", "2", 20, align="center", wrap=False),
        Column("birth", "Ngày tháng năm sinh", "3", 16, "date"),
        Column("sex", "Giới tính", "4", 9, align="center"),
        Column("address", "Địa chỉ", "5", 32),
        Column("clinic", "Nơi đăng ký KCB ban đầu", "6", 16),
        Column("receipt_date", "Ngày biên lai", "7", 16, "date"),
        Column("receipt_no", "Số biên lai", "8", 15, align="center", wrap=False),
        Column("pension", "Tiền lương hưu, trợ cấp TN, TS", "9", 14, "money", total=True),
        Column("local_support", "NSĐP", "10", 12, "money", total=True, group="Hỗ trợ thêm"),
        Column("other_support", "Khác", "11", 10, "money", total=True, group="Hỗ trợ thêm"),
        Column("from_month", "Từ tháng", "12", 13, align="center", group="Thời gian tham gia", wrap=False),
        Column("months", "Số tháng", "13", 11, "int", align="center", group="Thời gian tham gia"),
        Column("amount", "Số tiền đóng", "", 16, "money", total=True),
        Column("agent", "Mã số nhân viên thu", "14", 14, align="center", wrap=False),
        Column("note", "Ghi chú", "15", 12),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """D03-TS for the period, optionally one commune, one agent and one HI scheme."""
    start, end = params.period()
    schemes = _schemes(params.scheme)
    commune = resolve_commune(db, params.commune_code)
    agent = resolve_agent(db, params.agent_code)
    increase, decrease = increase_and_decrease(_query(schemes, commune, agent), start, end)
    with db.reading() as session:
        present: set[str] = set()
        for query in (increase, decrease):
            inner = query.order_by(None).with_only_columns(Enrollment.scheme).distinct().subquery()
            present.update(session.scalars(select(inner.c.scheme)))
    # The header describes the groups actually listed (usually one: household HI).
    shown = tuple(s for s in schemes if s in present) or schemes
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(period_caption(start, end), scope_caption(commune, agent)),
        orientation="landscape",
        columns=columns(),
        info_lines=_info_lines(db, shown, end, agent),
        form_code=FORM_CODE,
        form_basis=QD490_BASIS,
        footer_lines=(_card_count,),
        notes=(
            "- Cột 10, 11: số tiền ngân sách địa phương, tổ chức, cá nhân khác hỗ trợ thêm.",
            "- Cột 14 chỉ áp dụng đối với tổ chức dịch vụ thu BHXH tự nguyện, BHYT.",
        ),
        signatures=_signatures(db, params, agent),
        sheet_name="D03-TS",
        font_size=8.0,
    )
    data = increase_and_decrease_data(db, increase, decrease, _increase_row, _decrease_row,
                                      second_part="Tiền lương")
    return BuiltReport(definition, data, office_letterhead(db, params.report_date),
                       f"D03-TS_{period_stem(start, end)}")


def _schemes(scheme: str | None) -> tuple[str, ...]:
    if not scheme:
        return HI_SCHEMES
    if scheme not in HI_SCHEMES:
        raise ServiceError(f"Mẫu D03-TS chỉ gồm người chỉ tham gia BHYT; “{scheme}” không phải loại hình BHYT.")
    return (scheme,)


def _query(schemes: tuple[str, ...], commune: CommuneRef | None, agent: AgentRef | None) -> AnySelect:
    commune_table = aliased(Commune)
    query: AnySelect = (
        select(
            Person.full_name, Person.si_code, Person.cccd, Person.birth_date, Person.birth_precision,
            Person.birth_year, Person.sex, Person.address, Village.name, commune_table.name,
            Enrollment.receipt_date, Enrollment.receipt_no, Enrollment.local_support, Enrollment.other_support,
            Enrollment.valid_from, Enrollment.valid_to, Enrollment.payment_months, Enrollment.amount_paid,
            Agent.code, Enrollment.is_renewal,
        )
        .join(Person, Person.id == Enrollment.person_id)
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(commune_table, commune_table.code == Village.commune_code)
        .outerjoin(Agent, Agent.id == Enrollment.agent_id)
        .where(Enrollment.scheme.in_(schemes))
    )
    return scoped_to(query, commune, agent)


def _person_cells(row: Any) -> CellRow:
    return {
        "name": row[0],
        "si_code": row[1] or "",
        "id_number": row[2] or "",
        "birth": birth_cell(row[3], row[4], row[5]),
        "sex": SEX_LABELS.get(row[6] or "", ""),
        "address": address_text(row[7], row[8], row[9]),
        "clinic": "",
        "receipt_date": row[10],
        "receipt_no": row[11] or "",
        "pension": None,
        "agent": row[18] or "",
    }


def _increase_row(row: Any) -> CellRow:
    return {
        **_person_cells(row),
        "local_support": row[12] or None,
        "other_support": row[13] or None,
        "from_month": month_text(row[14]),
        "months": row[16],
        "amount": row[17],
        "note": "Gia hạn" if row[19] else "",
    }


def _decrease_row(row: Any) -> CellRow:
    return {
        **_person_cells(row),
        "local_support": None,
        "other_support": None,
        "amount": None,
        **stopped_cells(row[14], row[15], row[16]),
    }


def _card_count(totals: ReportTotals) -> str:
    cards = totals.sections[0].row_count if totals.sections else 0
    return f"Tổng số thẻ BHYT đề nghị cấp: {format_int(cards)}"


def _info_lines(db: Database, schemes: tuple[str, ...], end: dt.date, agent: AgentRef | None) -> tuple[str, ...]:
    """The form's header: participant group and code, base salary, funding source, state support share."""
    rates = load_rate_table(db)
    base = rates.find(rate_keys.BASE_SALARY, end)
    student = rates.find(rate_keys.HI_STUDENT_SUPPORT, end)
    shares = {"HI-HH": "0%", "HI-STU": _percent(student), "HI-OTHER": "theo từng đối tượng"}
    groups = "; ".join(_GROUPS[s][0] for s in schemes)
    codes = ", ".join(_GROUPS[s][1] for s in schemes if _GROUPS[s][1])
    if len(schemes) == 1:
        sources = _GROUPS[schemes[0]][2]
        support = shares[schemes[0]]
    else:
        sources = "; ".join(f"{_GROUPS[s][0]}: {_GROUPS[s][2].lower()}" for s in schemes)
        support = "; ".join(f"{_GROUPS[s][0]}: {shares[s]}" for s in schemes)
    lines = [
        f"Đối tượng tham gia: {groups} - Mã đối tượng: {codes or '…'} - "
        f"Lương cơ sở: {format_money(base) if base is not None else '…'}",
        f"Nguồn đóng: {sources}",
        f"Tỷ lệ NSNN hỗ trợ quy định: {support}",
    ]
    if agent is not None:
        organisation = _organisation_of(db, agent)
        if organisation:
            lines.insert(0, f"Tên đơn vị/Điểm thu: {organisation}")
    return tuple(lines)


def _percent(bp: int | None) -> str:
    if bp is None:
        return "…"
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if rest == 0 else f"{bp / 100:.2f}".rstrip("0").replace(".", ",") + "%"


def _organisation_of(db: Database, agent: AgentRef) -> str:
    with db.reading() as session:
        name = session.scalar(
            select(CollectionOrganisation.name)
            .join(Agent, Agent.organisation_id == CollectionOrganisation.id)
            .where(Agent.id == agent.id)
        )
    return name or ""


def _signatures(db: Database, params: ReportParams, agent: AgentRef | None) -> tuple[SignatureBlock, ...] | None:
    """The office's two signers; for one agent's list, the collection organisation signs on the right."""
    if agent is None:
        return None
    letterhead = office_letterhead(db, params.report_date)
    return (
        SignatureBlock(letterhead.preparer_title, agent.name),
        SignatureBlock("Tổ chức dịch vụ thu", "", "(Ký, ghi rõ họ tên và đóng dấu)"),
    )
