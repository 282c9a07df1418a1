"""A small hand-made office for participant list tests: every filter has a known answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import Agent, Household, Person, Village

TODAY = dt.date(2026, 11, 22)


@dataclass(frozen=True)
class Known:
    """Ids of the persons the tests look for."""

    hien: int
    hien_no_accents_twin: int
    duc: int
    hnhi: int
    ybhim: int
    never: int
    agent_id: int
    buon_id: int


def seed(db: Database) -> Known:
    with db.unit_of_work() as session:
        thon = Village(commune_code="24259", name="Thôn 3", name_key="thon 3", kind="thôn")
        buon = Village(commune_code="24277", name="Buôn Ea Kmar", name_key=fold("Buôn Ea Kmar"), kind="buôn")
        agent = Agent(code="NV259001", full_name="Lê Thị Mai", search_key=fold("Lê Thị Mai"), version=1)
        session.add_all([thon, buon, agent])
        session.flush()
        household = Household(code="2425900000123", village_id=thon.id, version=1)
        session.add(household)
        session.flush()

        def person(name: str, village: Village, **fields: object) -> Person:
            values: dict[str, object] = {
                "full_name": name, "search_key": fold(name), "village_id": village.id, "version": 1,
                "category": "other", "birth_precision": "year",
            }
            values.update(fields)
            p = Person(**values)
            session.add(p)
            return p

        hien = person("Nguyễn Thị Hiền", thon, cccd="066190000123", si_code="0123456789", phone="0905123456",
                      household_id=household.id, birth_date=dt.date(1990, 5, 4), birth_precision="day",
                      birth_year=1990, sex="F", ethnic_code="01", hi_scheme="HI-HH",
                      hi_valid_to=TODAY + dt.timedelta(days=10), covered_to=TODAY + dt.timedelta(days=10),
                      last_agent_id=agent.id)
        twin = person("Nguyen Thi Hien", thon, birth_year=1972, hi_scheme="HI-OTHER",
                      hi_valid_to=TODAY + dt.timedelta(days=200), covered_to=TODAY + dt.timedelta(days=200))
        duc = person("Đỗ Văn Đức", thon, birth_year=1985, sex="M", ethnic_code="01", category="near_poor",
                     vsi_paid_to=TODAY - dt.timedelta(days=5), covered_to=TODAY - dt.timedelta(days=5))
        hnhi = person("H'Nhi Êban", buon, birth_year=1979, sex="F", ethnic_code="12", category="minority",
                      hi_scheme="HI-OTHER", hi_valid_to=TODAY - dt.timedelta(days=40),
                      covered_to=TODAY - dt.timedelta(days=40))
        ybhim = person("Y Bhim Niê", buon, birth_year=2008, sex="M", ethnic_code="12", category="student",
                       hi_scheme="HI-STU", hi_valid_to=TODAY + dt.timedelta(days=25),
                       covered_to=TODAY + dt.timedelta(days=25), last_agent_id=agent.id)
        never = person("Trần Văn Nam", thon, birth_year=1960, sex="M", phone="0388000111")
        session.flush()
        return Known(hien.id, twin.id, duc.id, hnhi.id, ybhim.id, never.id, agent.id, buon.id)
