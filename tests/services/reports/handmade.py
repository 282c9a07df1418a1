"""A tiny office whose coverage, agent results and session results are worked out by hand.

Report day 30/06/2026, period June 2026. Two communes have people:
Ea Kiết (24265, village "Thôn 1") and Ea Tul (24277, village "Buôn Ea Tul") hold
the coverage cases; Quảng Phú (24259, "Tổ dân phố 1", no population figures)
the people of the agents' and the sessions' cases (4 of them hold an HI card
on the report day: q5, q6, r1, r4).
Expected figures are in the tests that use them, with the reasoning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.text import fold
from desktop.models import (
    Agent,
    AgentArea,
    Attendance,
    CommuneFigure,
    Enrollment,
    OutreachSession,
    Person,
    Target,
    Village,
)

D = dt.date
DAY = D(2026, 6, 30)
JUNE = (D(2026, 6, 1), D(2026, 6, 30))
EA_KIET, EA_TUL, QUANG_PHU = "24265", "24277", "24259"


@dataclass
class Ids:
    """Ids the tests refer to."""

    agents: dict[str, int] = field(default_factory=dict)
    persons: dict[str, int] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)


class _Builder:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.ids = Ids()
        self.villages: dict[str, int] = {}

    def village(self, commune: str, name: str) -> int:
        village = Village(commune_code=commune, name=name, name_key=fold(name), kind="thôn")
        self.s.add(village)
        self.s.flush()
        self.villages[name] = village.id
        return village.id

    def person(self, key: str, village: str | None, agent: str | None = None, name: str | None = None,
               phone: str | None = None) -> int:
        full_name = name or f"Nguyễn Văn {key.upper()}"
        person = Person(full_name=full_name, search_key=fold(full_name), birth_date=D(1980, 5, 1),
                        birth_precision="day", birth_year=1980, sex="M", ethnic_code="01",
                        village_id=self.villages[village] if village else None, phone=phone,
                        last_agent_id=self.ids.agents[agent] if agent else None, address="")
        self.s.add(person)
        self.s.flush()
        self.ids.persons[key] = person.id
        return person.id

    def enroll(self, person: str, scheme: str, start: dt.date, end: dt.date, receipt: dt.date | None = None,
               agent: str | None = None, renewal: bool = False, status: str = "active",
               session: str | None = None) -> None:
        self.s.add(Enrollment(
            person_id=self.ids.persons[person], scheme=scheme, valid_from=start, valid_to=end, payment_months=12,
            is_renewal=renewal, amount_due=100_000, amount_paid=100_000, receipt_date=receipt,
            receipt_no=f"BL-{person}-{start:%y%m}" if receipt else None,
            agent_id=self.ids.agents[agent] if agent else None,
            session_id=self.ids.sessions[session] if session else None, status=status,
        ))

    def agent(self, key: str, code: str, name: str, commune: str | None) -> None:
        agent = Agent(code=code, full_name=name, search_key=fold(name), phone="0912000000")
        self.s.add(agent)
        self.s.flush()
        self.ids.agents[key] = agent.id
        if commune:
            self.s.add(AgentArea(agent_id=agent.id, commune_code=commune))

    def target(self, kind: str, start: dt.date, end: dt.date, metric: str, value: int, agent: str | None = None,
               commune: str | None = None, scope: str | None = None) -> None:
        self.s.add(Target(period_kind=kind, period_start=start, period_end=end,
                          scope_kind=scope or ("agent" if agent else "commune"), metric=metric, value=value,
                          agent_id=self.ids.agents[agent] if agent else None, commune_code=commune))

    def outreach(self, key: str, held_on: dt.date, commune: str, village: str) -> None:
        session = OutreachSession(kind="hoi_nghi", held_on=held_on, commune_code=commune,
                                  village_id=self.villages[village], venue=f"Nhà văn hóa {village}",
                                  topic="Quyền lợi khi tham gia BHYT hộ gia đình", starts_at="08:00", ends_at="10:30")
        self.s.add(session)
        self.s.flush()
        self.ids.sessions[key] = session.id

    def attend(self, session: str, person: str | None, attended: bool, name: str = "") -> None:
        self.s.add(Attendance(session_id=self.ids.sessions[session],
                              person_id=self.ids.persons[person] if person else None,
                              full_name=name or f"Nguyễn Văn {(person or 'X').upper()}", attended=attended))


def build_handmade(db: Database) -> Ids:
    """Fill an office database (Cư M'gar, five communes) with the hand-checked figures."""
    with db.unit_of_work() as session:
        b = _Builder(session)
        b.village(EA_KIET, "Thôn 1")
        b.village(EA_TUL, "Buôn Ea Tul")
        b.village(QUANG_PHU, "Tổ dân phố 1")  # agents' and sessions' people; no population figures
        session.add_all([
            CommuneFigure(commune_code=EA_KIET, year=2025, population=999, working_age_population=999),
            CommuneFigure(commune_code=EA_KIET, year=2026, population=10, working_age_population=6),
            CommuneFigure(commune_code=EA_TUL, year=2025, population=5, working_age_population=3),
        ])
        _coverage_people(b)
        _agent_people(b)
        _sessions(b)
        return b.ids


def _coverage_people(b: _Builder) -> None:
    """On 30/06/2026 — Ea Kiết: HI p1 p2 p5 p6 (4/10), VSI p6 (1/6); Ea Tul: HI p8 (1/5), VSI p9 (1/3)."""
    for key in ("p1", "p2", "p3", "p4", "p5", "p6", "p7"):
        b.person(key, "Thôn 1")
    b.enroll("p1", "HI-HH", D(2026, 1, 1), D(2026, 12, 31))
    b.enroll("p2", "HI-STU", D(2025, 7, 1), D(2026, 6, 30))  # last valid day is the report day
    b.enroll("p3", "HI-HH", D(2025, 6, 30), D(2026, 6, 29))  # expired the day before
    b.enroll("p4", "HI-OTHER", D(2026, 1, 1), D(2026, 12, 31), status="cancelled")
    b.enroll("p5", "HI-HH", D(2026, 1, 1), D(2026, 12, 31))
    b.enroll("p5", "HI-OTHER", D(2026, 3, 1), D(2027, 2, 28))  # two cards, one person
    b.enroll("p6", "HI-HH", D(2026, 1, 1), D(2026, 12, 31))
    b.enroll("p6", "VSI", D(2026, 1, 1), D(2026, 12, 31))
    b.enroll("p7", "VSI", D(2026, 1, 1), D(2026, 5, 31), status="stopped")
    b.person("p8", "Buôn Ea Tul")
    b.person("p9", "Buôn Ea Tul")
    b.enroll("p8", "HI-HH", D(2026, 1, 1), D(2026, 12, 31))
    b.enroll("p9", "VSI", D(2026, 6, 1), D(2026, 6, 30))
    b.person("p10", None)
    b.enroll("p10", "HI-HH", D(2026, 1, 1), D(2026, 12, 31))  # no village: left out, noted
    b.target("year", D(2026, 1, 1), D(2026, 12, 31), "hi_coverage", 9500, commune=EA_KIET)
    b.target("month", D(2026, 6, 1), D(2026, 6, 30), "hi_coverage", 9000, commune=EA_KIET)  # the year wins
    b.target("year", D(2026, 1, 1), D(2026, 12, 31), "hi_coverage", 9000, commune=EA_TUL)
    b.target("year", D(2026, 1, 1), D(2026, 12, 31), "vsi_share", 5000, commune=EA_KIET)


def _agent_people(b: _Builder) -> None:
    """June 2026. X: new VSI 1/4, new HI-HH 1/10, renewals 2/5, due 3, done 2. Y: new HI-HH 1/3."""
    b.agent("X", "NVX01", "Trần Thị Xuân", EA_KIET)
    b.agent("Y", "NVY02", "Y Bhim Niê", EA_TUL)
    b.agent("Z", "NVZ03", "Lê Văn Zũng", None)
    b.target("month", D(2026, 6, 1), D(2026, 6, 30), "new_vsi", 4, agent="X")
    b.target("month", D(2026, 6, 1), D(2026, 6, 30), "new_hi_hh", 10, agent="X")
    b.target("month", D(2026, 6, 1), D(2026, 6, 30), "renewals", 5, agent="X")
    b.target("year", D(2026, 1, 1), D(2026, 12, 31), "new_vsi", 100, agent="X")  # coarser: ignored
    b.target("month", D(2026, 7, 1), D(2026, 7, 31), "new_vsi", 50, agent="X")  # outside
    b.target("quarter", D(2026, 4, 1), D(2026, 6, 30), "new_hi_hh", 9, agent="Y")  # 9 x 30/91 -> 3
    for key in ("q1", "q2", "q3", "q4", "q5", "q6", "r1", "r2", "r3", "r4"):
        b.person(key, "Tổ dân phố 1", agent="X")
    b.enroll("q1", "VSI", D(2026, 7, 1), D(2027, 6, 30), D(2026, 6, 5), "X")  # new VSI
    b.enroll("q2", "VSI", D(2025, 1, 1), D(2025, 12, 31), D(2024, 12, 20), "X")
    b.enroll("q2", "VSI", D(2026, 7, 1), D(2026, 12, 31), D(2026, 6, 8), "X", renewal=True)  # renewal, not new
    b.enroll("q3", "HI-HH", D(2026, 7, 10), D(2027, 7, 9), D(2026, 6, 10), "X")  # new HI-HH
    b.enroll("q4", "HI-HH", D(2026, 7, 10), D(2027, 7, 9), D(2026, 6, 11), "X", status="cancelled")
    b.enroll("q5", "HI-HH", D(2025, 7, 1), D(2026, 6, 30), D(2025, 6, 20), "X")  # due in June, renewed
    b.enroll("q5", "HI-HH", D(2026, 7, 1), D(2027, 6, 30), D(2026, 6, 25), "X", renewal=True)  # renewal
    b.enroll("q6", "HI-HH", D(2026, 6, 30), D(2027, 6, 29), D(2026, 5, 31), "X")  # receipt before June
    b.enroll("r1", "HI-HH", D(2025, 6, 16), D(2026, 6, 15), D(2025, 6, 1), "X")  # due, renewed in May
    b.enroll("r1", "HI-HH", D(2026, 6, 16), D(2026, 12, 15), D(2026, 5, 30), "X", renewal=True)
    b.enroll("r2", "VSI", D(2026, 1, 1), D(2026, 6, 20), D(2025, 12, 28), "X")  # due, not renewed
    b.enroll("r3", "HI-HH", D(2025, 6, 1), D(2026, 6, 10), D(2025, 5, 20), "X", status="stopped")  # not due
    b.enroll("r4", "HI-STU", D(2025, 7, 1), D(2026, 6, 30))  # not renewed through agents
    b.person("y1", "Buôn Ea Tul", agent="Y")
    b.enroll("y1", "HI-HH", D(2026, 7, 12), D(2027, 7, 11), D(2026, 6, 12), "Y")  # new HI-HH


def _sessions(b: _Builder) -> None:
    """S1 on 10/06/2026: attendees a1 a2 a4 a5 and a walk-in (5); enrolled after a1, a5, n1 (3): 60%."""
    b.outreach("S1", D(2026, 6, 10), EA_KIET, "Thôn 1")
    b.outreach("S2", D(2026, 7, 1), EA_KIET, "Thôn 1")  # outside June
    for key in ("a1", "a2", "a3", "a4", "a5", "n1"):
        b.person(key, "Tổ dân phố 1", name=f"Hoàng Thị {key.upper()}", phone="0905123456")
    b.attend("S1", "a1", True)
    b.attend("S1", "a2", True)
    b.attend("S1", "a3", False)
    b.attend("S1", "a4", True)
    b.attend("S1", "a5", True)
    b.attend("S1", None, True, "H'Hoa Êban")
    b.attend("S2", "a1", True)
    b.enroll("a1", "HI-HH", D(2026, 7, 20), D(2027, 7, 19), D(2026, 6, 20))  # 10 days after: counts
    b.enroll("a2", "HI-HH", D(2026, 8, 15), D(2027, 8, 14), D(2026, 7, 15))  # 35 days after: no
    b.enroll("a2", "HI-OTHER", D(2026, 1, 1), D(2026, 6, 15))  # insured on the session day (attendance sheet)
    b.enroll("a3", "HI-HH", D(2026, 7, 11), D(2027, 7, 10), D(2026, 6, 11))  # did not attend: no
    b.enroll("a4", "HI-HH", D(2026, 7, 12), D(2027, 7, 11), D(2026, 6, 12), status="cancelled")  # no
    b.enroll("a5", "HI-HH", D(2026, 7, 13), D(2027, 7, 12), D(2026, 6, 13))
    b.enroll("a5", "VSI", D(2026, 7, 1), D(2026, 12, 31), D(2026, 6, 14))  # same person: once
    b.enroll("n1", "VSI", D(2026, 7, 1), D(2026, 12, 31), D(2026, 6, 30), session="S1")  # names the session
