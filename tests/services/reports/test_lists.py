"""R1 D03-TS, R2 D05-TS, R6 renewals and R7 attendance: contents, sections, filters and wording."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from desktop.db import Database
from desktop.services.errors import NotFoundError, ServiceError
from desktop.services.expiring import expiring_list
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.services.reports.d03 import columns as d03_columns
from tests.services.reports.conftest import TODAY
from tests.services.reports.handmade import DAY, JUNE, Ids
from tests.services.reports.sheet import body_lines, pdf_text

TEMPLATE = Path(__file__).parents[2] / "data" / "D03-TS_QD490_template.xlsx"


def _june(**extra: object) -> ReportParams:
    return ReportParams(date_from=JUNE[0], date_to=JUNE[1], report_date=DAY, **extra)  # type: ignore[arg-type]


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("/\n", "/")).strip()


def test_d03_headers_follow_the_real_template() -> None:
    rows = CalamineWorkbook.from_path(str(TEMPLATE)).get_sheet_by_name("D03-TS").to_python()
    header = next(i for i, row in enumerate(rows) if row[0] == "STT")
    by_code = {}
    for column, code in enumerate(rows[header + 2]):
        if code in ("", None):
            continue
        code_text = str(int(code)) if isinstance(code, float) else str(code)
        text = rows[header + 1][column] or rows[header][column]
        by_code[code_text] = _plain(str(text))
    ours = {column.code: column for column in d03_columns() if column.code}
    assert set(ours) == set(by_code)
    for code, column in ours.items():
        expected = by_code[code].replace("CNTND ", "")  # the old ID card is gone; the form's text keeps it
        assert column.header == expected, code
    groups = {column.group for column in d03_columns() if column.group}
    assert groups == {_plain(str(rows[header][11])), _plain(str(rows[header][13]))}


def test_d03_increase_decrease_and_card_count(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    path = tmp_path / "d03.xlsx"
    built = build_report(db, "d03", _june())
    result = write_report(built, path)
    increase, decrease = result.totals.sections
    # Receipts in June: q3, q5 (renewal), y1, a1, a3, a5; q4 and a4 were cancelled.
    assert (increase.label, increase.row_count) == ("Tăng", 6)
    # r3 stopped: last covered day 10/06, decrease from 11/06.
    assert (decrease.label, decrease.row_count) == ("Giảm", 1)
    assert increase.sums["amount"] == 600_000
    texts = [str(c.value) for row in load_workbook(path).active.iter_rows() for c in row if c.value is not None]
    for wording in ("Tổng số thẻ BHYT đề nghị cấp: 6", "Cộng tăng", "Cộng giảm"):
        assert wording in texts
    info = " ".join(built.definition.info_lines)
    for label in ("Đối tượng tham gia: Hộ gia đình", "Mã đối tượng: GD", "Lương cơ sở: 2.340.000 đ",
                  "Nguồn đóng: Người tham gia tự đóng", "Tỷ lệ NSNN hỗ trợ quy định: 0%"):
        assert label in info
    # The form code sits top right, above the national motto, not among the header lines.
    assert built.definition.form_code == "Mẫu D03-TS" and "Mẫu D03-TS" not in info
    assert texts[:2] == ["Mẫu D03-TS", "(Ban hành kèm theo QĐ số 490/QĐ-BHXH ngày 28/3/2023 của BHXH Việt Nam)"]
    lines = body_lines(path, build_report(db, "d03", _june()).definition, {"Cộng tăng", "Cộng giảm"})
    # The blank's structure: numeral and heading in their own cells, rows numbered under I.1 / II.1,
    # the salary sub-headings empty (no such changes are kept), one subtotal per section.
    outline = [tuple(line.values[:2]) if line.kind != "row" else line.values[0] for line in lines]
    assert outline == [("I", "Tăng"), ("I.1", "Người tham gia"), 1, 2, 3, 4, 5, 6, ("I.2", "Tiền lương"),
                       ("Cộng tăng", None), ("II", "Giảm"), ("II.1", "Người tham gia"), 1,
                       ("II.2", "Tiền lương"), ("Cộng giảm", None)]
    stopped = [line.values for line in lines if line.kind == "row"][-1]
    assert stopped[-1] == "Dừng từ 11/06/2026" and stopped[13] == "06/2026"


def test_d03_for_one_agent_is_signed_by_the_collection_organisation(
        hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    built = build_report(db, "d03", _june(agent_code="nvx01"))
    result = write_report(built, tmp_path / "x.pdf")
    assert [s.row_count for s in result.totals.sections] == [2, 1]  # q3, q5; r3
    text = pdf_text(tmp_path / "x.pdf")
    assert "Nhân viên thu: Trần Thị Xuân (NVX01)" in text
    assert "Tổ chức dịch vụ thu" in text
    with pytest.raises(NotFoundError, match="Không có nhân viên thu mã “NV404”"):
        build_report(db, "d03", _june(agent_code="NV404"))
    with pytest.raises(NotFoundError, match="không thuộc địa bàn"):
        build_report(db, "d03", _june(commune_code="99999"))
    with pytest.raises(ServiceError, match="đứng trước ngày bắt đầu"):
        build_report(db, "d03", ReportParams(date_from=JUNE[1], date_to=JUNE[0], report_date=DAY))


def test_d05_voluntary_si_list(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, _ = hand_db
    result = write_report(build_report(db, "d05", _june()), tmp_path / "d05.pdf")
    increase, decrease = result.totals.sections
    assert (increase.row_count, decrease.row_count) == (4, 1)  # q1, q2, a5, n1; p7 stopped from 01/06
    text = pdf_text(tmp_path / "d05.pdf")
    assert "DANH SÁCH NGƯỜI THAM GIA BẢO HIỂM XÃ HỘI TỰ NGUYỆN" in text
    assert "Tổng số người tham gia BHXH tự nguyện tăng trong kỳ: 4" in text
    assert "Mẫu D05-TS" in text and "(Ban hành kèm theo QĐ số 490/QĐ-BHXH" in text


def test_d05_support_percent_from_the_amounts() -> None:
    from desktop.domain.rates import RateTable
    from desktop.services.reports.d05 import support_percent

    rates = RateTable.default()
    # 12 months at the minimum: 22% x 1.500.000 x 12 = 3.960.000; 30% support = 1.188.000.
    assert support_percent(1_188_000, 12, dt.date(2026, 1, 1), rates) == 30.0
    assert support_percent(0, 12, dt.date(2026, 1, 1), rates) is None


def test_renewals_follow_the_expiring_list(demo_db: Database, tmp_path: Path) -> None:
    params = ReportParams(report_date=TODAY, days=45)
    built = build_report(demo_db, "renewals", params)
    groups = expiring_list(demo_db, TODAY, ahead_days=45)
    assert len(built.data.sections) == sum(len(g.villages) for g in groups)
    first = groups[0]
    assert built.data.sections[0].label.startswith(f"Nhân viên thu: {first.agent_name} ({first.agent_code})")
    path = tmp_path / "renewals.xlsx"
    result = write_report(built, path)
    assert result.row_count == sum(len(g.rows) for g in groups)
    definition = build_report(demo_db, "renewals", params).definition
    rows = [line.values for line in body_lines(path, definition, set()) if line.kind == "row"]
    keys = [c.key for c in definition.columns]
    called, status = keys.index("called"), keys.index("status")
    assert all(row[called] in (None, "") for row in rows)  # an empty box to tick
    assert {str(row[status]).split(" ")[0] for row in rows} <= {"Còn", "Quá", "Hết"}
    assert any(row[keys.index("phone")] for row in rows)
    with pytest.raises(ServiceError, match="Số ngày tới"):
        build_report(demo_db, "renewals", ReportParams(report_date=TODAY, days=-1))


def test_attendance_sheet(hand_db: tuple[Database, Ids], tmp_path: Path) -> None:
    db, ids = hand_db
    built = build_report(db, "attendance", ReportParams(session_id=ids.sessions["S1"], report_date=DAY))
    assert built.definition.orientation == "portrait"
    assert built.definition.title == "DANH SÁCH NGƯỜI THAM DỰ HỘI NGHỊ TUYÊN TRUYỀN"
    path = tmp_path / "attendance.xlsx"
    result = write_report(built, path)
    assert [s.row_count for s in result.totals.sections] == [6, 5]  # invited (a1-a5, walk-in), blank lines
    definition = build_report(db, "attendance", ReportParams(session_id=ids.sessions["S1"])).definition
    rows = [line.values for line in body_lines(path, definition, set()) if line.kind == "row"][:6]
    keys = [c.key for c in definition.columns]
    has_hi = {str(row[1]): row[keys.index("has_hi")] for row in rows}
    assert has_hi["Hoàng Thị A2"] == "Có"  # a state-paid card valid on the session day
    assert has_hi["Hoàng Thị A1"] == "Không"
    assert has_hi["H'Hoa Êban"] in (None, "")  # a walk-in: unknown
    assert rows[0][2] == "1980" and rows[0][keys.index("phone")] == "0905123456"
    write_report(build_report(db, "attendance", ReportParams(session_id=ids.sessions["S1"])), tmp_path / "a.pdf")
    text = pdf_text(tmp_path / "a.pdf")
    assert "Thời gian: 08:00 - 10:30, ngày 10/06/2026" in text
    assert "Địa điểm: Nhà văn hóa Thôn 1, xã Ea Kiết" in text
    assert "Tổng số người trong danh sách: 6 người." in text
    assert "Ký nhận" in text
    with pytest.raises(NotFoundError):
        build_report(db, "attendance", ReportParams(session_id=999))
    with pytest.raises(ServiceError, match="Hãy chọn buổi tuyên truyền"):
        build_report(db, "attendance", ReportParams())
