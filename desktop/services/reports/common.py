"""What every report shares: the parameters, the letterhead and the period line.

The letterhead comes from the office profile, so every report the office
prints names the same issuing body, place and signers. Parameters are plain
values (dates, a commune code, an agent code), as the screen and the command
line give them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from sqlalchemy import Select, func, select

from desktop.db import Database
from desktop.domain.dates import PartialDate
from desktop.domain.formatting import format_date
from desktop.domain.periods import add_months, month_end, month_start
from desktop.models import Agent, Commune, Enrollment, OfficeCommune, Village
from desktop.models.enrollments import CANCELLED, STOPPED
from desktop.reports import OfficeLetterhead, Part, ReportData, ReportDefinition, Section
from desktop.reports.definition import CellValue
from desktop.services.errors import NotFoundError, ServiceError
from desktop.services.office import load_office

STREAM_BATCH = 2_000
_ROMAN_QUARTERS = ("I", "II", "III", "IV")

CellRow = dict[str, CellValue]
"""One table row by column key."""
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
"""A SELECT of any columns (SQLAlchemy types a select by its columns)."""


@dataclass(frozen=True)
class ReportParams:
    """What the user asked for; each report reads the fields it needs.

    ``report_date`` is the day printed in the place-and-date line and the
    "today" of reports that look ahead (renewals) or count on a day (coverage).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    commune_code: str | None = None
    agent_code: str | None = None
    session_id: int | None = None
    clan_id: int | None = None
    days: int = 30
    scheme: str | None = None
    report_date: dt.date = field(default_factory=dt.date.today)
    mask_ids: bool = True
    """Lists that leave the office show CCCD as "********6789" (see MASKING_REPORTS);
    the official D03-TS / D05-TS forms always carry the full numbers."""

    def period(self) -> tuple[dt.date, dt.date]:
        """The period asked for; the month of the report date when none was given."""
        start = self.date_from or month_start(self.report_date)
        end = self.date_to or (month_end(start) if self.date_from else month_end(self.report_date))
        if end < start:
            raise ServiceError(
                f"Ngày kết thúc ({format_date(end)}) đứng trước ngày bắt đầu ({format_date(start)}) của kỳ báo cáo."
            )
        return start, end


MASKING_REPORTS = frozenset({"renewals", "attendance", "clan-list"})
"""Reports that honour ``ReportParams.mask_ids``."""


@dataclass(frozen=True)
class BuiltReport:
    """A report ready for the writers: definition, rows and the office's letterhead."""

    definition: ReportDefinition
    data: ReportData
    letterhead: OfficeLetterhead
    file_stem: str
    """Suggested file name without suffix, e.g. "D03-TS_11-2026"."""


@dataclass(frozen=True)
class AgentRef:
    id: int
    code: str
    name: str
    phone: str


@dataclass(frozen=True)
class CommuneRef:
    code: str
    name: str


def office_letterhead(db: Database, report_date: dt.date) -> OfficeLetterhead:
    """The issuing office as its profile says; an error before the first-run setup."""
    office = load_office(db)
    if office is None:
        raise ServiceError("Chưa thiết lập thông tin đơn vị (tên, địa danh, người ký): hãy vào Cài đặt trước khi in báo cáo.")
    return OfficeLetterhead(
        parent_body=office.parent_name,
        unit=office.name,
        place=office.place_name,
        report_date=report_date,
        preparer_name=office.preparer_name,
        head_name=office.head_name,
    )


def period_caption(start: dt.date, end: dt.date) -> str:
    """"Tháng 11 năm 2026", "Quý IV năm 2026", "Năm 2026", else "Từ ngày … đến ngày …"."""
    if start.day == 1 and end == month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 1:
            return f"Tháng {start.month:02d} năm {start.year}"
        if months == 3 and start.month % 3 == 1:
            return f"Quý {_ROMAN_QUARTERS[start.month // 3]} năm {start.year}"
        if months == 12 and start.month == 1:
            return f"Năm {start.year}"
    return f"Từ ngày {format_date(start)} đến ngày {format_date(end)}"


def period_stem(start: dt.date, end: dt.date) -> str:
    """The period in a file name: "11-2026", "Q4-2026", "2026", "01-11-2026_15-11-2026"."""
    if start.day == 1 and end == month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 1:
            return f"{start.month:02d}-{start.year}"
        if months == 3 and start.month % 3 == 1:
            return f"Q{start.month // 3 + 1}-{start.year}"
        if months == 12 and start.month == 1:
            return str(start.year)
    return f"{start:%d-%m-%Y}_{end:%d-%m-%Y}"


def scope_caption(commune: CommuneRef | None, agent: AgentRef | None) -> str:
    """"Xã Ea Kiết - Nhân viên thu: Y Bhim Niê (NV265003)", or "" for the whole office."""
    parts = []
    if commune is not None:
        parts.append(commune.name)
    if agent is not None:
        parts.append(f"Nhân viên thu: {agent.name} ({agent.code})")
    return " - ".join(parts)


def joined(*parts: str) -> str:
    """Non-empty parts joined by " - " (subtitle lines)."""
    return " - ".join(part for part in parts if part)


def resolve_commune(db: Database, code: str | None) -> CommuneRef | None:
    """The office commune with this code; an error for a commune the office does not serve."""
    if not code:
        return None
    with db.reading() as session:
        row = session.execute(
            select(Commune.code, Commune.name)
            .join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
            .where(Commune.code == code.strip())
        ).first()
    if row is None:
        raise NotFoundError(f"Xã, phường mã “{code}” không thuộc địa bàn đơn vị phụ trách.")
    return CommuneRef(row[0], row[1])


