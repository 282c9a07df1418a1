"""The person service on SQLite and PostgreSQL: checks, duplicates, saving, concurrent edits, audit."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.text import fold
from desktop.models import (
    Attendance,
    AuditEntry,
    Enrollment,
    Household,
    OutreachSession,
    Person,
    Village,
)
from desktop.services import persons
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError
from desktop.services.office import save_office
from desktop.services.persons import (
    REASON_CCCD,
    REASON_NAME,
    REASON_SI_CODE,
    PersonInput,
    check_person,
    create_person,
    delete_person,
    find_household,
    find_person_by_cccd,
    load_person,
    suggest_village,
    update_person,
    validate_fields,
)
from tests.conftest import cu_mgar_office

EA_KIET = "24265"
OUTSIDE = "22015"  # Phường Tuy Hòa, not served by the Cư M'gar office
TODAY = dt.date(2026, 3, 15)
ACTOR = Actor("thu.ha", role=Role.STAFF)


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def add_village(db: Database, commune: str, name: str) -> int:
    with db.unit_of_work() as session:
        village = Village(commune_code=commune, name=name, name_key=fold(name))
        session.add(village)
        session.flush()
        return village.id


def add_household(db: Database, code: str, village_id: int | None) -> int:
    with db.unit_of_work() as session:
        household = Household(code=code, village_id=village_id)
        session.add(household)
        session.flush()
        return household.id


def hoa(village_id: int | None = None, **changes: Any) -> PersonInput:
    base = PersonInput(
        full_name="Nguyễn Thị Hoa", birth="05/03/1990", sex="F", ethnic="Kinh", cccd="066190012345",
        si_code="6612345678", phone="0912345678", village_id=village_id, address="Thôn 3, xã Ea Kiết",
        category="other",
    )
    return replace(base, **changes)


def audit_entries(db: Database, entity: str = "person") -> list[AuditEntry]:
    with db.reading() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))
        session.expunge_all()  # keep the loaded values after the read-only session rolls back
        return entries


# --- create / load ------------------------------------------------------------------

def test_create_stores_normalised_values_and_loads_them_back(office: Database) -> None:
    village = add_village(office, EA_KIET, "Buôn Ky")
    typed = PersonInput(
        full_name=unicodedata.normalize("NFD", "  Y  Bih   Niê "), birth="5/3/1990", sex="M", ethnic="Ê Đê",
        cccd="066 090 012 345", si_code="0123456789", phone="+84 912 345 678", village_id=village,
        address=" Buôn Ky ", category="minority", note="Đến quầy ngày 15/3",
    )
    person_id = create_person(office, ACTOR, typed, today=TODAY)
    record = load_person(office, person_id)
    assert (record.full_name, record.birth, record.sex, record.ethnic_code) == ("Y Bih Niê", "05/03/1990", "M", "12")
    assert unicodedata.is_normalized("NFC", record.full_name)
    assert (record.cccd, record.si_code, record.phone) == ("066090012345", "0123456789", "0912345678")
    assert (record.village_id, record.village_name, record.commune_code) == (village, "Buôn Ky", EA_KIET)
    assert record.commune_name == "Xã Ea Kiết" and record.address == "Buôn Ky"
    assert record.ethnic_label.endswith("(12)") and record.version == 1 and record.enrollment_count == 0
    with office.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.search_key, person.birth_year, person.birth_precision) == ("y bih nie", 1990, "day")
        assert person.birth_date == dt.date(1990, 3, 5)
    assert record.to_input().cccd == "066090012345"


@pytest.mark.parametrize(("typed", "shown", "precision", "stored"), [
    ("03/1980", "03/1980", "month", dt.date(1980, 3, 1)),
    ("1975", "1975", "year", dt.date(1975, 1, 1)),
    ("05-03-1990", "05/03/1990", "day", dt.date(1990, 3, 5)),
])
def test_birth_keeps_its_precision(office: Database, typed: str, shown: str, precision: str, stored: dt.date) -> None:
    person_id = create_person(office, ACTOR, hoa(birth=typed, cccd="", si_code=""), today=TODAY)
    assert load_person(office, person_id).birth == shown
    with office.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None and (person.birth_precision, person.birth_date) == (precision, stored)


def test_create_writes_an_audit_entry_with_every_field(office: Database) -> None:
    person_id = create_person(office, ACTOR, hoa(), today=TODAY)
    [entry] = audit_entries(office)
    assert (entry.action, entry.entity_id, entry.username) == ("create", person_id, "thu.ha")
    assert entry.summary == "Thêm hồ sơ Nguyễn Thị Hoa"
    changes = json.loads(entry.changes_json)
    assert changes["full_name"] == [None, "Nguyễn Thị Hoa"]
    assert changes["birth"] == [None, "1990-03-05"]
    assert changes["cccd"] == [None, "066190012345"]


def test_missing_person_is_not_found(office: Database) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy hồ sơ"):
        load_person(office, 999)
    assert find_person_by_cccd(office, "066190012345") is None


# --- validation messages ------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"full_name": "   "}, "full_name", "Chưa nhập họ và tên."),
    ({"full_name": "Nguyễn Văn 2"}, "full_name", "Họ và tên có ký tự không hợp lệ “2”."),
    ({"full_name": "A" * 121}, "full_name", "Họ và tên dài quá 120 ký tự."),
    ({"birth": ""}, "birth", "Chưa nhập ngày sinh."),
    ({"birth": "31/02/1990"}, "birth", "Ngày sinh 31/02/1990 không tồn tại."),
    ({"birth": "2027"}, "birth", "Ngày sinh không được sau ngày hôm nay."),
    ({"birth": "5/3/90"}, "birth", "Ngày sinh “5/3/90” phải ghi năm đủ 4 chữ số."),
    ({"sex": "X"}, "sex", "Giới tính phải là Nam hoặc Nữ."),
    ({"ethnic": "Klingon"}, "ethnic", "Không nhận ra dân tộc “Klingon”."),
    ({"cccd": "06619001234"}, "cccd", "Số CCCD phải gồm 12 chữ số (đang có 11)."),
    ({"cccd": "0661900123a5"}, "cccd", "Số CCCD chỉ được gồm chữ số (đang có “0661900123a5”)."),
    ({"si_code": "12345678"}, "si_code", "Mã số BHXH phải gồm 10 chữ số (đang có 8)."),
    ({"phone": "12345"}, "phone", "Số điện thoại không hợp lệ"),
    ({"address": "x" * 201}, "address", "Địa chỉ dài quá 200 ký tự."),
    ({"relationship_code": "08"}, "relationship_code", "Chưa chọn hộ gia đình nên chưa ghi được quan hệ với chủ hộ."),
    ({"relationship_code": "77"}, "relationship_code", "Không có mã quan hệ với chủ hộ “77”."),
    ({"category": "rich"}, "category", "Đối tượng “rich” không có trong danh mục."),
])
def test_each_field_has_its_message(office_db: Database, changes: dict[str, Any], field: str, message: str) -> None:
    """Field rules do not depend on the database engine: SQLite only."""
    office, data = office_db, hoa(**changes)
    check = check_person(office, data, today=TODAY)
    assert list(check.errors) == [field]
    assert check.errors[field].startswith(message)
    assert validate_fields(data, today=TODAY).errors == check.errors
    with pytest.raises(ValidationError) as raised:
        create_person(office, ACTOR, data, today=TODAY)
    assert (raised.value.field, raised.value.message) == (field, check.errors[field])


def test_village_must_belong_to_the_office(office: Database) -> None:
    outside = add_village(office, OUTSIDE, "Khu phố 1")
    check = check_person(office, hoa(outside), today=TODAY)
    assert check.errors == {"village_id": "Khu phố 1 — Phường Tuy Hòa không thuộc các xã đơn vị phụ trách."}
    assert check_person(office, hoa(99_999), today=TODAY).errors == {
        "village_id": "Không có thôn, buôn này trong danh mục."}


def test_household_must_exist_and_errors_come_in_screen_order(office: Database) -> None:
    check = check_person(office, hoa(full_name="", birth="", household_id=424242, relationship_code="08"))
    assert list(check.errors) == ["full_name", "birth", "household_id"]
    assert check.errors["household_id"] == "Không có hộ gia đình này (có thể vừa bị xoá ở máy khác)."
    with pytest.raises(ValidationError, match="Chưa nhập họ và tên"):
        create_person(office, ACTOR, hoa(full_name="", birth=""))


# --- warnings -----------------------------------------------------------------------

def test_cccd_disagreeing_with_sex_and_year_warns_but_saves(office: Database) -> None:
    data = hoa(sex="M", birth="1991")  # the CCCD says a woman born 1990
    check = check_person(office, data, today=TODAY)
    assert check.ok
    assert check.warnings == [
        "Số CCCD cho biết giới tính Nữ nhưng hồ sơ ghi Nam.",
        "Số CCCD cho biết năm sinh 1990 nhưng hồ sơ ghi 1991.",
    ]
    assert check.field_warnings.keys() == {"cccd"}
    assert create_person(office, ACTOR, data, today=TODAY) > 0


def test_unknown_province_code_warns(office: Database) -> None:
    check = validate_fields(hoa(cccd="099190012345"), today=TODAY)
    assert check.ok
    assert check.warnings == ["Mã tỉnh 099 ở đầu số CCCD không có trong danh mục tỉnh, thành phố."]


def test_household_without_relationship_warns_and_a_second_head_is_refused(office: Database) -> None:
    village = add_village(office, EA_KIET, "Thôn 1")
    household = add_household(office, "242650000001", village)
    head = create_person(office, ACTOR, hoa(village, household_id=household, relationship_code="00"), today=TODAY)
    assert find_household(office, " 2426500 00001 ") == persons.HouseholdSummary(
        household, "242650000001", head, "Nguyễn Thị Hoa", "Thôn 1", 1)
    second = hoa(village, full_name="Lê Văn Nam", sex="M", birth="1988", cccd="", si_code="",
                 household_id=household, relationship_code="00")
    assert check_person(office, second, today=TODAY).errors == {"relationship_code": (
        "Hộ 242650000001 đã có chủ hộ là Nguyễn Thị Hoa; muốn đổi chủ hộ, hãy làm ở trang Hộ gia đình.")}
    assert check_person(office, replace(second, relationship_code=None), today=TODAY).warnings == [
        "Chưa ghi quan hệ với chủ hộ."]


# --- duplicates ----------------------------------------------------------------------

def test_duplicates_by_cccd_si_code_and_name(office: Database) -> None:
    village = add_village(office, EA_KIET, "Thôn 2")
    first = create_person(office, ACTOR, hoa(village), today=TODAY)
    same_cccd = hoa(None, full_name="Trần Thị Lan", si_code="", birth="1990")
    [by_cccd] = check_person(office, same_cccd, today=TODAY).duplicates
    assert (by_cccd.id, by_cccd.reason, by_cccd.blocking) == (first, REASON_CCCD, True)
    assert (by_cccd.full_name, by_cccd.birth, by_cccd.village) == ("Nguyễn Thị Hoa", "05/03/1990", "Thôn 2 — Xã Ea Kiết")
    [by_si] = check_person(office, hoa(None, full_name="Trần Thị Lan", cccd=""), today=TODAY).duplicates
    assert (by_si.reason, by_si.blocking, by_si.si_code) == (REASON_SI_CODE, True, "6612345678")
    namesake = hoa(village, full_name="nguyen thi  HOA", birth="12/1990", cccd="", si_code="")
    [by_name] = check_person(office, namesake, today=TODAY).duplicates
    assert (by_name.id, by_name.reason, by_name.blocking) == (first, REASON_NAME, False)
    assert check_person(office, replace(namesake, birth="1991"), today=TODAY).duplicates == []
    [both] = check_person(office, hoa(village), today=TODAY).duplicates
    assert both.reason == f"{REASON_CCCD}; {REASON_SI_CODE}; {REASON_NAME}"
    assert check_person(office, hoa(village), person_id=first, today=TODAY).duplicates == []


def test_a_name_match_may_be_saved_but_a_taken_cccd_or_si_code_never(office: Database) -> None:
    village = add_village(office, EA_KIET, "Thôn 4")
    first = create_person(office, ACTOR, hoa(village), today=TODAY)
    namesake = create_person(office, ACTOR, hoa(village, cccd="", si_code=""), today=TODAY)
    assert namesake != first
    with pytest.raises(ServiceError) as raised:
        create_person(office, ACTOR, hoa(None, full_name="Trần Thị Lan", si_code=""), today=TODAY)
    assert raised.value.message == (
        "Số CCCD 066190012345 đã có trong hồ sơ của Nguyễn Thị Hoa, sinh 05/03/1990. "
        "Không được có hai hồ sơ cùng số CCCD; hãy mở hồ sơ đã có.")
    with pytest.raises(ServiceError, match="Mã số BHXH 6612345678 đã có trong hồ sơ của Nguyễn Thị Hoa"):
        update_person(office, ACTOR, namesake, 1, hoa(village, cccd=""), today=TODAY)
    assert find_person_by_cccd(office, "66190012345") == first


def test_unique_constraint_is_translated_when_the_check_is_bypassed(office: Database,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    create_person(office, ACTOR, hoa(), today=TODAY)
    monkeypatch.setattr(persons, "_duplicates", lambda *_args: [])
    with pytest.raises(ServiceError, match="Số CCCD này vừa được lưu cho một người khác"):
        create_person(office, ACTOR, hoa(full_name="Trần Thị Lan", si_code=""), today=TODAY)
    with pytest.raises(ServiceError, match="Mã số BHXH này vừa được lưu cho một người khác"):
        create_person(office, ACTOR, hoa(full_name="Trần Thị Lan", cccd=""), today=TODAY)
    with office.reading() as session:
        assert len(session.scalars(select(Person)).all()) == 1


# --- update and concurrent edits ------------------------------------------------------

def test_update_changes_fields_and_audits_before_and_after(office: Database) -> None:
    person_id = create_person(office, ACTOR, hoa(), today=TODAY)
    record = load_person(office, person_id)
    new_version = update_person(office, Actor("lan", role=Role.STAFF), person_id, record.version,
                                replace(record.to_input(), phone="0987654321", birth="1990"), today=TODAY)
    assert new_version == record.version + 1
    after = load_person(office, person_id)
    assert (after.phone, after.birth, after.version) == ("0987654321", "1990", new_version)
    entry = audit_entries(office)[-1]
    assert (entry.action, entry.username, entry.summary) == ("update", "lan", "Sửa hồ sơ Nguyễn Thị Hoa")
    assert json.loads(entry.changes_json) == {"phone": ["0912345678", "0987654321"], "birth": ["1990-03-05", "1990"]}


def test_saving_unchanged_form_keeps_version_and_writes_no_audit(office: Database) -> None:
    person_id = create_person(office, ACTOR, hoa(), today=TODAY)
    record = load_person(office, person_id)
    assert update_person(office, ACTOR, person_id, record.version, record.to_input(), today=TODAY) == record.version
    assert [e.action for e in audit_entries(office)] == ["create"]


def test_two_windows_second_save_is_refused_and_first_data_stays(office: Database) -> None:
    person_id = create_person(office, ACTOR, hoa(), today=TODAY)
    window_a, window_b = load_person(office, person_id), load_person(office, person_id)
    update_person(office, ACTOR, person_id, window_a.version, replace(window_a.to_input(), phone="0987654321"),
                  today=TODAY)
    with pytest.raises(ConcurrentEditError, match="vừa được sửa ở máy khác"):
        update_person(office, ACTOR, person_id, window_b.version, replace(window_b.to_input(), note="B"),
                      today=TODAY)
    final = load_person(office, person_id)
    assert (final.phone, final.note, final.version) == ("0987654321", "", 2)


def test_stale_write_detected_by_the_version_column_is_a_concurrent_edit(office: Database,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Another desk commits between this save's version check and its write."""
    person_id = create_person(office, ACTOR, hoa(), today=TODAY)
    opened = load_person(office, person_id)
    real_check = persons.check_version
    raced: list[bool] = []

    def check_then_other_desk_saves(label: str, found: int | None, expected: int) -> None:
        real_check(label, found, expected)
        if not raced:
            raced.append(True)
            update_person(office, ACTOR, person_id, expected, replace(opened.to_input(), note="A"), today=TODAY)

    monkeypatch.setattr(persons, "check_version", check_then_other_desk_saves)
    with pytest.raises(ConcurrentEditError, match="trong lúc bạn lưu"):
        update_person(office, ACTOR, person_id, opened.version, replace(opened.to_input(), note="B"), today=TODAY)
    assert (load_person(office, person_id).note, raced) == ("A", [True])


