"""A realistic demo office (Cư M'gar, five communes) for trying the application and benchmarks.

Rows are built as plain tuples and written with SQLAlchemy Core in chunks:
500,000 persons with their households and enrollments fit in well under a minute.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from desktop.db import Database, database_caption, reset_id_sequences
from desktop.domain.formatting import format_int
from desktop.domain.periods import add_months
from desktop.domain.premiums import household_hi_monthly, vsi_contribution
from desktop.domain.rates import RateTable
from desktop.domain.text import fold
from desktop.models import (
    Agent,
    AgentArea,
    AgentTraining,
    AppSetting,
    Attendance,
    Base,
    CollectionOrganisation,
    CommuneFigure,
    Enrollment,
    Household,
    OfficeProfile,
    OutreachSession,
    Person,
    Target,
    UserAccount,
    Village,
)
from desktop.models.base import table_of
from desktop.services import demo_names as names
from desktop.services.accounts import hash_password
from desktop.services.audit import Actor, record, require
from desktop.services.authz import ROLE_LABELS, Permission, Role
from desktop.services.errors import ServiceError
from desktop.services.office import OfficeInfo, province_communes, save_office
from desktop.services.rates import load_rate_table

CU_MGAR_COMMUNES = ("24259", "24265", "24301", "24280", "24277")
TOWN_COMMUNES = {"24259"}  # Quảng Phú keeps its tổ dân phố
CHUNK = 20_000
SESSION_KINDS = ("hoi_nghi", "doi_thoai", "tu_van", "luu_dong", "tham_ho")
DEMO_PASSWORD = "ansinh2026"
"""The demo accounts' password: for trying the application only, never for real data."""
SPELLING_SEED = 26_026
"""Offsets the generator of clan spellings, so adding it left every other demo value as it was."""
DEMO_ACCOUNTS = (("quantri", "Quản trị", Role.ADMIN), ("canbo", "Cán bộ một cửa", Role.STAFF),
                 ("xem", "Người xem", Role.VIEWER))


@dataclass
class DemoReport:
    persons: int = 0
    households: int = 0
    enrollments: int = 0
    villages: int = 0
    agents: int = 0
    sessions: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    accounts: list[tuple[str, Role]] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Đã tạo văn phòng mẫu BHXH cơ sở Cư M'gar: {format_int(self.persons)} người, "
            f"{format_int(self.households)} hộ, {format_int(self.enrollments)} lượt tham gia, "
            f"{self.villages} thôn, buôn, {self.agents} nhân viên thu, {self.sessions} buổi tuyên truyền "
            f"trong {self.seconds:.1f} giây."
        )

    def accounts_summary(self) -> str:
        """The demo accounts made by this run, to sign in with (or a note that they already existed)."""
        if not self.accounts:
            return "Các tài khoản mẫu đã có từ trước; mật khẩu giữ nguyên."
        lines = [f"Tài khoản mẫu (mật khẩu “{DEMO_PASSWORD}”, chỉ dùng để dùng thử):"]
        lines += [f"  {username} — {ROLE_LABELS[role]}" for username, role in self.accounts]
        return "\n".join(lines)


@dataclass(frozen=True)
class _Village:
    id: int
    commune_code: str
    name: str
    is_buon: bool


@dataclass
class _Member:
    id: int
    sex: str
    birth: dt.date
    ethnic: str
    category: str
    relationship: str


DEMO_MARK = "demo_office"
"""app_settings key set on a demo database: the only kind ``demo`` will ever replace."""
DEMO_RUN = Actor("ansinh-desk demo", role=Role.VIEWER)
"""Who the trail names for a demo built into an empty database (nobody has signed in there)."""