def resolve_agent(db: Database, code: str | None) -> AgentRef | None:
    """The agent with this code (case-insensitive); an error for an unknown code."""
    if not code:
        return None
    with db.reading() as session:
        agent = session.scalars(select(Agent).where(Agent.code == code.strip().upper())).first()
        if agent is None:
            agent = session.scalars(select(Agent).where(Agent.code == code.strip())).first()
        if agent is None:
            raise NotFoundError(f"Không có nhân viên thu mã “{code}”.")
        return AgentRef(agent.id, agent.code, agent.full_name, agent.phone or "")


def birth_cell(birth: dt.date | None, precision: str, birth_year: int | None = None) -> CellValue:
    """A date when the day is known, else "03/1980" or "1980" as the record knows it."""
    if birth is None:
        return str(birth_year) if birth_year else None
    if precision == "day":
        return birth
    if precision == "month":
        return PartialDate(birth.year, birth.month).display()
    return str(birth.year)


def birth_year_text(birth: dt.date | None, birth_year: int | None) -> str:
    """The year only (attendance sheets ask for "Năm sinh")."""
    if birth is not None:
        return str(birth.year)
    return str(birth_year) if birth_year else ""


def commune_in_address(name: str) -> str:
    """"Xã Ea Kiết" -> "xã Ea Kiết", as written inside an address."""
    for prefix in ("Xã ", "Phường ", "Thị trấn "):
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix):]
    return name


def address_text(address: str | None, village: str | None, commune: str | None) -> str:
    """"Số 12, Thôn 3, xã Ea Kiết": the person's own address line, then village and commune if not in it."""
    own = (address or "").strip().rstrip(",")
    parts = [own] if own else []
    if village and village not in own:
        parts.append(village)
    if commune:
        written = commune_in_address(commune)
        if written not in own and commune not in own:
            parts.append(written)
    return ", ".join(parts)


def month_text(day: dt.date) -> str:
    """"12/2026": the "Từ tháng" column of collection lists."""
    return f"{day.month:02d}/{day.year}"


def months_between(start: dt.date, stop: dt.date) -> int:
    """Whole months from ``start`` until ``stop`` (the first day no longer covered)."""
    months = (stop.year - start.year) * 12 + stop.month - start.month
    if add_months(start, months) > stop:
        months -= 1
    return max(0, months)


def streamed(db: Database, query: AnySelect, convert: Callable[[Any], CellRow]) -> Iterator[CellRow]:
    """Rows of ``query`` converted one by one, from a reading session of their own.

    The writers read a section once; a list of 100,000 participants never sits
    in memory, and the session closes when the rows run out (or the run is cancelled).
    """
    with db.reading() as session:
        for row in session.execute(query.execution_options(yield_per=STREAM_BATCH)):
            yield convert(row)



def scoped_to(query: AnySelect, commune: CommuneRef | None, agent: AgentRef | None) -> AnySelect:
    """Enrollments of one commune (through the person's village) and/or collected by one agent."""
    if commune is not None:
        query = query.where(Village.commune_code == commune.code)
    if agent is not None:
        query = query.where(Enrollment.agent_id == agent.id)
    return query


def increase_and_decrease(query: AnySelect, start: dt.date, end: dt.date) -> tuple[AnySelect, AnySelect]:
    """The Tăng and Giảm sections of a D03-TS / D05-TS list for the period.

    Tăng: payments (not cancelled) with a receipt dated in the period. Giảm: stopped
    enrollments; a stopped enrollment keeps its last covered day in valid_to and the
    decrease takes effect the day after, which must fall in the period.
    """
    increase = query.where(
        Enrollment.status != CANCELLED, Enrollment.receipt_date >= start, Enrollment.receipt_date <= end
    ).order_by(Enrollment.receipt_date, Enrollment.receipt_no, Enrollment.id)
    decrease = query.where(
        Enrollment.status == STOPPED,
        Enrollment.valid_to >= start - dt.timedelta(days=1),
        Enrollment.valid_to <= end - dt.timedelta(days=1),
    ).order_by(Enrollment.valid_to, Enrollment.id)
    return increase, decrease


def increase_and_decrease_data(db: Database, increase: AnySelect, decrease: AnySelect,
                               increase_row: Callable[[Any], CellRow],
                               decrease_row: Callable[[Any], CellRow], *,
                               second_part: str = "") -> ReportData:
    """The "I Tăng" and "II Giảm" sections, streamed, with their row count for the progress bar.

    The persons are the form's first sub-heading ("I.1 Người tham gia"). ``second_part``
    names the form's second one ("Tiền lương" on D03-TS), printed without rows: the
    application holds no changes of that kind.
    """
    with db.reading() as session:
        total = sum(session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
                    for query in (increase, decrease))

    def parts(numeral: str, rows: Iterable[CellRow]) -> list[Part]:
        listed = [Part(f"{numeral}.1", "Người tham gia", rows)]
        if second_part:
            listed.append(Part(f"{numeral}.2", second_part))
        return listed

    return ReportData(
        [
            Section(label="Tăng", numeral="I", subtotal_label="Cộng tăng",
                    parts=parts("I", streamed(db, increase, increase_row))),
            Section(label="Giảm", numeral="II", subtotal_label="Cộng giảm",
                    parts=parts("II", streamed(db, decrease, decrease_row))),
        ],
        grand_total=False,
        total_rows=total,
    )


def stopped_cells(valid_from: dt.date, valid_to: dt.date, payment_months: int) -> CellRow:
    """A stopped enrollment on the Giảm side: from the day after its last covered day, the months left unused."""
    stop = valid_to + dt.timedelta(days=1)
    return {
        "from_month": month_text(stop),
        "months": max(0, payment_months - months_between(valid_from, stop)),
        "note": f"Dừng từ {stop:%d/%m/%Y}",
    }
