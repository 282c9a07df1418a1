"""Masked identity numbers in the participant export and in the renewals (R6), attendance (R7) and clan lists."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Attendance, AuditEntry, Person
from desktop.services.audit import Actor
from desktop.services.bootstrap import open_database
from desktop.services.exports import export_participants
from desktop.services.participants import ParticipantFilter
from desktop.services.persons import PersonInput, create_person
from desktop.services.reports import ReportParams, build_report, write_report
from desktop.services.reports.common import MASKING_REPORTS
from tests.services.clan_data import review_every_group
from tests.services.reports.conftest import TODAY
from tests.services.reports.sheet import pdf_text

MASKED = re.compile(r"\*{8}\d{4}")


@pytest.fixture
def two_people(office_db: Database, staff_actor: Actor) -> Database:
    create_person(office_db, staff_actor, PersonInput(full_name="Y Bhim Niê", birth="1990", sex="M",
                                                      cccd="066090123456", si_code="6612345678"))
    create_person(office_db, staff_actor, PersonInput(full_name="H'Nhi Êban", birth="1995", sex="F"))
    return office_db


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_participant_export_masks_ids_when_asked(two_people: Database, staff_actor: Actor, tmp_path: Path,
                                                 suffix: str) -> None:
    masked, full = tmp_path / f"masked{suffix}", tmp_path / f"full{suffix}"
    assert export_participants(two_people, staff_actor, masked, ParticipantFilter(), mask_ids=True) == 2
    assert export_participants(two_people, staff_actor, full, ParticipantFilter()) == 2
    if suffix == ".xlsx":
        def first_rows(path: Path) -> dict[str, tuple[object, object]]:
            sheet = openpyxl.load_workbook(path).active
            assert sheet is not None
            return {str(r[2]): (r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)}

        assert first_rows(masked)["Y Bhim Niê"] == ("********3456", "******5678")
        assert first_rows(masked)["H'Nhi Êban"] == (None, None)  # nothing to hide stays an empty cell
        assert first_rows(full)["Y Bhim Niê"] == ("066090123456", "6612345678")
    else:
        assert "********3456,******5678,Y Bhim Niê" in masked.read_text(encoding="utf-8")
        assert "066090123456" not in masked.read_text(encoding="utf-8")
        assert "066090123456,6612345678,Y Bhim Niê" in full.read_text(encoding="utf-8")
    with two_people.reading() as session:
        summaries = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "export")))
    assert any("che số định danh" in s and masked.name in s for s in summaries)
    assert any("đủ số CCCD" in s and full.name in s for s in summaries)


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from desktop.services.demo import generate_demo

    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('masked') / 'demo.db'}")
    generate_demo(db, persons=400, seed=11, today=TODAY)
    review_every_group(db)
    return db


def _cccds(db: Database, names: set[str]) -> dict[str, str]:
    with db.reading() as session:
        rows = session.execute(select(Person.full_name, Person.cccd).where(Person.full_name.in_(names),
                                                                           Person.cccd.is_not(None)))
        return {name: cccd for name, cccd in rows}


@pytest.mark.parametrize("name", sorted(MASKING_REPORTS))
def test_lists_leaving_the_office_mask_cccd_by_default(small_demo: Database, name: str, tmp_path: Path) -> None:
    params = ReportParams(session_id=1, clan_id=1, report_date=TODAY)
    if name == "attendance":
        with small_demo.reading() as session:
            people = set(session.scalars(select(Person.full_name).join(Attendance, Attendance.person_id == Person.id)
                                         .where(Attendance.session_id == 1)))
    else:
        built = build_report(small_demo, name, params)
        people = {str(row["name"]) for section in built.data.sections for row in section.rows}  # type: ignore[call-overload, index]
    cccds = _cccds(small_demo, people)
    assert cccds, "the demo list should hold people with a CCCD"
    masked_pdf, full_pdf = tmp_path / "masked.pdf", tmp_path / "full.pdf"
    write_report(build_report(small_demo, name, params), masked_pdf)
    write_report(build_report(small_demo, name, ReportParams(**{**params.__dict__, "mask_ids": False})), full_pdf)
    masked_text, full_text = pdf_text(masked_pdf), pdf_text(full_pdf)
    assert "Số CCCD" in masked_text
    assert not any(cccd in masked_text for cccd in cccds.values())
    assert {f"********{cccd[-4:]}" for cccd in cccds.values()} <= set(MASKED.findall(masked_text))
    assert all(cccd in full_text for cccd in cccds.values())


def test_official_forms_keep_full_codes() -> None:
    assert not {"d03", "d05"} & MASKING_REPORTS
    assert ReportParams().mask_ids is True
    assert ReportParams(report_date=dt.date(2026, 1, 1), mask_ids=False).mask_ids is False