def generate_demo(
    db: Database, persons: int, seed: int = 1, replace: bool = False, today: dt.date | None = None,
    actor: Actor | None = None,
) -> DemoReport:
    """Fill an empty database with a demo office of about ``persons`` persons, or replace an earlier demo.

    A database holding anything that is not a demo (an office, an account, a person) is
    refused whatever is asked: the demo must never touch a real register. Replacing a demo
    is destructive, so it needs an administrator of that demo (``actor``). Both are audited.
    """
    started = time.perf_counter()
    today = today or dt.date.today()
    existing = _check_may_fill(db, replace, actor)
    if existing:
        _clear(db)
    _save_demo_office(db)
    made = _demo_accounts(db)
    builder = _DemoBuilder(random.Random(seed), today, load_rate_table(db), random.Random(seed + SPELLING_SEED))
    with db.unit_of_work() as session:
        report = builder.build(session, persons)
        session.merge(AppSetting(key=DEMO_MARK, value="1"))
        replaced = f", thay {format_int(existing)} người của dữ liệu mẫu trước" if existing else ""
        record(session, actor or DEMO_RUN, "demo", "database", None,
               f"Tạo dữ liệu mẫu: {format_int(report.persons)} người{replaced}")
    reset_id_sequences(db)
    report.accounts = made
    report.seconds = time.perf_counter() - started
    return report


def _check_may_fill(db: Database, replace: bool, actor: Actor | None) -> int:
    """The number of persons a replace would remove; raises unless the demo may write here."""
    with db.reading() as session:
        marked = session.get(AppSetting, DEMO_MARK) is not None
        office = session.scalar(select(OfficeProfile.name).limit(1))
        accounts = session.scalar(select(func.count()).select_from(UserAccount)) or 0
        existing = session.scalar(select(func.count()).select_from(Person)) or 0
    if not marked and (office or accounts or existing):
        held = f"đơn vị “{office}”" if office else f"{format_int(existing)} người, {accounts} tài khoản"
        raise ServiceError(
            f"Cơ sở dữ liệu {database_caption(db.url)} đang chứa dữ liệu thật ({held}), không phải dữ liệu mẫu. "
            "Lệnh demo không bao giờ ghi vào đó. Hãy chỉ định một tệp mới bằng --db."
        )
    if existing and not replace:
        raise ServiceError(
            f"Cơ sở dữ liệu đã có {format_int(existing)} người. Dùng --force để thay bằng dữ liệu mẫu."
        )
    if existing:
        if actor is None:
            raise ServiceError("Thay dữ liệu mẫu đã có cần người quản trị của dữ liệu mẫu đăng nhập (--user).")
        require(actor, Permission.RESTORE)
    return existing


def _save_demo_office(db: Database) -> None:
    communes = tuple(c for c in province_communes(db) if c.code in CU_MGAR_COMMUNES)
    save_office(
        db,
        OfficeInfo(
            name="Bảo hiểm xã hội cơ sở Cư M'gar",
            parent_name="Bảo hiểm xã hội tỉnh Đắk Lắk",
            province="Đắk Lắk",
            place_name="Cư M'gar",
            preparer_name="Nguyễn Thị Thu Hà",
            head_name="Y Wang Niê",
            communes=communes,
        ),
    )


def _demo_accounts(db: Database) -> list[tuple[str, Role]]:
    """The three demo accounts, one per role, created when missing (an existing one is left alone)."""
    made: list[tuple[str, Role]] = []
    with db.unit_of_work() as session:
        existing = set(session.scalars(select(UserAccount.username)))
        for username, full_name, role in DEMO_ACCOUNTS:
            if username in existing:
                continue
            session.add(UserAccount(username=username, full_name=full_name, role=role.value,
                                    password_hash=hash_password(DEMO_PASSWORD), active=True, failed_attempts=0,
                                    must_change_password=False))
            made.append((username, role))
    return made


def _clear(db: Database) -> None:
    """Remove the previous demo's rows, children first, in one transaction."""
    with db.unit_of_work() as session:
        children: tuple[type[Base], ...] = (Attendance, Enrollment, Target, AgentTraining, AgentArea, OutreachSession)
        parents: tuple[type[Base], ...] = (Person, Household, Agent, CollectionOrganisation, CommuneFigure, Village)
        for model in children:
            session.execute(table_of(model).delete())
        session.execute(table_of(Household).update().values(head_person_id=None))
        for model in parents:
            session.execute(table_of(model).delete())


