"""One clan in the clan model with members in every HI status, built through the services.

Clan Niê of Buôn Ea Bông (Xã Cuôr Đăng) joined the model on 15/01/2026; the
day of the figures is 22/11/2026. Two households belong to it:

- 2430100000101: Y Bhim Niê (card paid 01/11/2025, ends 30/11/2026, renewed on
  20/11/2026 up to 30/11/2027), H'Hoa Niê (first card paid 10/03/2026: a new
  participant since joining), Y Đăm Niê (never insured);
- 2430100000102: H'Lan Niê (card ended 08/02/2026: lapsed), Y Sơn Niê (a
  child, never insured), Y Kpă Niê (first card paid 20/02/2026, in force until
  21/03/2027: the second new participant).

A third household of the same village (Y Khác Êban, insured) is not in the clan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.db import Database
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.clan_review import confirm_group, review_groups
from desktop.services.clans import ClanInput, add_households, create_clan
from desktop.services.enrollments import EnrollmentRequest, add_enrollment
from tests.services.test_enrollments import add_agent, add_household, add_person, add_village

D = dt.date
TODAY = D(2026, 11, 22)
JOINED = D(2026, 1, 15)
CUOR_DANG = "24301"
ACTOR = Actor("thu.ha", role=Role.STAFF)


@dataclass(frozen=True)
class ExampleClan:
    clan_id: int
    village_id: int
    agent_id: int
    households: tuple[int, int]
    outsider_household: int
    people: dict[str, int]


def hi_hh(db: Database, person: int, paid: dt.date, agent: int, months: int = 12) -> int:
    return add_enrollment(db, ACTOR, person, EnrollmentRequest("HI-HH", paid, months, receipt_no="BL01",
                                                               agent_id=agent))


def example_clan(db: Database) -> ExampleClan:
    village = add_village(db, "Buôn Ea Bông", CUOR_DANG)
    agent = add_agent(db, "Nguyễn Văn Thu", "NV301001", "0912345678")
    first, second = add_household(db, "2430100000101", village), add_household(db, "2430100000102", village)
    outsider = add_household(db, "2430100000103", village)
    people = {
        "Y Bhim Niê": add_person(db, "Y Bhim Niê", village_id=village, household_id=first, relationship="00",
                                 birth=D(1970, 3, 2), phone="0905111222"),
        "H'Hoa Niê": add_person(db, "H'Hoa Niê", village_id=village, household_id=first, relationship="01",
                                birth=D(1974, 6, 9)),
        "Y Đăm Niê": add_person(db, "Y Đăm Niê", village_id=village, household_id=first, relationship="08",
                                birth=D(2000, 1, 5)),
        "H'Lan Niê": add_person(db, "H'Lan Niê", village_id=village, household_id=second, relationship="00",
                                birth=D(1980, 9, 30)),
        "Y Sơn Niê": add_person(db, "Y Sơn Niê", village_id=village, household_id=second, relationship="08",
                                birth=D(2015, 12, 1)),
        "Y Kpă Niê": add_person(db, "Y Kpă Niê", village_id=village, household_id=second, relationship="08",
                                birth=D(1999, 4, 4)),
        "Y Khác Êban": add_person(db, "Y Khác Êban", village_id=village, household_id=outsider, relationship="00"),
    }
    hi_hh(db, people["Y Bhim Niê"], D(2025, 11, 1), agent)  # 01/12/2025 - 30/11/2026
    hi_hh(db, people["Y Bhim Niê"], D(2026, 11, 20), agent)  # renewal: 01/12/2026 - 30/11/2027
    hi_hh(db, people["H'Hoa Niê"], D(2026, 3, 10), agent)  # new: 09/04/2026 - 08/04/2027
    hi_hh(db, people["H'Lan Niê"], D(2025, 1, 10), agent)  # lapsed: 09/02/2025 - 08/02/2026
    hi_hh(db, people["Y Kpă Niê"], D(2026, 2, 20), agent)  # new: 22/03/2026 - 21/03/2027
    hi_hh(db, people["Y Khác Êban"], D(2026, 5, 1), agent)  # not in the clan
    clan = create_clan(db, ACTOR, ClanInput("Niê", CUOR_DANG, (village,), "Y Bhim Niê", "0905 111 222", JOINED,
                                            agent, "Già làng nhiệt tình"))
    add_households(db, ACTOR, clan, [first, second])
    return ExampleClan(clan, village, agent, (first, second), outsider, people)


def review_every_group(db: Database, joined_on: dt.date = JOINED) -> int:
    """Confirm every proposed group of old clan texts as its proposed clan (what a demo office's review ends with)."""
    groups = review_groups(db).groups
    for group in groups:
        confirm_group(db, ACTOR, group.commune_code, [v.text for v in group.variants], name=group.suggested,
                      joined_on=joined_on)
    return len(groups)
