"""R8 — Báo cáo tổng quan: the Tổng quan page on paper, for the office or one commune, on a day.

Its charts come first (coverage against target, VSI against plan, new
participants per month over twelve months, cards expiring in the next 30
days, this month's sessions and their results), then the table of the same
figures by commune. Every number comes from ``services.dashboard``, so the
paper and the screen always agree.
"""

from __future__ import annotations

import datetime as dt

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.charts import Figure
from desktop.services.dashboard import DashboardData, load_dashboard
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    CommuneRef,
    ReportParams,
    joined,
    office_letterhead,
    resolve_commune,
)
from desktop.services.reports.figures import (
    coverage_figure,
    expiring_figure,
    new_enrollments_figure,
    sessions_figure,
    short_commune,
    vsi_figure,
)

TITLE = "BÁO CÁO TỔNG QUAN TÌNH HÌNH THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ"
OFFICE_NAME = "Toàn đơn vị"


def columns(expiring_days: int) -> tuple[Column, ...]:
    hi, vsi, sessions = "Bảo hiểm y tế", "BHXH tự nguyện", "Hội nghị trong tháng"
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("commune", "Xã, phường", "B", 28),
        Column("population", "Dân số", "1", 16, "int", total=True, group=hi),
        Column("hi", "Số người có thẻ", "2", 16, "int", total=True, group=hi),
        Column("hi_rate", "Tỷ lệ bao phủ (%)", "3 = 2/1", 15, "percent", group=hi),
        Column("hi_target", "Chỉ tiêu (%)", "4", 13, "percent", group=hi),
        Column("vsi", "Đang tham gia", "5", 15, "int", total=True, group=vsi),
        Column("vsi_plan", "Kế hoạch", "6", 14, "int", total=True, group=vsi),
        Column("expiring", f"Thẻ BHYT hết hạn trong {expiring_days} ngày tới", "7", 18, "int", total=True),
        Column("new", "Tham gia mới trong tháng", "8", 16, "int", total=True),
        Column("sessions", "Số buổi", "9", 12, "int", total=True, group=sessions),
        Column("attendees", "Người tham dự", "10", 14, "int", total=True, group=sessions),
        Column("enrolled", "Tham gia sau hội nghị", "11", 15, "int", total=True, group=sessions),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """The overview on ``date_to`` (default: the report date), for the office or one commune."""
    on = params.date_to or params.report_date
    commune = resolve_commune(db, params.commune_code)
    data = load_dashboard(db, on)
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(f"Tính đến ngày {format_date(on)}", commune.name if commune else ""),
        orientation="landscape",
        columns=columns(data.expiring_days),
        info_lines=(f"Dân số, chỉ tiêu và kế hoạch năm {on.year}; hội nghị và tham gia mới tính trong tháng "
                    f"{on.month:02d}/{on.year}.",),
        footer_lines=(_office_line(data, commune),),
        notes=("- Tham gia mới: người tham gia lần đầu hoặc tham gia lại sau thời gian gián đoạn, "
               "không tính tái tục.",),
        total_label=OFFICE_NAME,
        sheet_name="Tổng quan",
        font_size=9.0,
        figures=overview_figures(data, commune),
    )
    rows = [_row(data, code) for code in _codes(data, commune)]
    return BuiltReport(definition, ReportData([Section(rows)], grand_total=commune is None),
                       office_letterhead(db, params.report_date), f"Bao-cao-tong-quan_{on:%d-%m-%Y}")


def _codes(data: DashboardData, commune: CommuneRef | None) -> list[str]:
    return [area.code for area in data.areas.communes if commune is None or area.code == commune.code]


def overview_figures(data: DashboardData, commune: CommuneRef | None) -> tuple[Figure, ...]:
    """The five charts of the Tổng quan page, laid out as on the page, for the office or one commune."""
    areas = [area for area in data.areas.communes if commune is None or area.code == commune.code]
    names = [area.name for area in areas]
    sessions = [row for row in data.sessions.rows if commune is None or row.code == commune.code]
    months = data.new_enrollments.months
    counts = data.new_enrollments.by_commune.get(commune.code if commune else "", [0] * len(months))
    today = data.today
    return (
        coverage_figure(names, [area.hi_coverage_bp / 100 for area in areas],
                        [None if area.hi_target_bp is None else area.hi_target_bp / 100 for area in areas],
                        today.year, "before", "half"),
        vsi_figure(names, [area.vsi_participants for area in areas], [area.vsi_plan for area in areas], "before",
                   "half"),
        new_enrollments_figure(months, counts, commune.name if commune else OFFICE_NAME, "before"),
        expiring_figure(names, [area.expiring for area in areas],
                        today + dt.timedelta(days=data.expiring_days), "before", "half"),
        sessions_figure(f"Hội nghị trong tháng {today.month:02d}/{today.year} và kết quả",
                        [f"{short_commune(row.name)} ({row.sessions} buổi)" for row in sessions],
                        [row.attendees for row in sessions], [row.enrolled for row in sessions], "before",
                        "half"),
    )


def _row(data: DashboardData, code: str) -> CellRow:
    area = next(a for a in data.areas.communes if a.code == code)
    held = next((s for s in data.sessions.rows if s.code == code), None)
    new = data.new_enrollments.by_commune.get(code, [0])
    return {
        "commune": area.name,
        "population": area.population or None,
        "hi": area.hi_participants,
        "hi_rate": area.hi_coverage_bp / 100 if area.population else None,
        "hi_target": None if area.hi_target_bp is None else area.hi_target_bp / 100,
        "vsi": area.vsi_participants,
        "vsi_plan": area.vsi_plan,
        "expiring": area.expiring,
        "new": new[-1] if new else 0,
        "sessions": held.sessions if held else 0,
        "attendees": held.attendees if held else 0,
        "enrolled": held.enrolled if held else 0,
    }


def _office_line(data: DashboardData, commune: CommuneRef | None) -> str:
    """The headline figures of the Tổng quan cards, for the office or the commune."""
    area = data.areas.office if commune is None else next(
        (a for a in data.areas.communes if a.code == commune.code), data.areas.office)
    name = commune.name if commune else OFFICE_NAME
    parts = []
    if area.population:
        text = f"tỷ lệ bao phủ BHYT {format_percent(area.hi_coverage_bp / 100)}"
        if area.hi_target_bp is not None:
            text += f" (chỉ tiêu {format_percent(area.hi_target_bp / 100)})"
        parts.append(text)
    plan = area.vsi_plan
    vsi = f"{format_int(area.vsi_participants)} người tham gia BHXH tự nguyện"
    if plan:
        vsi += f" (kế hoạch {format_int(plan)}, đạt {format_percent(area.vsi_participants * 100 / plan)})"
    parts.append(vsi)
    parts.append(f"{format_int(area.expiring)} thẻ BHYT hết hạn trong {data.expiring_days} ngày tới")
    return f"{name}: " + "; ".join(parts) + "."