def test_edit_keeps_a_village_outside_the_office_but_cannot_move_there(office: Database) -> None:
    outside = add_village(office, OUTSIDE, "Khu phố 2")
    inside = add_village(office, EA_KIET, "Thôn 5")
    person_id = create_person(office, ACTOR, hoa(inside), today=TODAY)
    with office.unit_of_work() as session:  # the office stopped serving the person's commune
        person = session.get(Person, person_id)
        assert person is not None
        person.village_id = outside
    record = load_person(office, person_id)
    assert check_person(office, replace(record.to_input(), note="x"), person_id, today=TODAY).ok
    other = create_person(office, ACTOR, hoa(inside, full_name="Lê Văn Nam", cccd="", si_code=""), today=TODAY)
    with pytest.raises(ValidationError, match="không thuộc các xã đơn vị phụ trách"):
        update_person(office, ACTOR, other, 1, hoa(outside, full_name="Lê Văn Nam", cccd="", si_code=""), today=TODAY)


# --- households' heads ------------------------------------------------------------------

def test_head_of_a_headless_household_is_recorded_and_cleared_when_leaving(office: Database) -> None:
    village = add_village(office, EA_KIET, "Thôn 6")
    household = add_household(office, "242650000006", village)
    person_id = create_person(office, ACTOR, hoa(village, household_id=household, relationship_code="00"),
                              today=TODAY)
    summary = find_household(office, "242650000006")
    assert summary is not None and summary.head_person_id == person_id
    record = load_person(office, person_id)
    assert (record.household_code, record.household_head) == ("242650000006", "Nguyễn Thị Hoa")
    update_person(office, ACTOR, person_id, record.version,
                  replace(record.to_input(), household_id=None, relationship_code=None), today=TODAY)
    summary = find_household(office, "242650000006")
    assert summary is not None and summary.head_person_id is None and summary.member_count == 0
    assert [e.summary for e in audit_entries(office, "household")] == [
        "Chủ hộ 242650000006: Nguyễn Thị Hoa", "Hộ 242650000006 chưa có chủ hộ"]


