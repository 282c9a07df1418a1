"""R3 — HI coverage and voluntary-SI participation by commune, against targets.

HI participants are persons holding a valid HI card on the reference day
(from the enrollments, so a past day gives that day's figure); VSI
participants likewise have paid-up months covering the day. Denominators are
the commune's figures for the day's year (the latest earlier year when
missing). The office's rates are worked out from the summed figures, never
averaged over communes. Two charts follow the table: HI coverage against
the target and VSI participants against the plan, by commune.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.domain.participation import HI_SCHEMES
from desktop.models import (
    Commune,
    CommuneFigure,
    Enrollment,
    OfficeCommune,
    Person,
    Target,
    Village,
)
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.charts import Figure
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    CommuneRef,
    ReportParams,
    office_letterhead,
    resolve_commune,
)
from desktop.services.reports.figures import coverage_figure, vsi_figure

TITLE = "BÁO CÁO TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ VÀ THAM GIA BẢO HIỂM XÃ HỘI TỰ NGUYỆN"
HI_GROUP = "Bảo hiểm y tế"
VSI_GROUP = "Bảo hiểm xã hội tự nguyện"
_KIND_ORDER = {"year": 0, "quarter": 1, "month": 2, "week": 3}


@dataclass(frozen=True)
class CommuneCoverage:
    """One commune's figures on the reference day; rates in percent, targets in basis points."""

    code: str
    name: str
    population: int | None
    hi_participants: int
    hi_target_bp: int | None
    working_age: int | None
    vsi_participants: int
    vsi_share_bp: int | None

    @property
    def hi_rate(self) -> float | None:
        return self.hi_participants * 100 / self.population if self.population else None

    @property
    def vsi_rate(self) -> float | None:
        return self.vsi_participants * 100 / self.working_age if self.working_age else None

    @property
    def vsi_plan(self) -> int | None:
        """Participants the VSI share target asks for (rounded half up)."""
        if self.vsi_share_bp is None or self.working_age is None:
            return None
        return (self.vsi_share_bp * self.working_age * 2 + 10_000) // 20_000

    @property
    def people_needed(self) -> int | None:
        """More HI participants needed to reach the target (0 once reached)."""
        if self.hi_target_bp is None or not self.population:
            return None
        return max(0, math.ceil(self.hi_target_bp * self.population / 10_000) - self.hi_participants)


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("commune", "Xã, phường", "B", 30),
        Column("population", "Dân số", "1", 17, "int", total=True, group=HI_GROUP),
        Column("hi", "Số người có thẻ BHYT", "2", 19, "int", total=True, group=HI_GROUP),
        Column("hi_rate", "Tỷ lệ bao phủ (%)", "3 = 2/1", 16, "percent", group=HI_GROUP),
        Column("hi_target", "Chỉ tiêu (%)", "4", 14, "percent", group=HI_GROUP),
        Column("hi_gap", "Còn thiếu (điểm %)", "5 = 4 - 3", 16, "percent", group=HI_GROUP),
        Column("hi_needed", "Số người cần vận động thêm", "6", 19, "int", total=True, group=HI_GROUP),
        Column("working_age", "Dân số trong độ tuổi lao động", "7", 19, "int", total=True, group=VSI_GROUP),
        Column("vsi", "Số người tham gia", "8", 17, "int", total=True, group=VSI_GROUP),
        Column("vsi_rate", "Tỷ lệ (%)", "9 = 8/7", 14, "percent", group=VSI_GROUP),
        Column("vsi_plan", "Kế hoạch (người)", "10", 16, "int", total=True, group=VSI_GROUP),
        Column("vsi_plan_pct", "Đạt (% kế hoạch)", "11 = 8/10", 16, "percent", group=VSI_GROUP),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """Coverage of every office commune (or one) on ``date_to`` (default: the report date)."""
    on = params.date_to or params.report_date
    commune = resolve_commune(db, params.commune_code)
    with db.reading() as session:
        rows = commune_coverage(session, on, [commune] if commune else None)
        office_target = _office_target(session, on)
        unplaced = _unplaced(session, on)
    hi_target = office_target if office_target is not None else _weighted_target(rows)
    all_planned = bool(rows) and all(row.vsi_plan is not None for row in rows)
    notes = [
        "- Số người có thẻ BHYT: người có thẻ BHYT còn giá trị sử dụng vào ngày báo cáo; "
        "số người tham gia BHXH tự nguyện: người đã đóng đến tháng có ngày báo cáo.",
        "- Kế hoạch BHXH tự nguyện: theo chỉ tiêu tỷ lệ tham gia được giao cho xã (nếu có).",
    ]
    if unplaced:
        notes.append(f"- Có {format_int(unplaced)} người tham gia chưa rõ thôn, xã, không tính vào bảng.")
    definition = ReportDefinition(
        title=TITLE,
        subtitle=" - ".join(part for part in (f"Tính đến ngày {format_date(on)}", commune.name if commune else "")
                            if part),
        orientation="landscape",
        columns=columns(),
        info_lines=(f"Dân số theo số liệu năm {on.year} (hoặc năm gần nhất trước đó).",),
        footer_lines=(_office_line(rows, hi_target, all_planned),),
        notes=tuple(notes),
        total_label="Toàn đơn vị",
        sheet_name="Bao phủ",
        font_size=9.0,
        figures=_figures(rows, on),
    )
    data = ReportData([Section([_row(row) for row in rows])], grand_total=True)
    return BuiltReport(definition, data, office_letterhead(db, params.report_date), f"Bao-phu_{on:%d-%m-%Y}")


