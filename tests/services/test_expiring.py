"""The renewal list: who is due or lapsed, grouped by agent then village, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from desktop.db import Database
from desktop.domain.periods import HI_WAITING_DAYS, add_months
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.demo import generate_demo
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from desktop.services.expiring import ALL_SCHEMES, ExpiringGroup, expiring_list
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office
from tests.services.test_enrollments import add_agent, add_person, add_village

D = dt.date
TODAY = D(2026, 11, 22)
ACTOR = Actor("thu.ha", role=Role.STAFF)


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def _hi(db: Database, person: int, valid_to: dt.date, agent: int | None, scheme: str = "HI-HH") -> None:
    """A first 12-month card ending on ``valid_to`` (household cards wait 30 days after payment)."""
    valid_from = add_months(valid_to + dt.timedelta(days=1), -12)
    payment = valid_from - dt.timedelta(days=HI_WAITING_DAYS) if scheme == "HI-HH" else valid_from
    add_enrollment(db, ACTOR, person, EnrollmentRequest(scheme, payment, 12, agent_id=agent))


def _outline(groups: list[ExpiringGroup]) -> list[tuple[str, list[tuple[str, list[tuple[str, str, int]]]]]]:
    return [(g.agent_name, [(v.village_name, [(r.full_name, r.scheme, r.days_left) for r in v.rows])
                            for v in g.villages]) for g in groups]


@pytest.fixture
def example(office: Database) -> Database:
    """Two agents, three villages, people due, lapsed, too far away and long lapsed."""
    thu, lan = add_agent(office, "Trần Văn Thu", "NV01"), add_agent(office, "Ana Lan", "NV02")
    thon2, buon = add_village(office, "Thôn 2", "24265"), add_village(office, "Buôn Ea Bông", "24301")
    thon10 = add_village(office, "Thôn 10", "24265")
    due = add_person(office, "Nguyễn Văn An", village_id=thon2, phone="0912000001")
    _hi(office, due, D(2026, 12, 1), thu)  # card issued 30 days after payment: due in 9 days
    lapsed = add_person(office, "Lê Thị Bình", village_id=thon2)
    _hi(office, lapsed, D(2026, 10, 2), thu)
    today_ends = add_person(office, "Y Bhim Niê", village_id=buon)
    _hi(office, today_ends, TODAY, thu)
    far = add_person(office, "Phạm Văn Xa", village_id=thon2)
    _hi(office, far, D(2027, 1, 30), thu)
    old = add_person(office, "Đỗ Văn Cũ", village_id=thon2)
    _hi(office, old, D(2026, 8, 1), thu)
    vsi = add_person(office, "H'Hoa Êban", village_id=thon10)
    add_enrollment(office, ACTOR, vsi, EnrollmentRequest("VSI", D(2026, 6, 5), 6, chosen_income=1_500_000, agent_id=lan))
    state_paid = add_person(office, "Bé Út", village_id=thon10)
    _hi(office, state_paid, D(2026, 12, 10), lan, "HI-OTHER")
    add_person(office, "Không Thôn", agent_id=None)  # never insured: never listed
    return office


def test_groups_by_agent_then_village_with_days_left(example: Database) -> None:
    groups = expiring_list(example, TODAY)
    outline = _outline(groups)
    assert outline == [
        ("Ana Lan", [("Thôn 10", [("H'Hoa Êban", "VSI", 8)])]),
        ("Trần Văn Thu", [
            ("Buôn Ea Bông", [("Y Bhim Niê", "HI-HH", 0)]),
            ("Thôn 2", [("Lê Thị Bình", "HI-HH", -51), ("Nguyễn Văn An", "HI-HH", 9)]),
        ]),
    ]
    thu = groups[1]
    assert (thu.agent_code, thu.agent_phone, thu.due, thu.lapsed) == ("NV01", "0912345678", 2, 1)
    assert thu.villages[0].commune_name == "Xã Cuôr Đăng"
    an = thu.villages[1].rows[1]
    assert (an.phone, an.valid_to, an.lapsed, an.scheme_label) == ("0912000001", D(2026, 12, 1), False, "BHYT hộ gia đình")


def test_windows_agent_commune_and_schemes_filter(example: Database) -> None:
    wider = expiring_list(example, TODAY, ahead_days=90, lapsed_days=120)
    names = {r.full_name for g in wider for r in g.rows}
    assert {"Phạm Văn Xa", "Đỗ Văn Cũ"} <= names
    thu_id = next(g.agent_id for g in wider if g.agent_name == "Trần Văn Thu")
    assert {g.agent_name for g in expiring_list(example, TODAY, agent_id=thu_id)} == {"Trần Văn Thu"}
    ea_kiet = expiring_list(example, TODAY, commune_code="24265")
    assert {v.village_name for g in ea_kiet for v in g.villages} == {"Thôn 2", "Thôn 10"}
    everything = expiring_list(example, TODAY, schemes=ALL_SCHEMES)
    assert ("Bé Út", "HI-OTHER", 18) in [(r.full_name, r.scheme, r.days_left) for g in everything for r in g.rows]
    assert expiring_list(example, TODAY, ahead_days=0, lapsed_days=0)[0].rows[0].full_name == "Y Bhim Niê"


def test_people_without_agent_or_village_come_last(office: Database) -> None:
    agent = add_agent(office, "Zơ Lan", "NV09")
    village = add_village(office, "Thôn 1", "24265")
    nobody = add_person(office, "Vô Chủ")
    _hi(office, nobody, D(2026, 12, 5), None)
    placed = add_person(office, "Có Chủ", village_id=village)
    _hi(office, placed, D(2026, 12, 5), agent)
    groups = expiring_list(office, TODAY)
    assert [(g.agent_id, g.agent_name) for g in groups] == [(agent, "Zơ Lan"), (None, "Chưa có nhân viên thu phụ trách")]
    assert groups[1].villages[0].village_name == "Chưa rõ thôn, buôn"


@pytest.mark.slow
def test_fast_on_a_large_office(tmp_path_factory: pytest.TempPathFactory) -> None:
    """20,000 demo persons here (200,000 measured by hand: see the report); the list takes well under a second."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('big') / 'demo.db'}")
    generate_demo(db, persons=20_000, seed=3, today=TODAY)
    started = time.perf_counter()
    groups = expiring_list(db, TODAY)
    elapsed = time.perf_counter() - started
    rows = [r for g in groups for r in g.rows]
    assert rows and all(-90 <= r.days_left <= 30 for r in rows)
    assert elapsed < 1.0