# --- delete ------------------------------------------------------------------------------

def test_delete_removes_enrollments_unlinks_attendance_clears_head_and_audits(office: Database) -> None:
    village = add_village(office, EA_KIET, "Buôn Ea Kmát")
    household = add_household(office, "242650000007", village)
    person_id = create_person(office, ACTOR, hoa(village, household_id=household, relationship_code="00"),
                              today=TODAY)
    with office.unit_of_work() as session:
        session.add(Enrollment(person_id=person_id, scheme="HI-HH", valid_from=dt.date(2026, 1, 1),
                               valid_to=dt.date(2026, 12, 31), payment_months=12))
        meeting = OutreachSession(kind="hoi_nghi", held_on=dt.date(2026, 2, 1), commune_code=EA_KIET)
        session.add(meeting)
        session.flush()
        session.add(Attendance(session_id=meeting.id, person_id=person_id, full_name="Nguyễn Thị Hoa"))
    record = load_person(office, person_id)
    assert record.enrollment_count == 1
    with pytest.raises(ConcurrentEditError):
        delete_person(office, ACTOR, person_id, record.version + 1)
    delete_person(office, ACTOR, person_id, record.version)
    with office.reading() as session:
        assert session.get(Person, person_id) is None
        assert session.scalars(select(Enrollment)).all() == []
        [line] = session.scalars(select(Attendance)).all()
        assert (line.person_id, line.full_name) == (None, "Nguyễn Thị Hoa")
        kept = session.get(Household, household)
        assert kept is not None and kept.head_person_id is None
    entry = audit_entries(office)[-1]
    assert (entry.action, entry.entity_id) == ("delete", person_id)
    assert entry.summary == "Xoá hồ sơ Nguyễn Thị Hoa và 1 lượt tham gia"
    changes = json.loads(entry.changes_json)
    assert changes["cccd"] == ["066190012345", None] and changes["full_name"] == ["Nguyễn Thị Hoa", None]
    with pytest.raises(ConcurrentEditError, match="đã bị xoá ở máy khác"):
        update_person(office, ACTOR, person_id, record.version, record.to_input(), today=TODAY)
    assert create_person(office, ACTOR, hoa(), today=TODAY) > 0  # the CCCD is free again