def _figures(rows: list[CommuneCoverage], on: dt.date) -> tuple[Figure, ...]:
    """HI coverage against target (communes with a population) and VSI against plan."""
    counted = [row for row in rows if row.hi_rate is not None]
    return (
        coverage_figure([r.name for r in counted], [round(r.hi_rate or 0.0, 2) for r in counted],
                        [None if r.hi_target_bp is None else r.hi_target_bp / 100 for r in counted], on.year,
                        span="half"),
        vsi_figure([r.name for r in rows], [r.vsi_participants for r in rows], [r.vsi_plan for r in rows],
                   span="half"),
    )


def commune_coverage(session: Session, on: dt.date, communes: Iterable[CommuneRef] | None = None
                     ) -> list[CommuneCoverage]:
    """Figures of the given communes (default: every office commune), in name order."""
    if communes is None:
        chosen = [CommuneRef(code, name) for code, name in session.execute(
            select(Commune.code, Commune.name).join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
            .order_by(Commune.name_key))]
    else:
        chosen = list(communes)
    codes = [c.code for c in chosen]
    figures: dict[str, tuple[int, int]] = {}
    for code, population, working in session.execute(
        select(CommuneFigure.commune_code, CommuneFigure.population, CommuneFigure.working_age_population)
        .where(CommuneFigure.commune_code.in_(codes), CommuneFigure.year <= on.year).order_by(CommuneFigure.year)
    ):
        figures[code] = (population, working)  # a later year replaces an earlier one
    hi = _covered(session, on, HI_SCHEMES, codes)
    vsi = _covered(session, on, ("VSI",), codes)
    hi_targets = _targets(session, on, "hi_coverage", codes)
    vsi_targets = _targets(session, on, "vsi_share", codes)
    return [
        CommuneCoverage(
            c.code, c.name,
            figures[c.code][0] if c.code in figures else None, hi.get(c.code, 0), hi_targets.get(c.code),
            figures[c.code][1] if c.code in figures else None, vsi.get(c.code, 0), vsi_targets.get(c.code),
        )
        for c in chosen
    ]


def _covering(on: dt.date, schemes: Iterable[str]) -> list[object]:
    return [Enrollment.valid_from <= on, Enrollment.valid_to >= on, Enrollment.status != "cancelled",
            Enrollment.scheme.in_(list(schemes))]


