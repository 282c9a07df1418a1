"""The outreach session service on SQLite and PostgreSQL: checks, saving, versions, filters, audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import Attendance, AuditEntry, OutreachSession
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import ConcurrentEditError
from desktop.services.office import save_office
from desktop.services.sessions import (
    SessionFilter,
    SessionInput,
    create_session,
    delete_session,
    list_sessions,
    load_session,
    normalize_time,
    split_languages,
    update_session,
    validate_session,
)
from tests.conftest import cu_mgar_office
from tests.services.test_enrollments import add_person, add_village

ACTOR = Actor("thu.ha", role=Role.STAFF)
CUOR_DANG = "24301"  # Xã Cuôr Đăng after the 2025 merger
EA_KIET = "24265"
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def session_input(village_id: int | None = None, **changes: object) -> SessionInput:
    data = SessionInput(
        kind="hoi_nghi", held_on=DAY, starts_at="8h", ends_at="10:30", commune_code=CUOR_DANG, village_id=village_id,
        venue="Nhà văn hóa Buôn Ea Bông", organiser="BHXH cơ sở Cư M'gar",
        co_organisers="UBND xã Ea Tul, Trưởng buôn", languages="Kinh; Ê Đê, Kinh", topic="Lợi ích BHYT hộ gia đình",
        support_per_attendee=50_000,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_times_and_languages_are_normalised() -> None:
    assert normalize_time("8") == "08:00"
    assert normalize_time("08h30") == "08:30"
    assert normalize_time("1400") == "14:00"
    assert normalize_time("") == ""
    with pytest.raises(ValidationError):
        normalize_time("25:00")
    assert split_languages("Kinh; Ê Đê, kinh ,Kinh") == ("Kinh", "Ê Đê", "kinh")


def test_validation_names_each_field_in_screen_order() -> None:
    errors = validate_session(SessionInput(kind="xx", held_on=None, starts_at="10:00", ends_at="09:00",
                                           support_per_attendee=-1))
    assert list(errors) == ["kind", "held_on", "ends_at", "commune_code", "venue", "organiser",
                            "support_per_attendee"]
    assert errors["ends_at"] == "Giờ kết thúc phải sau giờ bắt đầu."
    assert validate_session(session_input()) == {}


def test_create_load_update_and_audit(office: Database) -> None:
    village = add_village(office)
    session_id = create_session(office, ACTOR, session_input(village))
    record = load_session(office, session_id)
    assert record.data.starts_at == "08:00"
    assert record.data.languages == "Kinh, Ê Đê"
    assert record.village_name == "Buôn Ea Bông"
    assert record.caption == "Hội nghị tuyên truyền — 20/11/2026 — Buôn Ea Bông"
    assert record.place_text.startswith("Nhà văn hóa Buôn Ea Bông")
    new_version = update_session(office, ACTOR, session_id, record.version,
                                 replace(record.data, kind="doi_thoai", support_per_attendee=70_000))
    assert new_version == record.version + 1
    assert load_session(office, session_id).kind_label == "Hội nghị đối thoại"
    with office.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "outreach_session")
                                  .order_by(AuditEntry.id)).all()
        assert [entry.action for entry in entries] == ["create", "update"]
        assert "70000" in entries[1].changes_json


def test_village_must_belong_to_the_commune(office: Database) -> None:
    village = add_village(office)  # in Ea Tul
    with pytest.raises(ValidationError) as error:
        create_session(office, ACTOR, session_input(village, commune_code=EA_KIET))
    assert error.value.field == "village_id"
    with pytest.raises(ValidationError):
        create_session(office, ACTOR, session_input(None, commune_code="22015"))  # not served


def test_a_stale_version_is_refused(office: Database) -> None:
    session_id = create_session(office, ACTOR, session_input())
    record = load_session(office, session_id)
    update_session(office, ACTOR, session_id, record.version, replace(record.data, topic="Khác"))
    with pytest.raises(ConcurrentEditError):
        update_session(office, ACTOR, session_id, record.version, replace(record.data, topic="Cũ"))
    with pytest.raises(ConcurrentEditError):
        delete_session(office, ACTOR, session_id, record.version)


def test_list_filters_by_period_commune_and_kind_with_counts(office: Database) -> None:
    village = add_village(office)
    first = create_session(office, ACTOR, session_input(village))
    create_session(office, ACTOR, session_input(None, commune_code=EA_KIET, kind="tu_van",
                                                held_on=dt.date(2026, 10, 2)))
    person = add_person(office, "H Hoa Niê", village_id=village)
    with office.unit_of_work() as session:
        session.add(Attendance(session_id=first, person_id=person, full_name="H Hoa Niê", attended=True))
    everything = list_sessions(office)
    assert [row.held_on for row in everything] == [DAY, dt.date(2026, 10, 2)]
    assert everything[0].attended == 1 and everything[0].support_total == 50_000
    assert everything[0].time_text == "08:00–10:30"
    november = list_sessions(office, SessionFilter(date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 30)))
    assert [row.id for row in november] == [first]
    assert [row.kind for row in list_sessions(office, SessionFilter(kind="tu_van"))] == ["tu_van"]
    assert [row.commune_name for row in list_sessions(office, SessionFilter(commune_code=CUOR_DANG))] == ["Xã Cuôr Đăng"]


def test_delete_removes_the_attendance_lines(office: Database) -> None:
    session_id = create_session(office, ACTOR, session_input())
    with office.unit_of_work() as session:
        session.add(Attendance(session_id=session_id, person_id=None, full_name="Khách", attended=True))
    delete_session(office, ACTOR, session_id, load_session(office, session_id).version)
    with office.reading() as session:
        assert session.scalars(select(OutreachSession)).all() == []
        assert session.scalars(select(Attendance)).all() == []
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
        assert "1 dòng danh sách tham dự" in entry.summary