class _DemoBuilder:
    """Builds the demo rows deterministically from one random generator."""

    def __init__(self, rng: random.Random, today: dt.date, rates: RateTable, spellings: random.Random) -> None:
        self.rng = rng
        self.spellings = spellings
        self.today = today
        self.rates = rates
        self.report = DemoReport()
        self._used_cccd: set[str] = set()
        self._next_si = 6_600_000_000 + rng.randrange(1_000_000)

    # --- places and people -------------------------------------------------
    def build(self, session: Session, persons: int) -> DemoReport:
        villages = self._villages(session)
        agents = self._agents(session, villages)
        per_commune = self._people(session, persons, villages, agents)
        self._commune_figures(session, per_commune)
        self._targets(session, agents)
        self._sessions(session, villages, agents)
        return self.report

    def _villages(self, session: Session) -> list[_Village]:
        rows: list[dict[str, Any]] = []
        result: list[_Village] = []
        buon_pool = list(names.BUON_NAMES)
        self.rng.shuffle(buon_pool)
        next_id = 1
        for commune in CU_MGAR_COMMUNES:
            town = commune in TOWN_COMMUNES
            village_names = [f"{'Tổ dân phố' if town else 'Thôn'} {n}" for n in range(1, 9 if town else 11)]
            buons = [buon_pool.pop() for _ in range(3 if town else 5)]
            for name in village_names + buons:
                is_buon = name.startswith("Buôn")
                rows.append(
                    {"id": next_id, "commune_code": commune, "name": name, "name_key": fold(name),
                     "kind": "buôn" if is_buon else ("tổ dân phố" if town and not is_buon else "thôn")}
                )
                result.append(_Village(next_id, commune, name, is_buon))
                next_id += 1
        session.execute(insert(table_of(Village)), rows)
        self.report.villages = len(rows)
        return result

    def _agents(self, session: Session, villages: list[_Village]) -> list[tuple[int, str]]:
        """Agents as (id, commune code); each commune has a post office and a few collaborators."""
        orgs, agents, areas, trainings = [], [], [], []
        result: list[tuple[int, str]] = []
        agent_id = 1
        commune_names = _commune_names(session)
        for org_id, commune in enumerate(CU_MGAR_COMMUNES, start=1):
            short = commune_names[commune].removeprefix("Xã ")
            orgs.append({"id": org_id, "name": f"Bưu điện văn hóa xã {short}", "kind": "Bưu điện"})
            for _ in range(self.rng.randint(4, 6)):
                sex = self.rng.choice("MF")
                full_name = self._kinh_name(sex) if self.rng.random() < 0.7 else self._ede_name(sex)
                code = f"NV{commune[-3:]}{agent_id:03d}"
                agents.append({
                    "id": agent_id, "code": code, "full_name": full_name, "search_key": fold(full_name),
                    "phone": self._phone(), "organisation_id": org_id,
                    "active_from": self.today - dt.timedelta(days=self.rng.randint(200, 2500)),
                    "active_to": None, "note": "", "version": 1,
                })
                areas.append({"agent_id": agent_id, "commune_code": commune, "village_id": None})
                for topic in self.rng.sample(names.TRAINING_TOPICS, 2):
                    trainings.append({"agent_id": agent_id, "topic": topic,
                                      "held_on": self.today - dt.timedelta(days=self.rng.randint(20, 700))})
                result.append((agent_id, commune))
                agent_id += 1
        session.execute(insert(table_of(CollectionOrganisation)), orgs)
        session.execute(insert(table_of(Agent)), agents)
        session.execute(insert(table_of(AgentArea)), areas)
        session.execute(insert(table_of(AgentTraining)), trainings)
        self.report.agents = len(agents)
        return result

    def _people(
        self, session: Session, target: int, villages: list[_Village], agents: list[tuple[int, str]]
    ) -> dict[str, int]:
        agents_by_commune: dict[str, list[int]] = {}
        for agent_id, commune in agents:
            agents_by_commune.setdefault(commune, []).append(agent_id)
        commune_names = _commune_names(session)
        per_commune = dict.fromkeys(CU_MGAR_COMMUNES, 0)
        person_rows: list[dict[str, Any]] = []
        household_rows: list[dict[str, Any]] = []
        enrollment_rows: list[dict[str, Any]] = []
        person_id = household_id = 0
        while person_id < target:
            village = self.rng.choice(villages)
            household_id += 1
            members = self._household(person_id, village, min(target - person_id, self.rng.choice((1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7))))
            person_id += len(members)
            per_commune[village.commune_code] += len(members)
            code = f"{village.commune_code}{household_id:07d}"
            household_rows.append({
                "id": household_id, "code": code, "village_id": village.id, "head_person_id": None,
                "clan_id": None, "clan_text": "", "address": f"{village.name}, {commune_names[village.commune_code]}",
                "version": 1,
            })
            agent_id = self.rng.choice(agents_by_commune[village.commune_code])
            hh_rank = 0
            for member in members:
                row = self._person_row(member, village, household_id)
                summary = self._enrollments(member, agent_id, enrollment_rows, hh_rank)
                if summary.get("hh_ranked"):
                    hh_rank += 1
                row.update({k: v for k, v in summary.items() if k != "hh_ranked"})
                ends = [d for d in (row["hi_valid_to"], row["vsi_paid_to"]) if d is not None]
                row["covered_to"] = max(ends) if ends else None
                person_rows.append(row)
            household_rows[-1]["head_person_id"] = members[0].id
            if members[0].ethnic in ("12", "20"):
                clan = _clan_from_name(person_rows[-len(members)]["full_name"])
                household_rows[-1]["clan_text"] = self._spelling(clan)
            if len(person_rows) >= CHUNK:
                self._flush(session, household_rows, person_rows, enrollment_rows)
        self._flush(session, household_rows, person_rows, enrollment_rows)
        return per_commune

    def _flush(self, session: Session, households: list[dict[str, Any]], persons: list[dict[str, Any]],
               enrollments: list[dict[str, Any]]) -> None:
        """Write a chunk: households first without heads (persons point to them), then the heads."""
        if not households:
            return
        heads = [{"hid": h["id"], "pid": h["head_person_id"]} for h in households]
        _insert(session, table_of(Household), [{**h, "head_person_id": None} for h in households])
        _insert(session, table_of(Person), persons)
        _insert(session, table_of(Enrollment), enrollments)
        table = table_of(Household)
        session.execute(
            table.update().where(table.c.id == bindparam("hid")).values(head_person_id=bindparam("pid")),
            heads,
        )
        self.report.households += len(households)
        self.report.persons += len(persons)
        self.report.enrollments += len(enrollments)
        households.clear()
        persons.clear()
        enrollments.clear()

    def _household(self, first_id: int, village: _Village, size: int) -> list[_Member]:
        ethnic = self._ethnic_for(village)
        poor_roll = self.rng.random()
        category = "poor" if poor_roll < 0.06 else "near_poor" if poor_roll < 0.14 else (
            "minority" if ethnic != "01" else "other")
        head_sex = "M" if self.rng.random() < 0.8 else "F"
        head_age = self.rng.randint(24, 78)
        members = [_Member(first_id + 1, head_sex, self._birth(head_age), ethnic, category, "00")]
        if size >= 2:
            members.append(_Member(first_id + 2, "F" if head_sex == "M" else "M",
                                   self._birth(max(18, head_age + self.rng.randint(-6, 4))), ethnic, category,
                                   "01" if head_sex == "M" else "02"))
        for index in range(2, size):
            if index == size - 1 and size >= 6 and head_age > 45:
                age, relation = min(95, head_age + self.rng.randint(20, 30)), self.rng.choice(("03", "04"))
            else:
                age, relation = max(0, head_age - self.rng.randint(20, 32) - self.rng.randint(0, 6)), "08"
            members.append(_Member(first_id + index + 1, self.rng.choice("MF"), self._birth(age), ethnic,
                                   category, relation))
        return members

    def _person_row(self, member: _Member, village: _Village, household_id: int) -> dict[str, Any]:
        age = _age(member.birth, self.today)
        full_name = self._name_for(member)
        precision = "day"
        if member.ethnic != "01" and age > 40 and self.rng.random() < 0.35:
            precision = "year"
        elif self.rng.random() < 0.05:
            precision = "month"
        birth = member.birth if precision == "day" else member.birth.replace(
            day=1, month=member.birth.month if precision == "month" else 1)
        category = member.category
        if category in ("other", "minority") and 6 <= age <= 22 and self.rng.random() < 0.8:
            category = "student"
        has_cccd = self.rng.random() < (0.92 if age >= 14 else 0.55)
        return {
            "id": member.id, "full_name": full_name, "search_key": fold(full_name),
            "birth_date": birth, "birth_precision": precision, "birth_year": birth.year, "sex": member.sex,
            "ethnic_code": member.ethnic,
            "cccd": self._cccd(member.sex, birth.year) if has_cccd else None,
            "si_code": self._si_code() if self.rng.random() < 0.85 else None,
            "phone": self._phone() if age >= 16 and self.rng.random() < 0.65 else None,
            "village_id": village.id, "address": village.name, "household_id": household_id,
            "relationship_code": member.relationship, "category": category, "note": "", "version": 1,
            "hi_scheme": None, "hi_valid_to": None, "vsi_paid_to": None, "covered_to": None, "last_agent_id": None,
            "import_batch_id": None,
        }

    # --- enrollments -------------------------------------------------------
    def _enrollments(self, member: _Member, agent_id: int, rows: list[dict[str, Any]], hh_rank: int) -> dict[str, Any]:
        """Append the member's enrollment history; return the person's summary columns."""
        age = _age(member.birth, self.today)
        summary: dict[str, Any] = {}
        scheme = self._hi_scheme(member, age)
        if scheme is not None:
            months = 12 if scheme != "HI-HH" else self.rng.choice((3, 6, 12, 12, 12))
            # Most cards are in force (the province is near 90% coverage); some lapsed lately.
            days = self.rng.randint(0, 360) if self.rng.random() < 0.9 else -self.rng.randint(1, 240)
            valid_to = self.today + dt.timedelta(days=days)
            history = self.rng.choice((1, 1, 2, 2, 3))
            rank = min(hh_rank + 1, 5) if scheme == "HI-HH" else None
            for back in range(history - 1, -1, -1):
                end = add_months(valid_to, -months * back)
                start = add_months(end, -months) + dt.timedelta(days=1)
                rows.append(self._hi_row(member.id, scheme, start, end, months, rank, agent_id, back < history - 1))
            summary.update(hi_scheme=scheme, hi_valid_to=valid_to, last_agent_id=agent_id, hh_ranked=rank is not None)
        if 18 <= age <= 60 and member.category != "poor" and self.rng.random() < 0.07:
            paid_to = self.today + dt.timedelta(days=self.rng.randint(-120, 300))
            months = self.rng.choice((1, 3, 6, 12))
            rows.append(self._vsi_row(member, paid_to, months, agent_id))
            summary.update(vsi_paid_to=paid_to, last_agent_id=agent_id)
        return summary

    def _hi_scheme(self, member: _Member, age: int) -> str | None:
        roll = self.rng.random()
        if age < 6 or member.category == "poor" or (member.category == "minority" and roll < 0.55):
            return "HI-OTHER"
        if 6 <= age <= 22 and roll < 0.95:
            return "HI-STU"
        return "HI-HH" if roll < 0.9 else None

    def _hi_row(self, person_id: int, scheme: str, start: dt.date, end: dt.date, months: int,
                rank: int | None, agent_id: int, renewal: bool) -> dict[str, Any]:
        receipt = start - dt.timedelta(days=self.rng.randint(1, 30))
        due = household_hi_monthly(rank, receipt, self.rates) * months if scheme == "HI-HH" and rank else 0
        return {
            "person_id": person_id, "scheme": scheme, "valid_from": start, "valid_to": end,
            "payment_months": months, "is_renewal": renewal, "household_rank": rank, "chosen_income": None,
            "amount_due": due, "amount_paid": due, "state_support": 0, "local_support": 0, "other_support": 0,
            "receipt_no": f"BL{self.rng.randrange(10**7):07d}" if due else None,
            "receipt_date": receipt if due else None,
            "agent_id": agent_id if scheme == "HI-HH" else None, "session_id": None,
            "funding_source": "Người tham gia đóng" if scheme == "HI-HH" else "Ngân sách nhà nước",
            "status": "active", "note": "", "import_batch_id": None, "version": 1,
        }

    def _vsi_row(self, member: _Member, paid_to: dt.date, months: int, agent_id: int) -> dict[str, Any]:
        start = add_months(paid_to, -months) + dt.timedelta(days=1)
        income = self.rng.choice((1_500_000, 1_500_000, 2_000_000, 3_000_000))
        category = member.category if member.category in ("poor", "near_poor", "minority") else "other"
        contribution = vsi_contribution(income, months, category, start, self.rates)
        return {
            "person_id": member.id, "scheme": "VSI", "valid_from": start, "valid_to": paid_to,
            "payment_months": months, "is_renewal": False, "household_rank": None, "chosen_income": income,
            "amount_due": contribution.gross_total, "amount_paid": contribution.net_total,
            "state_support": contribution.support_total, "local_support": 0, "other_support": 0,
            "receipt_no": f"BL{self.rng.randrange(10**7):07d}", "receipt_date": start - dt.timedelta(days=3),
            "agent_id": agent_id, "session_id": None, "funding_source": "Người tham gia đóng",
            "status": "active", "note": "", "import_batch_id": None, "version": 1,
        }

    # --- office figures, targets, sessions ---------------------------------
    def _commune_figures(self, session: Session, per_commune: dict[str, int]) -> None:
        rows = []
        for commune, count in per_commune.items():
            population = int(count * self.rng.uniform(1.03, 1.08)) or 1
            for year in (self.today.year - 1, self.today.year):
                rows.append({"commune_code": commune, "year": year, "population": population,
                             "working_age_population": int(population * 0.62)})
        session.execute(insert(table_of(CommuneFigure)), rows)

    def _targets(self, session: Session, agents: list[tuple[int, str]]) -> None:
        rows = []
        year_start = dt.date(self.today.year, 1, 1)
        for month in range(12):
            start = add_months(year_start, month)
            end = add_months(start, 1) - dt.timedelta(days=1)
            for agent_id, _commune in agents:
                for metric, low, high in (("new_vsi", 2, 6), ("new_hi_hh", 10, 30), ("renewals", 30, 70)):
                    rows.append({"period_kind": "month", "period_start": start, "period_end": end,
                                 "scope_kind": "agent", "commune_code": None, "agent_id": agent_id,
                                 "metric": metric, "value": self.rng.randint(low, high), "version": 1})
        for commune in CU_MGAR_COMMUNES:
            rows.append({"period_kind": "year", "period_start": year_start, "period_end": dt.date(self.today.year, 12, 31),
                         "scope_kind": "commune", "commune_code": commune, "agent_id": None,
                         "metric": "hi_coverage", "value": 9500, "version": 1})
        session.execute(insert(table_of(Target)), rows)

    def _sessions(self, session: Session, villages: list[_Village], agents: list[tuple[int, str]]) -> None:
        person_table = table_of(Person)
        sessions, attendance = [], []
        for session_id in range(1, 41):
            village = self.rng.choice(villages)
            held = self.today - dt.timedelta(days=self.rng.randint(3, 360))
            agent_id = self.rng.choice([a for a, c in agents if c == village.commune_code])
            sessions.append({
                "id": session_id, "kind": self.rng.choice(SESSION_KINDS), "held_on": held, "starts_at": "08:00",
                "ends_at": "10:30", "commune_code": village.commune_code, "village_id": village.id,
                "venue": f"Nhà văn hóa {village.name}", "organiser": "BHXH cơ sở Cư M'gar",
                "organiser_agent_id": agent_id,
                "co_organisers": ", ".join(self.rng.sample(names.CO_ORGANISERS, 3)),
                "languages": "Kinh, Ê Đê" if village.is_buon else "Kinh",
                "topic": self.rng.choice(names.SESSION_TOPICS), "note": "", "support_per_attendee": 50_000,
                "version": 1,
            })
            people = session.execute(
                select(person_table.c.id, person_table.c.full_name)
                .where(person_table.c.village_id == village.id, person_table.c.birth_year <= self.today.year - 18)
                .limit(self.rng.randint(20, 70))
            ).all()
            for pid, full_name in people:
                attendance.append({"session_id": session_id, "person_id": pid, "full_name": full_name,
                                   "attended": self.rng.random() < 0.85, "checked_in_at": None, "source": "list",
                                   "support_amount": 50_000, "note": ""})
        session.execute(insert(table_of(OutreachSession)), sessions)
        _insert(session, table_of(Attendance), attendance)
        self.report.sessions = len(sessions)

    # --- small generators --------------------------------------------------
    def _spelling(self, clan: str) -> str:
        """The clan as a desk typed it: mostly as written, else unaccented, in capitals, spaced another way,
        or only the clan a branch belongs to ("Niê" for "Niê Kdăm"), so the clan review has variants to group."""
        roll = self.spellings.random()
        if roll < 0.70:
            return clan
        if roll < 0.80:
            return _unaccented(clan)
        if roll < 0.85:
            return clan.upper()
        if roll < 0.92 and (" " in clan or clan.startswith("Ê")):
            return clan.replace(" ", "") if " " in clan else f"Ê {clan[1:].capitalize()}"
        if roll < 0.96 and clan in names.CLAN_BRANCHES:
            return names.CLAN_BRANCHES[clan]
        return clan + " "

    def _ethnic_for(self, village: _Village) -> str:
        roll = self.rng.random()
        if village.is_buon:
            return "12" if roll < 0.85 else "20" if roll < 0.95 else "01"
        return "01" if roll < 0.82 else "02" if roll < 0.88 else "07" if roll < 0.94 else "12"

    def _name_for(self, member: _Member) -> str:
        if member.ethnic == "12":
            return self._ede_name(member.sex)
        if member.ethnic == "20":
            return self._mnong_name(member.sex)
        if member.ethnic in ("02", "07"):
            family = _weighted(self.rng, names.TAY_NUNG_FAMILY)
            return f"{family} {self.rng.choice(names.KINH_MIDDLE[member.sex])} {self.rng.choice(names.KINH_GIVEN[member.sex])}"
        return self._kinh_name(member.sex)

    def _kinh_name(self, sex: str) -> str:
        family = _weighted(self.rng, names.KINH_FAMILY)
        return f"{family} {self.rng.choice(names.KINH_MIDDLE[sex])} {self.rng.choice(names.KINH_GIVEN[sex])}"

    def _ede_name(self, sex: str) -> str:
        prefix = "Y" if sex == "M" else "H'"
        given = self.rng.choice(names.EDE_GIVEN[sex])
        clan = self.rng.choice(names.EDE_CLANS)
        return f"Y {given} {clan}" if prefix == "Y" else f"H'{given} {clan}"

    def _mnong_name(self, sex: str) -> str:
        given = self.rng.choice(names.MNONG_GIVEN[sex])
        clan = self.rng.choice(names.MNONG_CLANS)
        return f"Y {given} {clan}" if sex == "M" else f"H'{given} {clan}"

    def _birth(self, age: int) -> dt.date:
        """A birthday that makes the person ``age`` today (never in the future)."""
        latest = add_months(self.today, -12 * age)
        return latest - dt.timedelta(days=self.rng.randint(0, 364))

    def _cccd(self, sex: str, year: int) -> str:
        century = (year // 100) - 19
        sex_digit = century * 2 + (1 if sex == "F" else 0)
        province = "066" if self.rng.random() < 0.8 else self.rng.choice(("038", "040", "042", "036", "054"))
        while True:
            value = f"{province}{sex_digit}{year % 100:02d}{self.rng.randrange(10**6):06d}"
            if value not in self._used_cccd:
                self._used_cccd.add(value)
                return value

    def _si_code(self) -> str:
        self._next_si += self.rng.randint(1, 7)
        if self.rng.random() < 0.03:  # a few codes from Hà Nội (01...) keep their leading zero
            return f"01{self._next_si % 10**8:08d}"
        return f"{self._next_si:010d}"

    def _phone(self) -> str:
        return self.rng.choice(("09", "03", "08", "07")) + f"{self.rng.randrange(10**8):08d}"


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows, CHUNK):
        session.execute(insert(table), chunk)


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _commune_names(session: Session) -> dict[str, str]:
    from desktop.models import Commune

    return {code: name for code, name in session.execute(select(Commune.code, Commune.name))}


def _weighted(rng: random.Random, pool: Iterable[tuple[str, int]]) -> str:
    items = list(pool)
    return rng.choices([name for name, _ in items], weights=[w for _, w in items])[0]


def _clan_from_name(full_name: str) -> str:
    """Ê Đê and M'nông names end with the clan: "Y Bhim Niê Kdăm" -> "Niê Kdăm"."""
    parts = full_name.split(" ")
    return " ".join(parts[2:] if parts[0] == "Y" else parts[1:])


def _unaccented(text: str) -> str:
    """"Niê Kdăm" -> "Nie Kdam", capitals kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def _age(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
