"""Participant search and filters: accent-insensitive, by identifiers, by status, sorted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.services import participants as service
from desktop.services.bootstrap import open_database
from desktop.services.office import save_office
from desktop.services.participants import ParticipantFilter, SortKey
from tests.conftest import cu_mgar_office
from tests.services.participants_data import TODAY, Known, seed


@pytest.fixture
def office(any_db_url: str) -> Iterator[tuple[Database, Known]]:
    db = open_database(any_db_url)
    save_office(db, cu_mgar_office(db))
    yield db, seed(db)
    db.dispose()


def ids(db: Database, **fields: object) -> set[int]:
    spec = ParticipantFilter(today=TODAY, **fields)  # type: ignore[arg-type]
    found = service.matching_ids(db, spec)
    first = service.matching_ids(db, spec, limit=100)
    assert first == found[:100], "the fast first rows must be the same as the head of the full list"
    assert service.count(db, spec) == len(found)
    return set(found)


def test_name_search_ignores_accents_case_and_d(office: tuple[Database, Known]) -> None:
    db, k = office
    both = {k.hien, k.hien_no_accents_twin}
    assert ids(db, text="nguyen thi hien") == both
    assert ids(db, text="Nguyễn Thị Hiền") == both
    assert ids(db, text="  NGUYEN   hien ") == both
    assert ids(db, text="đức") == ids(db, text="duc") == {k.duc}
    assert k.duc in ids(db, text="d")
    assert ids(db, text="h'nhi eban") == {k.hnhi}
    assert ids(db, text="xyz") == set()


def test_number_search_finds_ids_phone_and_household(office: tuple[Database, Known]) -> None:
    db, k = office
    assert ids(db, text="066190000123") == {k.hien}
    assert ids(db, text="0661900") == {k.hien}
    assert ids(db, text="66190000123") == {k.hien}, "an ID pasted from Excel without its leading zero"
    assert ids(db, text="0123456789") == {k.hien}
    assert ids(db, text="123456789") == {k.hien}, "SI code typed without its leading zero"
    assert ids(db, text="0905") == {k.hien}
    assert ids(db, text="0388000111") == {k.never}
    assert ids(db, text="2425900000123") == {k.hien}
    assert ids(db, text="hien 0905") == {k.hien}
    assert ids(db, text="999999") == set()


def test_status_filters_follow_the_latest_coverage(office: tuple[Database, Known]) -> None:
    db, k = office
    assert ids(db, status=CoverageStatus.EXPIRING) == {k.hien, k.ybhim}
    assert ids(db, status=CoverageStatus.ACTIVE) == {k.hien_no_accents_twin}
    assert ids(db, status=CoverageStatus.EXPIRED) == {k.duc, k.hnhi}
    assert ids(db, status=CoverageStatus.NEVER) == {k.never}
    assert ids(db, status=CoverageStatus.EXPIRING, expiring_days=5) == set()


def test_place_scheme_agent_ethnic_category_and_expiry_filters(office: tuple[Database, Known]) -> None:
    db, k = office
    assert ids(db, commune_code="24277") == {k.hnhi, k.ybhim}
    assert ids(db, village_id=k.buon_id) == {k.hnhi, k.ybhim}
    assert ids(db, scheme="VSI") == {k.duc}
    assert ids(db, scheme="HI-OTHER") == {k.hien_no_accents_twin, k.hnhi}
    assert ids(db, agent_id=k.agent_id) == {k.hien, k.ybhim}
    assert ids(db, ethnic_code="12") == {k.hnhi, k.ybhim}
    assert ids(db, category="student") == {k.ybhim}
    assert ids(db, expires_from=TODAY, expires_to=TODAY + dt.timedelta(days=30)) == {k.hien, k.ybhim}
    assert ids(db, commune_code="24277", status=CoverageStatus.EXPIRED, text="eban") == {k.hnhi}


def test_sorting_by_columns_both_ways(office: tuple[Database, Known]) -> None:
    db, k = office
    spec = ParticipantFilter(today=TODAY)
    by_name = service.matching_ids(db, spec, SortKey.NAME)
    assert by_name[0] == k.duc  # "do van duc" sorts first
    assert service.matching_ids(db, spec, SortKey.NAME, descending=True) == list(reversed(by_name))
    by_expiry = service.matching_ids(db, dataclasses.replace(spec, scheme="HI-OTHER"), SortKey.COVERED_TO)
    assert by_expiry == [k.hnhi, k.hien_no_accents_twin]
    for key in SortKey:
        assert sorted(service.matching_ids(db, spec, key)) == sorted(by_name)


def test_rows_show_display_values(office: tuple[Database, Known]) -> None:
    db, k = office
    (row,) = service.rows_by_ids(db, [k.hien], TODAY)
    assert (row.full_name, row.birth, row.sex, row.ethnic) == ("Nguyễn Thị Hiền", "04/05/1990", "Nữ", "Kinh")
    assert (row.village, row.commune, row.household_code) == ("Thôn 3", "Xã Quảng Phú", "2425900000123")
    assert row.schemes == "HI-HH" and row.status is CoverageStatus.EXPIRING and row.agent == "Lê Thị Mai"
    (ybhim,) = service.rows_by_ids(db, [k.ybhim], TODAY)
    assert ybhim.birth == "2008"
