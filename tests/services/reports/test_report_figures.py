"""Charts in the office's reports (R3, R4, R5) and the overview report R8, cross-checked against the services."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.db import Database
from desktop.models import AuditEntry
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.dashboard import load_dashboard
from desktop.services.outreach_results import session_outcomes
from desktop.services.reports import ReportParams, build_report, export_report, write_report
from desktop.services.reports.coverage import commune_coverage
from desktop.services.reports.figures import short_commune
from desktop.services.targets_progress import agent_progress
from tests.reports.chart_files import filled_rectangles, page_texts, xlsx_charts
from tests.services.reports.conftest import TODAY, YEAR, demo_params
from tests.services.reports.handmade import DAY, EA_KIET, Ids

ADMIN = Actor("kiemtra", role=Role.ADMIN)
OVERVIEW_TITLES = (
    "Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm 2026",
    "Người tham gia BHXH tự nguyện so với kế hoạch",
    "Người tham gia mới theo tháng, 12 tháng gần nhất - Toàn đơn vị",
    "Thẻ BHYT hết hạn từ nay đến ngày 22/12/2026 theo xã",
    "Hội nghị trong tháng 11/2026 và kết quả",
)


def _text(path: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(page_texts(path)))


def _write_both(db: Database, name: str, params: ReportParams, tmp_path: Path) -> tuple[Path, Path]:
    built = build_report(db, name, params)
    pdf, xlsx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.xlsx"
    write_report(built, pdf)
    write_report(built, xlsx)
    return pdf, xlsx


def test_coverage_report_charts_match_the_commune_figures(demo_db: Database, tmp_path: Path) -> None:
    pdf, xlsx = _write_both(demo_db, "coverage", demo_params("coverage"), tmp_path)
    with demo_db.reading() as session:
        rows = commune_coverage(session, TODAY)
    coverage, vsi = xlsx_charts(xlsx)
    assert coverage.title == "Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm 2026"
    assert coverage.kinds == ["col", "line"]
    rate, target = coverage.series
    assert rate.categories == [short_commune(row.name) for row in rows]
    assert rate.values == pytest.approx([round(row.hi_rate or 0, 2) / 100 for row in rows])
    assert target.line_hidden and target.values == pytest.approx([(row.hi_target_bp or 0) / 10_000 for row in rows])
    assert vsi.series[0].name == "Đang tham gia"
    assert vsi.series[0].values == [row.vsi_participants for row in rows]
    text = _text(pdf)
    assert coverage.title in text and "Người tham gia BHXH tự nguyện so với kế hoạch" in text
    assert "Tỷ lệ (%)" in text and "Cuôr Đăng" in text and "95,0 %" not in text.split(coverage.title)[0]
    assert sum(filled_rectangles(pdf)) >= 2 * len(rows)


def test_agents_report_charts_each_agents_target_and_result(demo_db: Database, tmp_path: Path) -> None:
    pdf, xlsx = _write_both(demo_db, "agents", demo_params("agents"), tmp_path)
    progress = agent_progress(demo_db, *YEAR)
    charts = xlsx_charts(xlsx)
    assert charts and all(chart.kinds == ["bar"] for chart in charts)
    vsi = [chart for chart in charts if chart.title.startswith("BHXH tự nguyện tham gia mới")]
    names = [name for chart in vsi for name in chart.named("Thực hiện").categories]
    assert names == [row.name for row in progress]  # every agent, in the report's order, across the charts
    done = [value for chart in vsi for value in chart.named("Thực hiện").values]
    targets = [value for chart in vsi for value in chart.named("Chỉ tiêu").values]
    assert done == [row.achieved.get("new_vsi", 0) for row in progress]
    assert targets == [row.targets.get("new_vsi", 0) for row in progress]
    text = _text(pdf)
    assert "BHXH tự nguyện tham gia mới: chỉ tiêu và kết quả của nhân viên thu" in text
    assert progress[0].name in text.split("chỉ tiêu và kết quả của nhân viên thu")[1]


def test_sessions_report_charts_attendees_and_enrolled(demo_db: Database, tmp_path: Path) -> None:
    pdf, xlsx = _write_both(demo_db, "sessions", demo_params("sessions"), tmp_path)
    outcomes = session_outcomes(demo_db, *YEAR)
    by_commune, by_kind = xlsx_charts(xlsx)
    assert sum(v or 0 for v in by_commune.named("Người tham dự").values) == sum(o.attendees for o in outcomes)
    enrolled = by_commune.named("Tham gia sau buổi tuyên truyền").values
    assert sum(v or 0 for v in enrolled) == sum(o.enrolled_after for o in outcomes)
    assert sum(v or 0 for v in by_kind.named("Người tham dự").values) == sum(o.attendees for o in outcomes)
    assert "Hội nghị đối thoại" in by_kind.series[0].categories
    text = _text(pdf)
    assert "theo hình thức" in text and "Tham gia sau buổi tuyên truyền" in text


def test_overview_report_through_export_in_both_formats(demo_db: Database, tmp_path: Path) -> None:
    params = demo_params("dashboard")
    pdf = export_report(demo_db, ADMIN, "dashboard", params, tmp_path / "tong-quan.pdf")
    xlsx = export_report(demo_db, ADMIN, "dashboard", params, tmp_path / "tong-quan.xlsx")
    data = load_dashboard(demo_db, TODAY)
    communes = data.areas.communes
    assert pdf.row_count == xlsx.row_count == len(communes) == 5
    assert pdf.page_count == len(page_texts(pdf.path))
    charts = xlsx_charts(xlsx.path)
    assert [chart.title for chart in charts] == list(OVERVIEW_TITLES)
    coverage, vsi, new, expiring, sessions = charts
    assert coverage.series[0].values == pytest.approx([a.hi_coverage_bp / 10_000 for a in communes])
    assert coverage.series[1].values == pytest.approx([(a.hi_target_bp or 0) / 10_000 for a in communes])
    assert vsi.series[0].values == [a.vsi_participants for a in communes]
    assert new.kinds == ["line"] and new.series[0].values == data.new_enrollments.by_commune[""]
    assert new.series[0].categories == [f"{m.month:02d}/{m.year}" for m in data.new_enrollments.months]
    assert expiring.kinds == ["bar"] and expiring.series[0].values == [a.expiring for a in communes]
    assert sessions.named("Người tham dự").values == [s.attendees for s in data.sessions.rows]
    assert sessions.named("Tham gia sau hội nghị").values == [s.enrolled for s in data.sessions.rows]
    # The table's total row carries the dashboard's office figures.
    sheet = load_workbook(xlsx.path).active
    assert sheet is not None
    total = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "Toàn đơn vị")
    assert total[2:4] == (data.areas.office.population, data.areas.office.hi_participants)
    text = _text(pdf.path)
    for title in OVERVIEW_TITLES:
        assert title in text, title
    assert "BÁO CÁO TỔNG QUAN TÌNH HÌNH THAM GIA BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ" in text
    assert text.index(OVERVIEW_TITLES[0]) < text.index("Xã, phường")  # the charts come before the table
    with demo_db.reading() as session:
        exported = list(session.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity == "report", AuditEntry.action == "export")))
    assert sum("Báo cáo tổng quan" in summary for summary in exported) >= 2


def test_overview_report_for_one_commune(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    pdf, xlsx = _write_both(db, "dashboard", ReportParams(commune_code=EA_KIET, report_date=DAY), tmp_path)
    data = load_dashboard(db, DAY)
    kiet = next(area for area in data.areas.communes if area.code == EA_KIET)
    charts = xlsx_charts(xlsx)
    assert charts[0].series[0].categories == ["Ea Kiết"]
    assert charts[0].series[0].values == pytest.approx([kiet.hi_coverage_bp / 10_000])
    assert [s.name for s in charts[1].series] == ["Đang tham gia", "Kế hoạch"]
    assert charts[1].named("Kế hoạch").values == [kiet.vsi_plan]
    assert charts[2].title.endswith("Xã Ea Kiết")
    assert charts[2].series[0].values == data.new_enrollments.by_commune[EA_KIET]
    text = _text(pdf)
    assert "Xã Ea Kiết" in text and "Xã Ea Tul" not in text
