"""R3 coverage by commune, checked against a hand-made office (see ``handmade``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.db import Database
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.services.reports.coverage import commune_coverage
from tests.services.reports.handmade import DAY, EA_KIET, EA_TUL, QUANG_PHU, Ids
from tests.services.reports.sheet import body_lines, pdf_text


def test_commune_figures_worked_out_by_hand(hand_db: tuple[Database, Ids]) -> None:
    db, _ = hand_db
    with db.reading() as session:
        rows = {row.code: row for row in commune_coverage(session, DAY)}
    kiet, tul, quang_phu = rows[EA_KIET], rows[EA_TUL], rows[QUANG_PHU]
    # Ea Kiết: p1, p2 (last valid day), p5 (two cards, once), p6; not p3 (expired), p4 (cancelled).
    assert (kiet.population, kiet.hi_participants) == (10, 4)  # the 2026 figures replace 2025's
    assert kiet.hi_rate == pytest.approx(40.0)
    assert kiet.hi_target_bp == 9500  # the yearly target wins over the month's 9000
    assert kiet.people_needed == 6  # ceil(95% x 10) - 4
    assert (kiet.working_age, kiet.vsi_participants, kiet.vsi_plan) == (6, 1, 3)  # p7 stopped in May
    # Ea Tul has only 2025 figures: the latest year before 2026 is used.
    assert (tul.population, tul.hi_participants, tul.hi_target_bp, tul.people_needed) == (5, 1, 9000, 4)
    assert (tul.working_age, tul.vsi_participants, tul.vsi_plan) == (3, 1, None)
    # Quảng Phú has people but no figures: counts, no rates.
    assert (quang_phu.population, quang_phu.hi_participants, quang_phu.hi_rate) == (None, 4, None)


def test_report_rows_totals_and_office_line(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    built = build_report(db, "coverage", ReportParams(date_to=DAY, report_date=DAY))
    path = tmp_path / "coverage.xlsx"
    result = write_report(built, path)
    assert result.row_count == 5  # every office commune, with or without people
    assert result.totals.sums["population"] == 15
    assert result.totals.sums["hi"] == 9  # 4 + 1 + 4 (Quảng Phú)
    assert result.totals.sums["hi_needed"] == 10
    fresh = build_report(db, "coverage", ReportParams(date_to=DAY, report_date=DAY))
    lines = [line.values for line in body_lines(path, fresh.definition, set()) if line.kind == "row"]
    kiet = next(values for values in lines if values[1] == "Xã Ea Kiết")
    keys = [column.key for column in fresh.definition.columns]
    cells = dict(zip(keys, kiet, strict=True))
    assert cells["population"] == 10 and cells["hi"] == 4 and cells["hi_needed"] == 6
    assert cells["vsi_plan"] == 3
    # Office rate from the summed figures of communes with figures: 5 / 15 = 33,3%, not the mean of 40% and 20%.
    # Office target weighted by population: (95% x 10 + 90% x 5) / 15 = 93,3%.
    footer = str(fresh.definition.footer_lines[0])
    assert "tỷ lệ bao phủ BHYT 33,3%" in footer
    assert "chỉ tiêu 93,3%, còn thiếu 60,0 điểm %" in footer
    assert "tỷ lệ tham gia BHXH tự nguyện 22,2%" in footer  # 2 / 9
    assert "không tính vào tỷ lệ toàn đơn vị" in footer
    texts = [str(c.value) for row in load_workbook(path).active.iter_rows() for c in row if c.value]
    assert "- Có 1 người tham gia chưa rõ thôn, xã, không tính vào bảng." in texts


def test_one_commune_and_pdf(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    built = build_report(db, "coverage", ReportParams(date_to=DAY, commune_code=EA_TUL, report_date=DAY))
    result = write_report(built, tmp_path / "tul.pdf")
    assert result.row_count == 1
    text = pdf_text(tmp_path / "tul.pdf")
    assert "Tính đến ngày 30/06/2026 - Xã Ea Tul" in text
    assert "20,0%" in text and "33,3%" in text  # 1/5 HI, 1/3 VSI
