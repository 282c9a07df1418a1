from __future__ import annotations

import pytest

from desktop.db import Database
from desktop.domain.dates import PartialDate
from desktop.domain.qr import CccdScan
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.persons import PersonInput, create_person
from desktop.services.scans import Difference, match_scan

STAFF = Actor("thu.ha", role=Role.STAFF)
CCCD = "066190001234"


@pytest.mark.parametrize(("recorded", "on_card", "agrees"), [
    ("1990", PartialDate(1990, 9, 21), True),
    ("09/1990", PartialDate(1990, 9, 21), True),
    ("21/09/1990", PartialDate(1990), True),
    ("21/09/1990", PartialDate(1990, 9, 21), True),
    ("21/09/1990", PartialDate(1990, 9, 12), False),
    ("09/1990", PartialDate(1990, 10, 1), False),
    ("1991", PartialDate(1990, 9, 21), False),
])
def test_the_birth_date_is_compared_as_far_as_the_record_knows_it(office_db: Database, recorded: str,
                                                                  on_card: PartialDate, agrees: bool) -> None:
    create_person(office_db, STAFF, PersonInput(full_name="Nguyễn Thị Hiền", birth=recorded, sex="F", cccd=CCCD))
    match = match_scan(office_db, CccdScan(CCCD, birth=on_card))
    assert match is not None
    assert (match.differences == ()) is agrees
    if not agrees:
        assert match.differences == (Difference("birth", on_card.display(), recorded),)


def test_unread_fields_are_not_compared_and_case_does_not_count(office_db: Database) -> None:
    person_id = create_person(office_db, STAFF, PersonInput(full_name="Nguyễn Thị Hiền", birth="1990", sex="F",
                                                            cccd=CCCD))
    match = match_scan(office_db, CccdScan(CCCD, full_name="NGUYỄN THỊ HIỀN"))
    assert match is not None and (match.person_id, match.full_name, match.differences) == (
        person_id, "Nguyễn Thị Hiền", ())
    assert match_scan(office_db, CccdScan("066190009999")) is None
