"""Attendance and session results on SQLite and PostgreSQL: pre-fill, ticks, QR check-in, import, results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.dates import PartialDate
from desktop.domain.qr import CccdScan
from desktop.models import Attendance, AuditEntry, Person
from desktop.services.attendance import (
    add_new_walk_in,
    card_status,
    check_in_person,
    check_in_scan,
    import_attendance,
    list_attendance,
    prefill_attendance,
    search_persons,
    set_attendance,
    sheet_candidates,
    support_summary,
)
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.services.errors import ServiceError
from desktop.services.office import save_office
from desktop.services.persons import PersonInput
from desktop.services.scans import Difference
from desktop.services.session_results import period_results, session_result
from desktop.services.sessions import create_session
from tests.conftest import cu_mgar_office
from tests.services.test_enrollments import BIRTH, add_person, add_village
from tests.services.test_sessions import DAY, session_input

ACTOR = Actor("thu.ha", role=Role.STAFF)
CCCD = "066180000123"


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def set_card(db: Database, person_id: int, valid_to: dt.date | None, cccd: str | None = None) -> None:
    with db.unit_of_work() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.hi_valid_to, person.hi_scheme = valid_to, "HI-HH" if valid_to else None
        person.cccd = cccd


@pytest.fixture
def village_people(office: Database) -> dict[str, int]:
    """A buôn with people uninsured, expiring soon, insured for long, and a child."""
    village = add_village(office)
    people = {
        "uninsured": add_person(office, "Y Bhim Niê", village_id=village),
        "expiring": add_person(office, "H Hoa Êban", village_id=village),
        "insured": add_person(office, "Ama Khăm", village_id=village),
        "child": add_person(office, "Y Kô Niê", village_id=village, birth=dt.date(2020, 1, 1)),
        "elsewhere": add_person(office, "Nguyễn Văn An", village_id=add_village(office, "Thôn 3")),
    }
    set_card(office, people["uninsured"], None, CCCD)
    set_card(office, people["expiring"], DAY + dt.timedelta(days=10))
    set_card(office, people["insured"], DAY + dt.timedelta(days=200))
    people["village"] = village
    people["session"] = create_session(office, ACTOR, session_input(village))
    return people


def test_the_sheet_is_for_adults_without_a_lasting_card(office: Database, village_people: dict[str, int]) -> None:
    found = sheet_candidates(office, village_people["village"], DAY)
    assert [c.full_name for c in found] == ["H Hoa Êban", "Y Bhim Niê"]
    assert found[1].status_text == "Chưa có thẻ BHYT"
    assert found[0].status_text == "Còn hạn đến 30/11/2026"
    assert card_status(dt.date(2026, 1, 1), DAY) == "Hết hạn ngày 01/01/2026"
    session_id = village_people["session"]
    assert prefill_attendance(office, ACTOR, session_id) == 2
    assert prefill_attendance(office, ACTOR, session_id) == 0  # never twice
    lines = list_attendance(office, session_id)
    assert [(line.full_name, line.attended, line.source) for line in lines] == [
        ("H Hoa Êban", False, "list"), ("Y Bhim Niê", False, "list")]
    assert lines[1].cccd == CCCD and lines[1].birth_year == "1980"


def test_ticks_walk_ins_and_the_support_total(office: Database, village_people: dict[str, int]) -> None:
    session_id = village_people["session"]
    prefill_attendance(office, ACTOR, session_id)
    lines = list_attendance(office, session_id)
    assert set_attendance(office, ACTOR, session_id, {lines[0].id: True, lines[1].id: False}) == 1
    walk_in = check_in_person(office, ACTOR, session_id, village_people["insured"])
    assert walk_in.status == "added"
    assert check_in_person(office, ACTOR, session_id, village_people["insured"]).status == "already"
    new = add_new_walk_in(office, ACTOR, session_id, PersonInput(full_name="Hoàng Thị Lan", birth="1990",
                                                                  village_id=village_people["village"]))
    assert new.status == "added" and new.full_name == "Hoàng Thị Lan"
    support = support_summary(office, session_id)
    assert (support.attended, support.total) == (3, 150_000)
    assert support.total_text == "150.000 đ"
    assert support.words == "Một trăm năm mươi nghìn đồng"
    assert [hit.full_name for hit in search_persons(office, "hoang lan")] == ["Hoàng Thị Lan"]
    assert [hit.full_name for hit in search_persons(office, CCCD[:6])] == ["Y Bhim Niê"]
    assert set_attendance(office, ACTOR, session_id, {lines[0].id: False}) == 1
    assert support_summary(office, session_id).attended == 2


def test_qr_scans_check_in_the_registered_holder_and_leave_newcomers_to_the_quick_form(
        office: Database, village_people: dict[str, int]) -> None:
    session_id = village_people["session"]
    prefill_attendance(office, ACTOR, session_id)
    known = CccdScan(CCCD, "", "Y Bhim Niê", None, "M", "Buôn Ea Bông", None)
    first = check_in_scan(office, ACTOR, session_id, known)
    assert first is not None and first.differences == ()
    assert (first.check_in.status, first.check_in.message) == ("ticked", "Đã điểm danh: Y Bhim Niê")
    misread = CccdScan(CCCD, "", "Y Bhim Nie", PartialDate(1981, 5, 17), "F", "", None)
    again = check_in_scan(office, ACTOR, session_id, misread)
    assert again is not None and again.check_in.message == "Đã điểm danh trước đó: Y Bhim Niê"
    assert again.differences == (Difference("full_name", "Y Bhim Nie", "Y Bhim Niê"),
                                 Difference("birth", "17/05/1981", BIRTH.strftime("%d/%m/%Y")),
                                 Difference("sex", "Nữ", "Nam"))
    stranger = CccdScan("066190000777", "", "H Mai Byă", PartialDate(1990, 2, 3), "F", "Buôn Ea Bông, Ea Tul", None)
    assert check_in_scan(office, ACTOR, session_id, stranger) is None
    with office.reading() as session:
        assert session.scalars(select(Person).where(Person.cccd == "066190000777")).first() is None
    added = add_new_walk_in(office, ACTOR, session_id, PersonInput(
        full_name="H Mai Byă", birth="03/02/1990", sex="F", cccd="066190000777", address="Buôn Ea Bông, Ea Tul",
        village_id=village_people["village"]), today=DAY, source="qr")
    assert added.status == "added"
    with office.reading() as session:
        person = session.scalars(select(Person).where(Person.cccd == "066190000777")).one()
        assert person.village_id == village_people["village"] and person.full_name == "H Mai Byă"
        line = session.get(Attendance, added.attendance_id)
        assert line is not None and line.source == "qr" and line.checked_in_at is not None
        assert line.support_amount == 50_000


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DANH SÁCH NGƯỜI THAM DỰ"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Thôn, buôn", "Ký nhận"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_signed_sheet_is_read_back(office: Database, village_people: dict[str, int], tmp_path: Path) -> None:
    session_id = village_people["session"]
    prefill_attendance(office, ACTOR, session_id)
    path = write_sheet(tmp_path / "ky_nhan.xlsx", [
        [1, "H Hoa Êban", 1980, None, "Buôn Ea Bông", "x"],
        [2, "Y Bhim Niê", 1980, CCCD, "Buôn Ea Bông", None],
        [3, "Ama Khăm", "1980", None, "Buôn Ea Bông", "Khăm"],
        [4, "Người Lạ", 1970, None, "Buôn Ea Bông", "x"],
    ])
    outcome = import_attendance(office, ACTOR, session_id, path)
    assert (outcome.rows, outcome.ticked, outcome.added, outcome.not_ticked) == (4, 1, 1, 1)
    assert [(row.row, row.text) for row in outcome.unmatched] == [(7, "Người Lạ")]
    assert "Không tìm thấy" in outcome.unmatched[0].reason
    attended = {line.full_name for line in list_attendance(office, session_id) if line.attended}
    assert attended == {"H Hoa Êban", "Ama Khăm"}
    again = import_attendance(office, ACTOR, session_id, path)
    assert again.already == 2
    with office.reading() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()


def test_a_sheet_without_a_tick_column_is_refused(office: Database, village_people: dict[str, int],
                                                   tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD"])
    sheet.append([1, "Y Bhim Niê", 1980, CCCD])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(ServiceError, match="Ký nhận"):
        import_attendance(office, ACTOR, village_people["session"], tmp_path / "x.xlsx")


def test_results_count_enrollments_after_the_session(office: Database, village_people: dict[str, int]) -> None:
    session_id = village_people["session"]
    prefill_attendance(office, ACTOR, session_id)
    check_in_person(office, ACTOR, session_id, village_people["uninsured"])
    check_in_person(office, ACTOR, session_id, village_people["expiring"])
    assert session_result(office, session_id).enrolled == 0
    add_enrollment(office, ACTOR, village_people["uninsured"],
                   EnrollmentRequest("HI-HH", DAY + dt.timedelta(days=5), 12))
    late = DAY + dt.timedelta(days=45)
    add_enrollment(office, ACTOR, village_people["expiring"], EnrollmentRequest("HI-HH", late, 12))
    # someone who did not come but whose receipt names the session
    add_enrollment(office, ACTOR, village_people["elsewhere"],
                   EnrollmentRequest("VSI", DAY, 1, chosen_income=1_500_000, session_id=session_id))
    result = session_result(office, session_id)
    assert (result.attended, result.enrolled, result.attendees_enrolled) == (2, 2, 1)
    assert result.per_scheme == {"BHXH tự nguyện": 1, "BHYT hộ gia đình": 1}
    assert result.conversion_rate == 100.0  # R5's rate: enrolled afterwards / attendees
    assert session_result(office, session_id, window_days=60).attendees_enrolled == 2
    totals = period_results(office, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [(row.label, row.sessions, row.attended, row.enrolled) for row in totals.per_kind] == [
        ("Hội nghị tuyên truyền", 1, 2, 2)]
    assert totals.per_commune[0].support_total == 100_000
    assert totals.total.conversion_rate == 100.0
    assert period_results(office, dt.date(2026, 11, 1), dt.date(2026, 11, 30), kind="tu_van").total.sessions == 0
