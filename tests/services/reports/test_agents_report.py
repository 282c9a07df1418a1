"""R4 agents' results and ``targets_progress``, checked against a hand-made office (see ``handmade``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.db import Database
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.services.targets_progress import agent_progress
from tests.services.reports.handmade import DAY, EA_KIET, JUNE, Ids
from tests.services.reports.sheet import pdf_text


def test_targets_achieved_renewals_and_rank(hand_db: tuple[Database, Ids]) -> None:
    db, ids = hand_db
    rows = {row.code: row for row in agent_progress(db, *JUNE)}
    x, y, z = rows["NVX01"], rows["NVY02"], rows["NVZ03"]
    # June targets; the yearly new_vsi target is coarser than the month's and is ignored; July's is outside.
    assert x.targets == {"new_vsi": 4, "new_hi_hh": 10, "renewals": 5}
    # q1 first VSI; q3 first HI-HH (q4 cancelled, q6 paid in May); renewals q2 and q5 (r1 paid in May).
    assert x.achieved == {"new_vsi": 1, "new_hi_hh": 1, "renewals": 2}
    assert x.percent("new_vsi") == pytest.approx(25.0)
    assert x.score == pytest.approx(25.0)
    # Due in June: q5 (renewed), r1 (renewed), r2 VSI (not); r3 stopped and r4 student HI do not count.
    assert (x.renewals_due, x.renewals_done) == (3, 2)
    # Y's quarterly target counts for the 30 of its 91 days in June: 9 x 30 / 91 = 2,97 -> 3.
    assert y.targets["new_hi_hh"] == 3 and y.achieved["new_hi_hh"] == 1
    assert (y.rank, x.rank, z.rank) == (1, 2, None)
    assert z.commune_name == "" and z.score is None
    assert x.commune_name == "Xã Ea Kiết"
    only_x = agent_progress(db, *JUNE, agent_id=ids.agents["X"])
    assert [row.code for row in only_x] == ["NVX01"]
    in_kiet = agent_progress(db, *JUNE, commune_code=EA_KIET)
    assert [row.code for row in in_kiet] == ["NVX01"]


def test_a_partial_month_counts_its_share_of_the_target(hand_db: tuple[Database, Ids]) -> None:
    db, _ = hand_db
    import datetime as dt

    rows = {row.code: row for row in agent_progress(db, dt.date(2026, 6, 1), dt.date(2026, 6, 15))}
    assert rows["NVX01"].targets["new_hi_hh"] == 5  # 10 x 15/30


def test_report_sections_totals_and_office_line(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    params = ReportParams(date_from=JUNE[0], date_to=JUNE[1], report_date=DAY)
    built = build_report(db, "agents", params)
    assert [s.label for s in built.data.sections] == ["Xã Ea Kiết", "Xã Ea Tul", "Chưa phân địa bàn"]
    result = write_report(built, tmp_path / "agents.pdf")
    sums = result.totals.sums
    assert (sums["new_vsi_target"], sums["new_vsi_done"]) == (4, 1)
    assert (sums["new_hi_hh_target"], sums["new_hi_hh_done"]) == (13, 2)
    assert (sums["renewals_target"], sums["renewals_done"], sums["due"], sums["renewed"]) == (5, 2, 3, 2)
    text = pdf_text(tmp_path / "agents.pdf")
    assert "Trần Thị Xuân" in text and "Y Bhim Niê" in text
    assert "Tháng 06 năm 2026" in text
    assert "BHXH tự nguyện tham gia mới 1/4 (25,0%)" in text
    assert "BHYT hộ gia đình tham gia mới 2/13 (15,4%)" in text
    assert "đã đóng tiếp 2/3" in text