def _covered(session: Session, on: dt.date, schemes: Iterable[str], codes: list[str]) -> dict[str, int]:
    """Distinct persons covered on ``on`` per commune."""
    rows = session.execute(
        select(Village.commune_code, func.count(func.distinct(Enrollment.person_id)))
        .select_from(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .join(Village, Village.id == Person.village_id)
        .where(and_(*_covering(on, schemes)), Village.commune_code.in_(codes))  # type: ignore[arg-type]
        .group_by(Village.commune_code)
    )
    return {code: count for code, count in rows}


def _unplaced(session: Session, on: dt.date) -> int:
    """Participants covered on the day whose village is unknown (left out of the table)."""
    return session.scalar(
        select(func.count(func.distinct(Enrollment.person_id)))
        .select_from(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .where(and_(*_covering(on, (*HI_SCHEMES, "VSI"))), Person.village_id.is_(None))  # type: ignore[arg-type]
    ) or 0


def _targets(session: Session, on: dt.date, metric: str, codes: list[str]) -> dict[str, int]:
    """Commune target (basis points) in force on the day; a yearly target wins over finer ones."""
    rows = session.execute(
        select(Target.commune_code, Target.period_kind, Target.period_start, Target.value)
        .where(Target.scope_kind == "commune", Target.metric == metric, Target.commune_code.in_(codes),
               Target.period_start <= on, Target.period_end >= on)
    ).all()
    best: dict[str, tuple[tuple[int, dt.date], int]] = {}
    for code, kind, start, value in rows:
        rank = (_KIND_ORDER.get(kind, 9), start)
        if code is not None and (code not in best or rank < best[code][0]):
            best[code] = (rank, value)
    return {code: value for code, (_, value) in best.items()}


def _office_target(session: Session, on: dt.date) -> int | None:
    rows = session.execute(
        select(Target.period_kind, Target.value)
        .where(Target.scope_kind == "office", Target.metric == "hi_coverage",
               Target.period_start <= on, Target.period_end >= on)
    ).all()
    return min(rows, key=lambda r: _KIND_ORDER.get(r[0], 9))[1] if rows else None


def _weighted_target(rows: list[CommuneCoverage]) -> int | None:
    """The office's HI target as the communes' targets weighted by population."""
    weighted = [(row.hi_target_bp, row.population) for row in rows if row.hi_target_bp is not None and row.population]
    population = sum(p for _, p in weighted if p)
    if not weighted or not population:
        return None
    return round(sum(t * (p or 0) for t, p in weighted if t is not None) / population)


def _row(row: CommuneCoverage) -> CellRow:
    hi_rate, vsi_rate, plan = row.hi_rate, row.vsi_rate, row.vsi_plan
    target = row.hi_target_bp / 100 if row.hi_target_bp is not None else None
    return {
        "commune": row.name,
        "population": row.population,
        "hi": row.hi_participants,
        "hi_rate": _pct(hi_rate),
        "hi_target": target,
        "hi_gap": _pct(max(0.0, target - hi_rate)) if target is not None and hi_rate is not None else None,
        "hi_needed": row.people_needed,
        "working_age": row.working_age,
        "vsi": row.vsi_participants,
        "vsi_rate": _pct(vsi_rate),
        "vsi_plan": plan,
        "vsi_plan_pct": _pct(row.vsi_participants * 100 / plan) if plan else None,
    }


def _pct(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def _office_line(rows: list[CommuneCoverage], hi_target_bp: int | None, all_planned: bool) -> str:
    """The office's rates from the summed figures of the communes that have them (never averaged)."""
    counted = [row for row in rows if row.population]
    population, hi = sum(r.population or 0 for r in counted), sum(r.hi_participants for r in counted)
    with_working = [row for row in rows if row.working_age]
    working, vsi = sum(r.working_age or 0 for r in with_working), sum(r.vsi_participants for r in with_working)
    plan = sum(r.vsi_plan or 0 for r in rows)
    parts = []
    if population:
        rate = hi * 100 / population
        text = f"tỷ lệ bao phủ BHYT {format_percent(rate)}"
        if hi_target_bp is not None:
            gap = max(0.0, hi_target_bp / 100 - rate)
            text += f" (chỉ tiêu {format_percent(hi_target_bp / 100)}, còn thiếu {format_percent(gap)[:-1]} điểm %)"
        parts.append(text)
    if working:
        text = f"tỷ lệ tham gia BHXH tự nguyện {format_percent(vsi * 100 / working)} dân số trong độ tuổi lao động"
        if all_planned and plan:
            text += f", đạt {format_percent(vsi * 100 / plan)} kế hoạch"
        parts.append(text)
    if not parts:
        return "Chưa có số liệu dân số của các xã."
    line = "Toàn đơn vị: " + "; ".join(parts) + "."
    if len(counted) < len(rows):
        line += " Xã chưa có số liệu dân số không tính vào tỷ lệ toàn đơn vị."
    return line
