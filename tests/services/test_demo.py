"""The demo office is realistic and internally consistent."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.domain.identifiers import cccd_consistency_warnings
from desktop.domain.premiums import household_hi_monthly
from desktop.models import Enrollment, Household, OutreachSession, Person, Village
from desktop.services.demo import generate_demo
from desktop.services.errors import ServiceError
from desktop.services.office import load_office
from desktop.services.rates import load_rate_table

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    report = generate_demo(db, persons=3000, seed=11, today=TODAY)
    assert report.persons == 3000
    return db


def test_office_is_cu_mgar_with_five_communes(demo_db: Database) -> None:
    office = load_office(demo_db)
    assert office is not None
    assert office.name == "Bảo hiểm xã hội cơ sở Cư M'gar"
    assert {c.name for c in office.communes} == {"Xã Quảng Phú", "Xã Ea Kiết", "Xã Cuôr Đăng", "Xã Cư M'gar", "Xã Ea Tul"}


def test_villages_include_buon_and_thon(demo_db: Database) -> None:
    with demo_db.reading() as session:
        names = list(session.scalars(select(Village.name)))
    assert any(n.startswith("Buôn ") for n in names) and any(n.startswith("Thôn ") for n in names)
    assert any(n.startswith("Tổ dân phố ") for n in names)


def test_names_carry_vietnamese_and_ede_forms(demo_db: Database) -> None:
    with demo_db.reading() as session:
        names = list(session.scalars(select(Person.full_name)))
    assert any(n.startswith("H'") for n in names), "Ê Đê women's names start with H'"
    assert any(n.startswith("Y ") for n in names), "Ê Đê and M'nông men's names start with Y"
    assert any("Thị" in n for n in names)
    assert any(ch in "".join(names) for ch in "ĐđƯưƠơ")


def test_ids_agree_with_sex_and_birth_year_and_births_are_past(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = session.execute(select(Person.cccd, Person.sex, Person.birth_year, Person.birth_date)).all()
    with_id = [r for r in rows if r.cccd]
    assert len(with_id) > len(rows) * 0.6
    assert all(cccd_consistency_warnings(r.cccd, r.sex, r.birth_year) == [] for r in with_id)
    assert max(r.birth_date for r in rows) <= TODAY


def test_households_have_their_head_as_member(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = session.execute(
            select(Household.id, Person.household_id, Person.relationship_code).join(
                Person, Person.id == Household.head_person_id
            )
        ).all()
        households = session.scalar(select(func.count()).select_from(Household))
    assert len(rows) == households
    assert all(hid == member_hid and code == "00" for hid, member_hid, code in rows)


def test_household_premiums_follow_the_decreasing_scale(demo_db: Database) -> None:
    rates = load_rate_table(demo_db)
    with demo_db.reading() as session:
        rows = session.execute(
            select(Enrollment.household_rank, Enrollment.receipt_date, Enrollment.amount_due, Enrollment.payment_months)
            .where(Enrollment.scheme == "HI-HH")
        ).all()
    assert rows
    for row in rows:
        assert row.household_rank is not None and 1 <= row.household_rank <= 5
        assert row.receipt_date is not None
        assert row.amount_due == household_hi_monthly(row.household_rank, row.receipt_date, rates) * row.payment_months


def test_person_summary_matches_latest_enrollment(demo_db: Database) -> None:
    with demo_db.reading() as session:
        latest = dict(session.execute(
            select(Enrollment.person_id, func.max(Enrollment.valid_to))
            .where(Enrollment.scheme != "VSI").group_by(Enrollment.person_id)
        ).all())
        persons = session.execute(select(Person.id, Person.hi_valid_to, Person.vsi_paid_to, Person.covered_to)).all()
    for pid, hi_to, vsi_to, covered in persons:
        assert hi_to == latest.get(pid)
        ends = [d for d in (hi_to, vsi_to) if d]
        assert covered == (max(ends) if ends else None)


def test_some_cards_expire_within_30_days_and_sessions_have_attendance(demo_db: Database) -> None:
    with demo_db.reading() as session:
        expiring = session.scalar(select(func.count()).select_from(Person).where(
            Person.hi_valid_to.between(TODAY, TODAY + dt.timedelta(days=30))))
        sessions = session.scalar(select(func.count()).select_from(OutreachSession))
    assert expiring and expiring > 20
    assert sessions == 40


def test_same_seed_gives_same_office(tmp_path_factory: pytest.TempPathFactory, demo_db: Database) -> None:
    from desktop.services.bootstrap import open_database

    other = open_database(f"sqlite:///{tmp_path_factory.mktemp('again') / 'demo.db'}")
    generate_demo(other, persons=3000, seed=11, today=TODAY)
    query = select(Person.full_name, Person.cccd).order_by(Person.id).limit(50)
    with demo_db.reading() as a, other.reading() as b:
        assert a.execute(query).all() == b.execute(query).all()


def test_refuses_to_overwrite_people_without_replace(demo_db: Database) -> None:
    with pytest.raises(ServiceError, match="Dùng --force"):
        generate_demo(demo_db, persons=10, today=TODAY)


def test_household_addresses_name_village_and_commune(demo_db: Database) -> None:
    with demo_db.reading() as session:
        addresses = list(session.scalars(select(Household.address).limit(200)))
    assert all(", Xã " in address for address in addresses), addresses[:3]


def test_demo_accounts_sign_in_with_their_roles(demo_db: Database) -> None:
    from desktop.services.accounts import authenticate, needs_password_change
    from desktop.services.authz import Role
    from desktop.services.demo import DEMO_PASSWORD

    roles = {name: authenticate(demo_db, name, DEMO_PASSWORD).role for name in ("quantri", "canbo", "xem")}
    assert roles == {"quantri": Role.ADMIN, "canbo": Role.STAFF, "xem": Role.VIEWER}
    assert not needs_password_change(demo_db, authenticate(demo_db, "canbo", DEMO_PASSWORD))


@pytest.mark.postgres
def test_after_each_bulk_path_on_postgresql_a_new_person_is_saved(
        postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 15 of issue 17: the PostgreSQL demo left the id sequences at 1, so every new person collided."""
    from desktop.cli import main
    from desktop.services.accounts import authenticate
    from desktop.services.bootstrap import open_database
    from desktop.services.demo import DEMO_PASSWORD
    from desktop.services.imports import undo_import
    from desktop.services.persons import PersonInput, create_person

    assert main(["--db", postgres_url, "demo", "--persons", "300"]) == 0
    capsys.readouterr()
    db = open_database(postgres_url)
    staff = authenticate(db, "canbo", DEMO_PASSWORD)

    def saved(name: str) -> int:
        return create_person(db, staff, PersonInput(full_name=name, birth="1990", sex="F"))

    after_demo = saved("Sau Thị Mẫu")
    assert after_demo > 300
    listing = tmp_path / "ds.csv"
    listing.write_text("Họ và tên,Ngày sinh,Giới tính,Thôn, buôn\nLê Thị Nhập,1991,Nữ,Thôn 1\n", encoding="utf-8")
    monkeypatch.setenv("ANSINH_PASSWORD", DEMO_PASSWORD)
    assert main(["--db", postgres_url, "--user", "canbo", "import", str(listing), "--commune", "24280",
                 "--commit", "--json"]) == 0
    batch = json.loads(capsys.readouterr().out)["batch_id"]
    after_import = saved("Sau Thị Nhập")
    undo_import(db, staff, batch)
    after_undo = saved("Sau Thị Hoàn")
    assert after_demo < after_import < after_undo
    monkeypatch.setenv("ANSINH_PASSWORD", DEMO_PASSWORD)
    assert main(["--db", postgres_url, "--user", "quantri", "demo", "--persons", "200", "--force"]) == 0
    assert saved("Sau Thị Thay") > 200
    db.dispose()
