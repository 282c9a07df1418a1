"""Roles are enforced in the services: a refused action writes nothing, not even an audit entry.

One representative action per service module, each run first by a view-only
account (refused, database and files untouched), then by a staff account
(allowed). Admin-only actions refuse staff. Both on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import AuditEntry
from desktop.models.base import Base
from desktop.services import (
    agents,
    attendance,
    commune_figures,
    enrollments,
    households,
    persons,
    sessions,
    targets,
)
from desktop.services.audit import Actor
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.bootstrap import open_database
from desktop.services.exports import export_participants
from desktop.services.imports import ImportOptions, commit_import, import_file, undo_import
from desktop.services.office import load_office, save_office, update_office
from desktop.services.reports import ReportParams, export_report, record_output, report_kind
from tests.conftest import cu_mgar_office
from tests.io.conftest import write_xlsx

D = dt.date
TODAY = D(2026, 3, 16)
EA_TUL = "24277"
VIEWER = Actor("xem", role=Role.VIEWER)
STAFF = Actor("canbo", role=Role.STAFF)
ADMIN = Actor("quantri", role=Role.ADMIN)


@dataclass
class Office:
    """An office with one of everything the actions below need, made by a staff account."""

    db: Database
    tmp: Path
    person_id: int
    village_id: int
    session_id: int
    batch_id: int


def _village(db: Database) -> int:
    from desktop.domain.text import fold
    from desktop.models import Village

    with db.unit_of_work() as session:
        village = Village(commune_code=EA_TUL, name="Buôn Ea Bông", name_key=fold("Buôn Ea Bông"), kind="buôn")
        session.add(village)
        session.flush()
        return village.id


def _import_list(tmp: Path, name: str, cccd: str) -> Path:
    header = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn"]
    return write_xlsx(tmp / f"{cccd}.xlsx", [header, [name, D(1990, 2, 2), "Nữ", cccd, "Buôn Ea Bông"]])


def _options() -> ImportOptions:
    return ImportOptions(default_commune=EA_TUL, today=TODAY)


@pytest.fixture
def office(any_db_url: str, tmp_path: Path) -> Iterator[Office]:
    db = open_database(any_db_url)
    save_office(db, cu_mgar_office(db))
    village = _village(db)
    person = persons.create_person(db, STAFF, persons.PersonInput(
        full_name="Nguyễn Thị Hiền", birth="1980", sex="F", village_id=village))
    session_id = sessions.create_session(db, STAFF, sessions.SessionInput(
        kind="hoi_nghi", held_on=TODAY, starts_at="8h", ends_at="10h", commune_code=EA_TUL, village_id=village,
        venue="Nhà văn hóa Buôn Ea Bông", organiser="BHXH cơ sở Cư M'gar", topic="Lợi ích BHYT hộ gia đình"))
    _, preview = import_file(db, STAFF, _import_list(tmp_path, "H'Lan Mlô", "066190000022"), commit=True,
                             options=_options())
    assert preview.batch_id is not None
    yield Office(db, tmp_path, person, village, session_id, preview.batch_id)
    db.dispose()


def counts(db: Database) -> dict[str, int]:
    """Rows in every table: "nothing written" means none of these moved."""
    with db.reading() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables}


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


Action = Callable[[Office, Actor], object]


def _parsed_for_commit(o: Office) -> object:
    parsed, _ = import_file(o.db, STAFF, _import_list(o.tmp, "Trần Văn Mới", "066201000033"), options=_options())
    return parsed


ACTIONS: dict[str, Action] = {
    "persons": lambda o, a: persons.create_person(o.db, a, persons.PersonInput(
        full_name="Y Bhim Niê", birth="1990", sex="M", village_id=o.village_id)),
    "households": lambda o, a: households.create_household(o.db, a, households.HouseholdInput(
        households.suggest_household_code(o.db, o.village_id), o.village_id)),
    "enrollments": lambda o, a: enrollments.add_enrollment(o.db, a, o.person_id, enrollments.EnrollmentRequest(
        "VSI", TODAY, 6, chosen_income=2_000_000)),
    "sessions": lambda o, a: sessions.create_session(o.db, a, sessions.SessionInput(
        kind="hoi_nghi", held_on=TODAY, starts_at="14h", ends_at="16h", commune_code=EA_TUL, village_id=o.village_id,
        venue="Hội trường xã Ea Tul", organiser="BHXH cơ sở Cư M'gar", topic="BHXH tự nguyện")),
    "attendance": lambda o, a: attendance.check_in_person(o.db, a, o.session_id, o.person_id),
    "agents": lambda o, a: agents.create_agent(o.db, a, agents.AgentInput(
        code="NV009", full_name="Lê Thị Thu", commune_codes=(EA_TUL,), organisation_name="Bưu điện xã Ea Tul")),
    "targets": lambda o, a: targets.save_targets(o.db, a, targets.period_of("month", TODAY), "commune",
                                                 [targets.TargetCell(EA_TUL, "new_vsi", 12)]),
    "commune figures": lambda o, a: commune_figures.save_figures(o.db, a, 2026, [
        commune_figures.FigureInput(EA_TUL, 21_000, 13_000)]),
    "import commit": lambda o, a: commit_import(o.db, a, _parsed_for_commit(o), _options()),  # type: ignore[arg-type]
    "import undo": lambda o, a: undo_import(o.db, a, o.batch_id),
    "export participants": lambda o, a: export_participants(o.db, a, o.tmp / "nguoi-tham-gia.xlsx"),
    "export report": lambda o, a: export_report(o.db, a, "coverage", ReportParams(report_date=TODAY),
                                                o.tmp / "bao-phu.xlsx"),
}
FILES = {"export participants": "nguoi-tham-gia.xlsx", "export report": "bao-phu.xlsx"}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_viewer_is_refused_and_nothing_is_written_but_staff_may(office: Office, name: str) -> None:
    action = ACTIONS[name]
    before, trail = counts(office.db), audit_count(office.db)
    with pytest.raises(PermissionDeniedError, match="Chỉ xem"):
        action(office, VIEWER)
    assert counts(office.db) == before
    assert audit_count(office.db) == trail
    if name in FILES:
        assert not (office.tmp / FILES[name]).exists()

    action(office, STAFF)
    assert audit_count(office.db) > trail, "an allowed action leaves its trace in the audit trail"
    if name in FILES:
        assert (office.tmp / FILES[name]).stat().st_size > 0


def test_print_is_open_to_viewers_but_not_export(office: Office) -> None:
    kind = report_kind("coverage")
    trail = audit_count(office.db)
    record_output(office.db, VIEWER, "print", kind, "1 trang")
    assert audit_count(office.db) == trail + 1
    with pytest.raises(PermissionDeniedError):
        record_output(office.db, VIEWER, "export", kind, "bao-phu.xlsx")
    assert audit_count(office.db) == trail + 1


def test_office_profile_edits_are_for_administrators_only(office: Office) -> None:
    info = cu_mgar_office(office.db)
    renamed = info.__class__(**{**info.__dict__, "name": "Bảo hiểm xã hội cơ sở Cư M'gar (mới)"})
    before, trail = counts(office.db), audit_count(office.db)
    for refused in (STAFF, VIEWER):
        with pytest.raises(PermissionDeniedError):
            update_office(office.db, refused, renamed)
    assert counts(office.db) == before and audit_count(office.db) == trail
    current = load_office(office.db)
    assert current is not None and current.name == info.name

    update_office(office.db, ADMIN, renamed)
    current = load_office(office.db)
    assert current is not None and current.name == "Bảo hiểm xã hội cơ sở Cư M'gar (mới)"
    with office.db.reading() as session:
        entry = session.execute(select(AuditEntry.username, AuditEntry.entity, AuditEntry.changes_json)
                                .order_by(AuditEntry.id.desc())).first()
    assert entry is not None and tuple(entry[:2]) == ("quantri", "office_profile")
    assert "Cư M'gar (mới)" in entry[2]


def test_the_refusal_names_the_account_and_its_role() -> None:
    from desktop.services.audit import require
    from desktop.services.authz import Permission

    with pytest.raises(PermissionDeniedError) as refused:
        require(STAFF, Permission.MANAGE_SETTINGS)
    assert "canbo" in refused.value.message and "Cán bộ nghiệp vụ" in refused.value.message
    require(ADMIN, Permission.MANAGE_SETTINGS)
