"""The attendance sheet carries the support per attendee, with the total in figures and in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import Attendance, OutreachSession, Person
from desktop.services.reports import ReportParams, build_report, write_report


def _session_with(db: Database, support: int, names: list[str]) -> int:
    with db.unit_of_work() as session:
        outreach = OutreachSession(kind="hoi_nghi", held_on=dt.date(2026, 11, 20), commune_code="24277",
                                   venue="Nhà văn hóa Buôn Ea Kmar", support_per_attendee=support, version=1)
        session.add(outreach)
        session.flush()
        for name in names:
            person = Person(full_name=name, search_key=fold(name), version=1, category="other", birth_precision="year")
            session.add(person)
            session.flush()
            session.add(Attendance(session_id=outreach.id, person_id=person.id, full_name=name))
        return outreach.id


def test_support_column_total_and_words(office_db: Database, tmp_path: Path) -> None:
    session_id = _session_with(office_db, 50_000, ["H'Nhi Êban", "Y Bhim Niê", "Nguyễn Thị Hiền"])
    built = build_report(office_db, "attendance", ReportParams(session_id=session_id, report_date=dt.date(2026, 11, 22)))
    pdf, xlsx = tmp_path / "sheet.pdf", tmp_path / "sheet.xlsx"
    write_report(built, pdf, None, None, fmt="pdf")
    write_report(built, xlsx, None, None, fmt="xlsx")
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    assert "Tiền hỗ trợ" in text and "Ký nhận" in text
    assert "Tổng số tiền hỗ trợ: 150.000 đ (bằng chữ: Một trăm năm mươi nghìn đồng)." in " ".join(text.split())
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert values.count(50_000) == 3


def test_no_support_column_when_the_session_pays_none(office_db: Database) -> None:
    session_id = _session_with(office_db, 0, ["Y Bhim Niê"])
    built = build_report(office_db, "attendance", ReportParams(session_id=session_id, report_date=dt.date(2026, 11, 22)))
    assert "support" not in [column.key for column in built.definition.columns]


def test_a_session_with_a_clan_names_the_clan_on_its_sheet(office_db: Database) -> None:
    from desktop.services.clans import ClanInput, create_clan
    from tests.services.clan_data import ACTOR

    session_id = _session_with(office_db, 0, ["Y Bhim Niê"])
    clan = create_clan(office_db, ACTOR, ClanInput("Niê", "24277"))
    with office_db.unit_of_work() as session:
        outreach = session.get(OutreachSession, session_id)
        assert outreach is not None
        outreach.clan_id = clan
    built = build_report(office_db, "attendance", ReportParams(session_id=session_id, report_date=dt.date(2026, 11, 22)))
    assert built.definition.info_lines[-1] == "Tổ chức với dòng họ: Niê"
    other = _session_with(office_db, 0, ["Y Đăm Niê"])
    lines = build_report(office_db, "attendance", ReportParams(session_id=other)).definition.info_lines
    assert not any("dòng họ" in line for line in lines)
