"""R5 — outreach results for a period: sessions, attendees and enrolments afterwards, by kind and commune.

One section per kind of session with a row per commune and the kind's
subtotal; the office total at the end and the conversion rates worked out
from the totals. Charts after the table: attendees and enrolled afterwards
by commune, and by kind of session. Figures come from ``services.outreach_results``.
"""

from __future__ import annotations

from desktop.db import Database
from desktop.domain.formatting import format_int, format_percent
from desktop.domain.outreach import SESSION_KINDS
from desktop.domain.text import fold
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.charts import Figure
from desktop.reports.results import ReportTotals
from desktop.services.outreach_results import DEFAULT_WINDOW_DAYS, SessionOutcome, session_outcomes
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    ReportParams,
    joined,
    office_letterhead,
    period_caption,
    period_stem,
    resolve_commune,
)
from desktop.services.reports.figures import sessions_figure, short_commune

TITLE = "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG"
ENROLLED = "Tham gia sau buổi tuyên truyền"


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("commune", "Xã, phường", "B", 40),
        Column("sessions", "Số buổi tổ chức", "1", 18, "int", total=True),
        Column("attendees", "Số người tham dự", "2", 20, "int", total=True),
        Column("enrolled", "Số người tham gia BHXH, BHYT sau buổi tuyên truyền", "3", 30, "int", total=True),
        Column("conversion", "Tỷ lệ (%)", "4 = 3/2", 18, "percent"),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """Sessions held in the period, by kind then commune."""
    start, end = params.period()
    commune = resolve_commune(db, params.commune_code)
    outcomes = session_outcomes(db, start, end, commune.code if commune else None)
    by_kind: dict[str, dict[str, list[SessionOutcome]]] = {}
    for outcome in outcomes:
        by_kind.setdefault(outcome.kind, {}).setdefault(outcome.commune_name, []).append(outcome)
    kinds = [k for k in SESSION_KINDS if k in by_kind] + sorted(set(by_kind) - set(SESSION_KINDS))
    sections = [
        Section(
            [_row(name, by_kind[kind][name]) for name in sorted(by_kind[kind], key=fold)],
            f"{index}. {SESSION_KINDS.get(kind, kind)}",
            f"Cộng {SESSION_KINDS.get(kind, kind).lower()}",
        )
        for index, kind in enumerate(kinds, start=1)
    ]
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(period_caption(start, end), commune.name if commune else ""),
        orientation="portrait",
        columns=columns(),
        footer_lines=(_office_line,),
        notes=(
            f"- Người tham gia sau buổi tuyên truyền: người dự buổi tuyên truyền có biên lai đóng BHXH, BHYT trong "
            f"{DEFAULT_WINDOW_DAYS} ngày kể từ ngày tổ chức, hoặc có biên lai ghi thu tại buổi tuyên truyền.",
        ),
        total_label="Tổng cộng",
        sheet_name="Tuyên truyền",
        font_size=10.0,
        figures=session_figures(outcomes),
    )
    data = ReportData(sections or [Section([])], grand_total=True)
    return BuiltReport(definition, data, office_letterhead(db, params.report_date),
                       f"Ket-qua-tuyen-truyen_{period_stem(start, end)}")


def session_figures(outcomes: list[SessionOutcome]) -> tuple[Figure, ...]:
    """Attendees and those enrolled afterwards by commune, and by kind when there are several kinds."""
    by_commune: dict[str, list[SessionOutcome]] = {}
    for outcome in outcomes:
        by_commune.setdefault(outcome.commune_name, []).append(outcome)
    names = sorted(by_commune, key=fold)
    figures = [sessions_figure(
        "Người tham dự và người tham gia BHXH, BHYT sau buổi tuyên truyền, theo xã",
        [f"{short_commune(name)} ({len(by_commune[name])} buổi)" for name in names],
        [sum(o.attendees for o in by_commune[name]) for name in names],
        [sum(o.enrolled_after for o in by_commune[name]) for name in names], enrolled_label=ENROLLED)]
    kinds = [kind for kind in SESSION_KINDS if any(o.kind == kind for o in outcomes)]
    kinds += sorted({o.kind for o in outcomes} - set(SESSION_KINDS))
    if len(kinds) > 1:
        figures.append(sessions_figure(
            "Người tham dự và người tham gia BHXH, BHYT sau buổi tuyên truyền, theo hình thức",
            [SESSION_KINDS.get(kind, kind) for kind in kinds],
            [sum(o.attendees for o in outcomes if o.kind == kind) for kind in kinds],
            [sum(o.enrolled_after for o in outcomes if o.kind == kind) for kind in kinds], enrolled_label=ENROLLED,
            category_title="Hình thức"))
    return tuple(figures)


def _row(commune_name: str, outcomes: list[SessionOutcome]) -> CellRow:
    attendees = sum(o.attendees for o in outcomes)
    enrolled = sum(o.enrolled_after for o in outcomes)
    return {
        "commune": commune_name,
        "sessions": len(outcomes),
        "attendees": attendees,
        "enrolled": enrolled,
        "conversion": round(enrolled * 100 / attendees, 2) if attendees else None,
    }


def _office_line(totals: ReportTotals) -> str:
    sums = totals.sums
    held, attendees, enrolled = (int(sums.get(k, 0)) for k in ("sessions", "attendees", "enrolled"))
    share = f" ({format_percent(enrolled * 100 / attendees)} số người tham dự)" if attendees else ""
    return (f"Trong kỳ đã tổ chức {format_int(held)} buổi với {format_int(attendees)} lượt người tham dự; "
            f"{format_int(enrolled)} người tham gia BHXH, BHYT sau buổi tuyên truyền{share}.")

