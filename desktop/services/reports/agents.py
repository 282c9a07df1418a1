"""R4 — agents' results for a period: targets, achieved, % of target, renewals due and done, rank.

One section per commune with its subtotal, the office total at the end; the
office's percentages are worked out from the totals (never averaged) in the
closing line. After the table, one chart per metric shows each agent's
target beside what they achieved. Figures come from ``services.targets_progress``.
"""

from __future__ import annotations

import math
from dataclasses import replace

from desktop.db import Database
from desktop.domain.formatting import format_int, format_percent
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.charts import PALETTE, PLAN_COLOR, ChartSeries, Figure, HorizontalBarChart
from desktop.reports.results import ReportTotals
from desktop.services.reports.common import (
    BuiltReport,
    CellRow,
    ReportParams,
    commune_in_address,
    joined,
    office_letterhead,
    period_caption,
    period_stem,
    resolve_agent,
    resolve_commune,
    scope_caption,
)
from desktop.services.targets_progress import METRICS, AgentProgress, agent_progress

TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA NHÂN VIÊN THU"
GROUPS = {
    "new_vsi": "BHXH tự nguyện tham gia mới",
    "new_hi_hh": "BHYT hộ gia đình tham gia mới",
    "renewals": "Tái tục (đóng tiếp)",
}
NO_COMMUNE = "Chưa phân địa bàn"
AGENTS_PER_CHART = 20


def columns() -> tuple[Column, ...]:
    metric_columns = []
    for metric, group in GROUPS.items():
        metric_columns += [
            Column(f"{metric}_target", "Chỉ tiêu", "", 14, "int", total=True, group=group),
            Column(f"{metric}_done", "Thực hiện", "", 14, "int", total=True, group=group),
            Column(f"{metric}_pct", "Tỷ lệ (%)", "", 13, "percent", group=group),
        ]
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("code", "Mã số nhân viên thu", "B", 20, align="center", wrap=False),
        Column("name", "Họ và tên", "C", 34),
        *[_coded(column, index) for index, column in enumerate(metric_columns, start=1)],
        Column("due", "Đến hạn", "10", 13, "int", total=True, group="Thẻ, sổ đến hạn trong kỳ"),
        Column("renewed", "Đã đóng tiếp", "11", 14, "int", total=True, group="Thẻ, sổ đến hạn trong kỳ"),
        Column("rank", "Xếp hạng", "12", 12, "int", align="center"),
    )


def _coded(column: Column, code: int) -> Column:
    return replace(column, code=str(code))


def build(db: Database, params: ReportParams) -> BuiltReport:
    """Agents of the office (or of one commune, or one agent), by commune."""
    start, end = params.period()
    commune = resolve_commune(db, params.commune_code)
    agent = resolve_agent(db, params.agent_code)
    rows = agent_progress(db, start, end, agent.id if agent else None, commune.code if commune else None)
    by_commune: dict[str, list[AgentProgress]] = {}
    for row in rows:
        by_commune.setdefault(row.commune_name or NO_COMMUNE, []).append(row)
    sections = [Section([_row(r) for r in agents], name, f"Cộng {_short(name)}")
                for name, agents in by_commune.items()]
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(period_caption(start, end), scope_caption(commune, agent)),
        orientation="landscape",
        columns=columns(),
        info_lines=(
            "Tham gia mới: người lần đầu tham gia loại hình đó, có biên lai trong kỳ; tái tục: lượt đóng tiếp "
            "có biên lai trong kỳ; thẻ, sổ đến hạn: thẻ BHYT hộ gia đình, thời hạn đóng BHXH tự nguyện kết thúc "
            "trong kỳ của người do nhân viên thu phụ trách.",
        ),
        footer_lines=(_office_line,),
        notes=("- Xếp hạng theo tỷ lệ hoàn thành chỉ tiêu bình quân của các chỉ tiêu được giao.",),
        total_label="Toàn đơn vị",
        sheet_name="Nhân viên thu",
        font_size=9.0,
        figures=agent_figures(rows),
    )
    data = ReportData(sections or [Section([])], grand_total=True)
    return BuiltReport(definition, data, office_letterhead(db, params.report_date),
                       f"Ket-qua-nhan-vien-thu_{period_stem(start, end)}")


def agent_figures(rows: list[AgentProgress]) -> tuple[Figure, ...]:
    """Per metric with a target or a result: each agent's target beside what they achieved.

    Half-width charts side by side; a long list is cut into even charts of at
    most ``AGENTS_PER_CHART`` agents so names stay readable.
    """
    figures: list[Figure] = []
    charts = max(1, math.ceil(len(rows) / AGENTS_PER_CHART))
    size = max(1, math.ceil(len(rows) / charts))
    for metric, label in GROUPS.items():
        if not any(row.targets.get(metric, 0) or row.achieved.get(metric, 0) for row in rows):
            continue
        for start in range(0, len(rows), size):
            chunk = rows[start:start + size]
            title = f"{label}: chỉ tiêu và kết quả của nhân viên thu"
            if start:
                title += " (tiếp theo)"
            figures.append(Figure(title, HorizontalBarChart(
                tuple(row.name for row in chunk),
                (ChartSeries("Chỉ tiêu", tuple(float(row.targets.get(metric, 0)) for row in chunk), PLAN_COLOR),
                 ChartSeries("Thực hiện", tuple(float(row.achieved.get(metric, 0)) for row in chunk), PALETTE[0])),
                x_title="Người", category_title="Nhân viên thu"), span="half"))
    return tuple(figures)


def _short(commune_name: str) -> str:
    """"Xã Ea Kiết" -> "xã Ea Kiết" (in "Cộng xã Ea Kiết")."""
    return commune_in_address(commune_name) if commune_name != NO_COMMUNE else "chưa phân địa bàn"


def _row(progress: AgentProgress) -> CellRow:
    row: CellRow = {"code": progress.code, "name": progress.name}
    for metric in METRICS:
        row[f"{metric}_target"] = progress.targets.get(metric, 0)
        row[f"{metric}_done"] = progress.achieved.get(metric, 0)
        percent = progress.percent(metric)
        row[f"{metric}_pct"] = round(percent, 1) if percent is not None else None
    row["due"] = progress.renewals_due
    row["renewed"] = progress.renewals_done
    row["rank"] = progress.rank
    return row


def _office_line(totals: ReportTotals) -> str:
    """The office's rates from the summed figures."""
    sums = totals.sums
    parts = []
    for metric, label in (("new_vsi", "BHXH tự nguyện tham gia mới"), ("new_hi_hh", "BHYT hộ gia đình tham gia mới"),
                          ("renewals", "tái tục")):
        target, done = int(sums.get(f"{metric}_target", 0)), int(sums.get(f"{metric}_done", 0))
        share = format_percent(done * 100 / target) if target else "chưa giao chỉ tiêu"
        parts.append(f"{label} {format_int(done)}/{format_int(target)} ({share})")
    due, renewed = int(sums.get("due", 0)), int(sums.get("renewed", 0))
    renewal_share = f" ({format_percent(renewed * 100 / due)})" if due else ""
    return (f"Toàn đơn vị: {'; '.join(parts)}; đã đóng tiếp {format_int(renewed)}/{format_int(due)} "
            f"thẻ, sổ đến hạn{renewal_share}.")
