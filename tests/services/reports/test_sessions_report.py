"""R5 outreach results and ``outreach_results``, checked against a hand-made office (see ``handmade``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.db import Database
from desktop.services.outreach_results import session_outcomes
from desktop.services.reports import ReportParams, build_report, write_report
from tests.services.reports.handmade import DAY, EA_TUL, JUNE, Ids
from tests.services.reports.sheet import pdf_text


def test_enrolled_after_a_session(hand_db: tuple[Database, Ids]) -> None:
    db, ids = hand_db
    outcomes = session_outcomes(db, *JUNE)
    assert [o.session_id for o in outcomes] == [ids.sessions["S1"]]  # S2 is in July
    s1 = outcomes[0]
    # Attended: a1, a2, a4, a5 and a walk-in. Enrolled after: a1 (10 days), a5 (twice, once), n1 (names S1);
    # not a2 (35 days), a3 (absent), a4 (cancelled).
    assert (s1.attendees, s1.enrolled_after) == (5, 3)
    assert s1.conversion == 60.0
    assert s1.kind_label == "Hội nghị tuyên truyền"
    assert session_outcomes(db, *JUNE, commune_code=EA_TUL) == []
    wider = session_outcomes(db, *JUNE, window_days=40)
    assert wider[0].enrolled_after == 4  # a2 now within the window


def test_report_by_kind_and_commune(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    built = build_report(db, "sessions", ReportParams(date_from=JUNE[0], date_to=dt.date(2026, 7, 31),
                                                        report_date=DAY))
    assert [s.label for s in built.data.sections] == ["1. Hội nghị tuyên truyền"]
    result = write_report(built, tmp_path / "sessions.pdf")
    assert result.row_count == 1  # one commune
    assert result.totals.sums == {"sessions": 2, "attendees": 6, "enrolled": 3}  # S2: a1 attended, no enrolment
    text = pdf_text(tmp_path / "sessions.pdf")
    assert "Xã Ea Kiết" in text
    assert "Trong kỳ đã tổ chức 2 buổi với 6 lượt người tham dự; 3 người tham gia BHXH, BHYT" in text