# --- helpers for the form ------------------------------------------------------------------

def test_suggest_village_from_a_cccd_address(office: Database) -> None:
    buon_ky = add_village(office, EA_KIET, "Buôn Ky")
    add_village(office, EA_KIET, "Thôn 7")
    assert suggest_village(office, "Buôn Ky, Xã Ea Kiết, Đắk Lắk") == (EA_KIET, buon_ky)
    assert suggest_village(office, "Thôn 9, xa ea kiet, Dak Lak") == (EA_KIET, None)
    assert suggest_village(office, "Phường Tân Lập, Đắk Lắk") is None
    assert suggest_village(office, "") is None


# --- anything typed ------------------------------------------------------------------------

_text = st.text(max_size=30)
_inputs = st.builds(
    PersonInput,
    full_name=st.one_of(_text, st.sampled_from(["Nguyễn Thị Hoa", "Y Bih Niê", "H'Nga Mlô"])),
    birth=st.one_of(_text, st.sampled_from(["1990", "05/03/1990", "13/1990", "0/0/0"])),
    sex=st.sampled_from([None, "M", "F", "", "X"]),
    ethnic=st.one_of(_text, st.sampled_from(["Kinh", "12", "Ê Đê (12)", "ede", "99"])),
    cccd=st.one_of(_text, st.from_regex(r"0\d{11}", fullmatch=True)),
    si_code=st.one_of(_text, st.from_regex(r"\d{10}", fullmatch=True)),
    phone=st.one_of(_text, st.from_regex(r"09\d{8}", fullmatch=True)),
    village_id=st.one_of(st.none(), st.integers(min_value=-5, max_value=5)),
    address=st.text(max_size=250),
    household_id=st.one_of(st.none(), st.integers(min_value=-5, max_value=5)),
    relationship_code=st.one_of(st.none(), st.sampled_from(["00", "08", "99", ""]), _text),
    category=st.one_of(st.sampled_from(["poor", "other", "student"]), _text),
    note=st.text(max_size=60),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_inputs)
def test_anything_typed_gives_a_message_never_a_crash(office: Database, data: PersonInput) -> None:
    check = check_person(office, data, today=TODAY)
    try:
        person_id = create_person(office, ACTOR, data, today=TODAY)
    except (ValidationError, ServiceError) as error:
        assert str(error)
        return
    assert not check.errors
    assert load_person(office, person_id).full_name
