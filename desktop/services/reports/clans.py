"""R11 — the clan model ("Mô hình dòng họ tham gia BHYT") for a period, per commune and village.

One section per commune with a row per clan in the model (joined on or before
the reference day), ordered by village: households, members, members holding
an HI card, the coverage rate against the model's 100%, the people still to
bring in, new participants since the clan joined (and within the period) and
the sessions held with it. The office's totals close the table and the line
under it ("17 dòng họ, 545 người ..."). Every figure comes from
``services.clan_figures``, as on the clan's page, so both always agree.

The reference day is the period's end, or the report date while the period runs.
"""

from __future__ import annotations

from desktop.db import Database
from desktop.domain.clans import MODEL_TARGET_BP
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.reports import Column, ReportData, ReportDefinition, Section
from desktop.reports.results import ReportTotals
from desktop.services.clan_figures import ModelClan, model_clans
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

TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH DÒNG HỌ THAM GIA BẢO HIỂM Y TẾ"
MEMBERS = "Thành viên dòng họ"
NEW = "Tham gia BHYT mới"


def columns() -> tuple[Column, ...]:
    return (
        Column("stt", "STT", "A", 9, "int", numbering=True, align="center"),
        Column("name", "Dòng họ", "B", 26),
        Column("villages", "Thôn, buôn", "C", 30),
        Column("leader", "Trưởng tộc, già làng", "D", 30),
        Column("joined_on", "Ngày tham gia mô hình", "E", 21, "date"),
        Column("households", "Số hộ", "1", 13, "int", total=True),
        Column("members", "Số người", "2", 14, "int", total=True, group=MEMBERS),
        Column("covered", "Có thẻ BHYT", "3", 15, "int", total=True, group=MEMBERS),
        Column("rate", "Tỷ lệ (%)", "4 = 3/2", 14, "percent", group=MEMBERS),
        Column("to_bring_in", "Còn phải vận động", "5", 17, "int", total=True, group=MEMBERS),
        Column("new_since", "Từ khi tham gia mô hình", "6", 20, "int", total=True, group=NEW),
        Column("new_in_period", "Trong kỳ", "7", 13, "int", total=True, group=NEW),
        Column("sessions", "Số buổi tuyên truyền với dòng họ", "8", 21, "int", total=True),
    )


def build(db: Database, params: ReportParams) -> BuiltReport:
    """The clans in the model on the reference day, per commune; new participants counted from the period's start."""
    start, end = params.period()
    on = min(end, params.report_date)
    commune = resolve_commune(db, params.commune_code)
    clans = model_clans(db, on, commune.code if commune else None, start)
    by_commune: dict[str, list[ModelClan]] = {}
    for clan in clans:
        by_commune.setdefault(clan.commune_name, []).append(clan)
    sections = [
        Section([_row(clan) for clan in rows], f"{index}. {name}",
                f"Cộng {name} ({format_int(len(rows))} dòng họ)")
        for index, (name, rows) in enumerate(by_commune.items(), start=1)
    ]
    definition = ReportDefinition(
        title=TITLE,
        subtitle=joined(period_caption(start, end), commune.name if commune else ""),
        orientation="landscape",
        columns=columns(),
        info_lines=(f"Số thành viên và thẻ BHYT tính đến ngày {format_date(on)}; mục tiêu của mô hình: "
                    f"{format_percent(MODEL_TARGET_BP / 100, 0)} thành viên dòng họ có thẻ BHYT.",),
        footer_lines=(_office_line,),
        notes=(
            "- Dòng họ tham gia mô hình: dòng họ đã có ngày tham gia mô hình, tính đến ngày báo cáo; thành viên là "
            "những người thuộc các hộ của dòng họ.",
            "- Có thẻ BHYT: thẻ còn giá trị vào ngày báo cáo (kể cả thẻ sắp hết hạn); còn phải vận động: người "
            "chưa tham gia hoặc thẻ đã hết hạn.",
            "- Tham gia BHYT mới: người có biên lai BHYT không phải gia hạn (lần đầu hoặc tham gia lại sau khi "
            "gián đoạn) từ ngày dòng họ tham gia mô hình; trong kỳ: biên lai trong kỳ báo cáo.",
        ),
        total_label="Toàn đơn vị",
        sheet_name="Mô hình dòng họ",
        font_size=9.0,
    )
    data = ReportData(sections or [Section([])], grand_total=True)
    return BuiltReport(definition, data, office_letterhead(db, params.report_date),
                       f"Mo-hinh-dong-ho_{period_stem(start, end)}")


def _row(clan: ModelClan) -> CellRow:
    figures = clan.figures
    return {
        "name": clan.name,
        "villages": ", ".join(clan.villages),
        "leader": clan.leader_name,
        "joined_on": clan.joined_on,
        "households": figures.households,
        "members": figures.members,
        "covered": figures.covered,
        "rate": round(figures.covered * 100 / figures.members, 2) if figures.members else None,
        "to_bring_in": figures.to_bring_in,
        "new_since": figures.new_since_joining,
        "new_in_period": figures.new_in_period,
        "sessions": figures.sessions,
    }


def _summary(clans: int, households: int, members: int, covered: int) -> str:
    """The model's totals as offices report them: "17 dòng họ tham gia mô hình, 120 hộ, 545 người; 500 người có
    thẻ BHYT (91,7%)"."""
    rate = f" ({format_percent(covered * 100 / members)})" if members else ""
    return (f"{format_int(clans)} dòng họ tham gia mô hình, {format_int(households)} hộ, {format_int(members)} người; "
            f"{format_int(covered)} người có thẻ BHYT{rate}")


def _office_line(totals: ReportTotals) -> str:
    if not totals.row_count:
        return "Chưa có dòng họ nào tham gia mô hình trong kỳ."
    sums = {key: int(value) for key, value in totals.sums.items()}
    return (f"Toàn đơn vị: {_summary(totals.row_count, sums['households'], sums['members'], sums['covered'])}; "
            f"còn {format_int(sums['to_bring_in'])} người phải vận động; {format_int(sums['new_since'])} người tham "
            f"gia BHYT mới từ khi dòng họ tham gia mô hình ({format_int(sums['new_in_period'])} người trong kỳ).")
