"""Households: their members and relationships, and household HI paid with decreasing premiums.

The premium plan ranks the members paying now after the members already
insured through the household for an overlapping period; members whose HI the
state pays (poor households, state-paid cards in force) are not ranked and pay
nothing. Recording a household payment creates every member's HI-HH enrollment
in one transaction, through the same quote the single-person dialog uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_money
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS
from desktop.domain.periods import hi_coverage_period
from desktop.domain.premiums import HOUSEHOLD_HI_MONTHS, HouseholdMember, household_hi_plan
from desktop.domain.rates import RateTable
from desktop.domain.text import fold, normalize_spaces
from desktop.models import Clan, Commune, Enrollment, Household, Person, Relationship, Village
from desktop.services import audit
from desktop.services.audit import Actor, require
from desktop.services.authz import Permission
from desktop.services.clans import check_household_clan, link_households
from desktop.services.enrollments import (
    CANCELLED,
    EnrollmentRequest,
    check_references,
    household_local_categories,
    insert_enrollment,
    is_state_supported,
    lock_persons,
    person_facts,
    quote_for,
    refresh_person_summary,
)
from desktop.services.errors import ConcurrentEditError, NotFoundError, check_version
from desktop.services.participants import birth_display
from desktop.services.rates import load_rate_table

HEAD = "00"
CODE_MAX = 20
STATE_PAID_LABEL = "NSNN đóng"


@dataclass(frozen=True)
class HouseholdInput:
    """The household's own fields as typed in the dialog."""

    code: str
    village_id: int | None
    head_person_id: int | None = None
    clan_id: int | None = None
    address: str = ""


@dataclass(frozen=True)
class HouseholdMemberRow:
    person_id: int
    full_name: str
    birth: str
    relationship_code: str | None
    relationship_name: str
    category: str
    category_label: str
    hi_scheme: str | None
    hi_scheme_label: str
    hi_valid_to: dt.date | None
    vsi_paid_to: dt.date | None
    state_supported: bool
    is_head: bool


@dataclass(frozen=True)
class HouseholdRecord:
    id: int
    version: int
    code: str
    village_id: int | None
    village_name: str
    commune_name: str
    head_person_id: int | None
    head_name: str
    clan_id: int | None
    clan_name: str
    clan_text: str
    """The clan as typed before clans were records, while the office has not reviewed it."""
    address: str
    members: tuple[HouseholdMemberRow, ...]


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list."""

    id: int
    code: str
    head_name: str
    village: str
    commune: str
    member_count: int
    clan: str
    """The clan's name, else the old free text not yet reviewed."""
    address: str


@dataclass(frozen=True)
class PlanLine:
    """One ticked member's household HI: rank (None when the state pays), amounts for the period."""

    person_id: int
    full_name: str
    rank: int | None
    monthly: int
    total: int
    local_support: int
    valid_from: dt.date | None
    valid_to: dt.date | None

    @property
    def state_supported(self) -> bool:
        return self.rank is None

    @property
    def rank_label(self) -> str:
        return STATE_PAID_LABEL if self.rank is None else str(self.rank)

    @property
    def payable(self) -> int:
        return self.total - self.local_support


@dataclass(frozen=True)
class HouseholdPlan:
    months: int
    payment_date: dt.date
    already_enrolled: int  # members insured through the household for an overlapping period
    lines: tuple[PlanLine, ...]

    @property
    def monthly(self) -> int:
        return sum(line.monthly for line in self.lines)

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def local_support(self) -> int:
        return sum(line.local_support for line in self.lines)

    @property
    def payable(self) -> int:
        return self.total - self.local_support


# --- the household and its members ----------------------------------------------


def _household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError("Không tìm thấy hộ gia đình này (có thể đã bị xoá ở máy khác).")
    return household


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("Không tìm thấy người này (có thể đã bị xoá ở máy khác).")
    return person


def _clean(data: HouseholdInput) -> HouseholdInput:
    code = "".join(data.code.split())
    if not code:
        raise ValidationError("Chưa nhập mã hộ gia đình.", "code")
    if len(code) > CODE_MAX:
        raise ValidationError(f"Mã hộ dài quá {CODE_MAX} ký tự.", "code")
    if data.village_id is None:
        raise ValidationError("Hãy chọn thôn, buôn, tổ dân phố của hộ.", "village_id")
    return HouseholdInput(code, data.village_id, data.head_person_id, data.clan_id,
                          normalize_spaces(data.address)[:200])


def _check_code_free(session: Session, code: str, household_id: int | None) -> None:
    query = select(Household.id).where(Household.code == code)
    if household_id is not None:
        query = query.where(Household.id != household_id)
    if session.scalar(query) is not None:
        raise ValidationError(f"Mã hộ {code} đã có; mỗi hộ một mã riêng.", "code")


def _check_relationship(session: Session, code: str | None) -> None:
    if code is not None and session.get(Relationship, code) is None:
        raise ValidationError("Hãy chọn quan hệ với chủ hộ trong danh mục.", "relationship_code")


def _members(session: Session, household_id: int) -> list[Person]:
    """Members, head first, then by relationship code and age."""
    return list(session.scalars(
        select(Person).where(Person.household_id == household_id).order_by(
            case((Person.relationship_code == HEAD, 0), else_=1),
            Person.relationship_code, Person.birth_date, Person.id,
        )
    ))


def _make_head(session: Session, household: Household, person: Person) -> None:
    """``person`` becomes the head (relationship 00); a previous head loses the 00 code."""
    if household.head_person_id not in (None, person.id):
        previous = session.get(Person, household.head_person_id)
        if previous is not None and previous.relationship_code == HEAD:
            previous.relationship_code = None
    for other in _members(session, household.id):
        if other.id != person.id and other.relationship_code == HEAD:
            other.relationship_code = None
    person.relationship_code = HEAD
    household.head_person_id = person.id


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEditError(
            "Hộ gia đình hoặc thành viên vừa được sửa ở máy khác. Thay đổi của bạn chưa được lưu; hãy mở lại hộ."
        ) from error
    except IntegrityError as error:
        raise ValidationError("Mã hộ này đã có; mỗi hộ một mã riêng.", "code") from error


def _join_clan(session: Session, actor: Actor, household: Household, clan: Clan | None) -> None:
    if clan is not None:
        link_households(session, actor, clan, [household], lambda h: f"Hộ {h.code} thuộc dòng họ {clan.name}")
    elif household.clan_id is not None:
        link_households(session, actor, None, [household], lambda h: f"Hộ {h.code} không còn thuộc dòng họ")


def create_household(db: Database, actor: Actor, data: HouseholdInput) -> int:
    """A new household; a head given here joins it with relationship 00."""
    require(actor, Permission.EDIT_REGISTER)
    data = _clean(data)
    with db.unit_of_work() as session:
        _check_code_free(session, data.code, None)
        household = Household(code=data.code, village_id=data.village_id, address=data.address)
        clan = check_household_clan(session, household, data.clan_id)
        session.add(household)
        _flush(session)
        if data.head_person_id is not None:
            head = _person(session, data.head_person_id)
            if head.household_id is not None:
                raise ValidationError(f"{head.full_name} đang là thành viên của hộ khác.", "head_person_id")
            head.household_id = household.id
            _make_head(session, household, head)
        _flush(session)
        audit.record(session, actor, "create", "household", household.id, f"Thêm hộ {data.code}",
                     {"code": (None, data.code), "village_id": (None, data.village_id),
                      "head_person_id": (None, data.head_person_id), "address": (None, data.address)})
        _join_clan(session, actor, household, clan)
        return household.id


def update_household(db: Database, actor: Actor, household_id: int, expected_version: int,
                     data: HouseholdInput) -> None:
    """Save the household's fields; the new head must already be a member."""
    require(actor, Permission.EDIT_REGISTER)
    data = _clean(data)
    with db.unit_of_work() as session:
        household = session.get(Household, household_id)
        check_version("Hộ gia đình", household.version if household else None, expected_version)
        assert household is not None
        _check_code_free(session, data.code, household_id)
        before = {"code": household.code, "village_id": household.village_id,
                  "head_person_id": household.head_person_id, "address": household.address}
        household.code, household.village_id, household.address = data.code, data.village_id, data.address
        clan = check_household_clan(session, household, data.clan_id)
        if data.head_person_id != household.head_person_id:
            if data.head_person_id is None:
                for member in _members(session, household_id):
                    if member.relationship_code == HEAD:
                        member.relationship_code = None
                household.head_person_id = None
            else:
                head = _person(session, data.head_person_id)
                if head.household_id != household_id:
                    raise ValidationError("Chủ hộ phải là một thành viên của hộ.", "head_person_id")
                _make_head(session, household, head)
        after = {"code": household.code, "village_id": household.village_id,
                 "head_person_id": household.head_person_id, "address": household.address}
        _flush(session)
        audit.record(session, actor, "update", "household", household_id, f"Sửa hộ {household.code}",
                     audit.diff(before, after))
        if household.clan_id != data.clan_id:
            _join_clan(session, actor, household, clan)
            _flush(session)


def add_member(db: Database, actor: Actor, household_id: int, person_id: int, relationship_code: str | None,
               move: bool = False) -> None:
    """Put a person into the household; ``move`` takes them out of another household first."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        household = _household(session, household_id)
        person = _person(session, person_id)
        _check_relationship(session, relationship_code)
        if person.household_id == household_id:
            raise ValidationError(f"{person.full_name} đã là thành viên của hộ này.", "person_id")
        before = {"household_id": person.household_id, "relationship_code": person.relationship_code}
        if person.household_id is not None:
            if not move:
                other = session.scalar(select(Household.code).where(Household.id == person.household_id))
                raise ValidationError(f"{person.full_name} đang là thành viên hộ {other}.", "household_id")
            _leave(session, person)
        person.household_id = household_id
        person.relationship_code = relationship_code
        if relationship_code == HEAD:
            _make_head(session, household, person)
        _flush(session)
        audit.record(session, actor, "member_add", "household", household_id,
                     f"Thêm {person.full_name} vào hộ {household.code}",
                     audit.diff(before, {"household_id": household_id, "relationship_code": person.relationship_code}))


def _leave(session: Session, person: Person) -> None:
    if person.household_id is not None:
        household = session.get(Household, person.household_id)
        if household is not None and household.head_person_id == person.id:
            household.head_person_id = None
    person.household_id = None
    person.relationship_code = None


def _member(session: Session, household_id: int, person_id: int) -> tuple[Household, Person]:
    """The household and one of its members; refused when another desk moved the person out meanwhile."""
    household = _household(session, household_id)
    person = _person(session, person_id)
    if person.household_id != household_id:
        raise ValidationError(f"{person.full_name} không còn là thành viên của hộ này.", "person_id")
    return household, person


def remove_member(db: Database, actor: Actor, household_id: int, person_id: int) -> None:
    """Take a person out of the household (the person's record stays)."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        household, person = _member(session, household_id, person_id)
        before = {"household_id": person.household_id, "relationship_code": person.relationship_code}
        _leave(session, person)
        _flush(session)
        audit.record(session, actor, "member_remove", "household", household_id,
                     f"Bỏ {person.full_name} khỏi hộ {household.code}",
                     audit.diff(before, {"household_id": None, "relationship_code": None}))


def set_relationship(db: Database, actor: Actor, household_id: int, person_id: int,
                     relationship_code: str | None) -> None:
    """Change a member's relationship to the head; choosing 00 makes the member the head."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        household, person = _member(session, household_id, person_id)
        _check_relationship(session, relationship_code)
        before = person.relationship_code
        if relationship_code == HEAD:
            _make_head(session, household, person)
        else:
            person.relationship_code = relationship_code
            if household.head_person_id == person.id:
                household.head_person_id = None
        _flush(session)
        audit.record(session, actor, "member_update", "household", household_id,
                     f"Đổi quan hệ của {person.full_name} trong hộ {household.code}",
                     {"relationship_code": (before, relationship_code)})


# --- reading --------------------------------------------------------------------


def load_household(db: Database, household_id: int, today: dt.date | None = None) -> HouseholdRecord:
    """The household with its members, their HI card and whether the state pays their HI."""
    today = today or dt.date.today()
    with db.reading() as session:
        household = _household(session, household_id)
        place = session.execute(
            select(Village.name, Commune.name).join(Commune, Commune.code == Village.commune_code)
            .where(Village.id == household.village_id)
        ).first()
        clan_name = session.scalar(select(Clan.name).where(Clan.id == household.clan_id)) or ""
        relationships = {code: name for code, name in session.execute(select(Relationship.code, Relationship.name))}
        members = tuple(
            HouseholdMemberRow(
                person_id=p.id, full_name=p.full_name, birth=birth_display(p.birth_date, p.birth_precision),
                relationship_code=p.relationship_code,
                relationship_name=relationships.get(p.relationship_code or "", ""),
                category=p.category, category_label=CATEGORY_LABELS.get(p.category, p.category),
                hi_scheme=p.hi_scheme, hi_scheme_label=SCHEME_LABELS.get(p.hi_scheme or "", ""),
                hi_valid_to=p.hi_valid_to, vsi_paid_to=p.vsi_paid_to,
                state_supported=is_state_supported(p.category, p.hi_scheme, p.hi_valid_to, today),
                is_head=p.id == household.head_person_id,
            )
            for p in _members(session, household_id)
        )
        head = next((m.full_name for m in members if m.is_head), "")
        return HouseholdRecord(
            id=household.id, version=household.version, code=household.code, village_id=household.village_id,
            village_name=place[0] if place else "", commune_name=place[1] if place else "",
            head_person_id=household.head_person_id, head_name=head, clan_id=household.clan_id, clan_name=clan_name,
            clan_text=household.clan_text, address=household.address, members=members,
        )


def search_households(db: Database, text: str = "", village_id: int | None = None,
                      limit: int = 200) -> list[HouseholdRow]:
    """Households whose code, head's name (accents optional) or village matches every typed word."""
    head = aliased(Person)
    members = select(func.count()).where(Person.household_id == Household.id).scalar_subquery()
    query = (
        select(Household.id, Household.code, head.full_name, Village.name, Commune.name, members,
               func.coalesce(Clan.name, Household.clan_text), Household.address)
        .outerjoin(head, head.id == Household.head_person_id)
        .outerjoin(Clan, Clan.id == Household.clan_id)
        .outerjoin(Village, Village.id == Household.village_id)
        .outerjoin(Commune, Commune.code == Village.commune_code)
    )
    conditions: list[ColumnElement[bool]] = []
    for word in fold(text).split():
        options = [head.search_key.contains(word, autoescape=True),
                   Village.name_key.contains(word, autoescape=True),
                   Commune.name_key.contains(word, autoescape=True)]
        if word.isdigit():
            options.append(Household.code.contains(word, autoescape=True))
        conditions.append(or_(*options))
    if village_id is not None:
        conditions.append(Household.village_id == village_id)
    query = query.where(and_(*conditions)) if conditions else query
    with db.reading() as session:
        rows = session.execute(query.order_by(Household.code).limit(limit))
        return [
            HouseholdRow(hid, code, head_name or "", village or "", commune or "", int(count or 0), clan, address)
            for hid, code, head_name, village, commune, count, clan, address in rows
        ]


def suggest_household_code(db: Database, village_id: int | None) -> str:
    """The next free code of the village's commune: commune code and a 7-digit number."""
    with db.reading() as session:
        commune = session.scalar(select(Village.commune_code).where(Village.id == village_id)) if village_id else None
        prefix = commune or "HGD"
        codes = session.scalars(
            select(Household.code).where(Household.code.like(f"{prefix}%")).order_by(Household.code.desc()).limit(50)
        )
        numbers = [int(code[len(prefix):]) for code in codes if code[len(prefix):].isdigit()]
        return f"{prefix}{(max(numbers, default=0) + 1):07d}"


# --- household HI -----------------------------------------------------------------


def _plan(session: Session, rates: RateTable, household_id: int, member_ids: Sequence[int], months: int,
          payment_date: dt.date) -> HouseholdPlan:
    if months not in HOUSEHOLD_HI_MONTHS:
        raise ValidationError(f"Số tháng đóng BHYT hộ gia đình phải là 3, 6 hoặc 12 tháng (đang là {months}).",
                              "months")
    _household(session, household_id)
    members = _members(session, household_id)
    chosen = set(member_ids)
    unknown = chosen - {m.id for m in members}
    if unknown:
        raise ValidationError("Có người được chọn không còn là thành viên của hộ; hãy mở lại hộ.", "members")
    enrolling = [m for m in members if m.id in chosen]
    supported = {m.id: is_state_supported(m.category, m.hi_scheme, m.hi_valid_to, payment_date) for m in enrolling}
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for member in enrolling:
        if not supported[member.id]:
            spans[member.id] = hi_coverage_period(payment_date, months, person_facts(session, member).hi_to)
    already = _already_enrolled(session, members, chosen, spans, payment_date)
    premiums = household_hi_plan(
        [HouseholdMember() for _ in range(already)]
        + [HouseholdMember(supported[m.id], household_local_categories(m.category)) for m in enrolling],
        months, payment_date, rates,
    )[already:]
    lines = tuple(
        PlanLine(m.id, m.full_name, p.rank, p.monthly, p.total, p.local_support_total,
                 *(spans.get(m.id) or (None, None)))
        for m, p in zip(enrolling, premiums, strict=True)
    )
    return HouseholdPlan(months, payment_date, already, lines)


def _already_enrolled(session: Session, members: list[Person], chosen: set[int],
                      spans: dict[int, tuple[dt.date, dt.date]], payment_date: dt.date) -> int:
    """Members not paying now but insured through the household for a period overlapping the new cards."""
    if not spans:
        return 0
    start, end = min(s for s, _ in spans.values()), max(e for _, e in spans.values())
    others = [m for m in members if m.id not in chosen
              and not is_state_supported(m.category, m.hi_scheme, m.hi_valid_to, payment_date)]
    if not others:
        return 0
    enrolled = session.scalars(
        select(Enrollment.person_id).distinct().where(
            Enrollment.person_id.in_([m.id for m in others]),
            Enrollment.scheme == "HI-HH",
            Enrollment.status != CANCELLED,
            Enrollment.valid_from <= end,
            Enrollment.valid_to >= start,
        )
    )
    return len(set(enrolled))


def household_premium_plan(db: Database, household_id: int, enrolling_member_ids: Sequence[int], months: int,
                           payment_date: dt.date) -> HouseholdPlan:
    """What each ticked member pays for household HI and the household's total, with the rates of ``payment_date``."""
    rates = load_rate_table(db)
    with db.reading() as session:
        return _plan(session, rates, household_id, enrolling_member_ids, months, payment_date)


def enroll_household(db: Database, actor: Actor, household_id: int, member_ids: Sequence[int], months: int,
                     payment_date: dt.date, receipt_no: str, agent_id: int | None,
                     session_id: int | None = None) -> list[int]:
    """Record one household payment: an HI-HH enrollment per paying member, with its rank, all or nothing."""
    require(actor, Permission.EDIT_REGISTER)
    rates = load_rate_table(db)
    with db.unit_of_work() as session:
        lock_persons(session, sorted(set(member_ids)))
        plan = _plan(session, rates, household_id, member_ids, months, payment_date)
        paying = [line for line in plan.lines if line.rank is not None]
        if not paying:
            raise ValidationError("Chưa chọn thành viên nào phải đóng BHYT hộ gia đình.", "members")
        created: list[int] = []
        for line in paying:
            request = EnrollmentRequest(
                scheme="HI-HH", payment_date=payment_date, months=months, receipt_no=receipt_no,
                agent_id=agent_id, session_id=session_id, household_rank=line.rank,
            )
            if not created:
                check_references(session, request)
            facts = person_facts(session, _person(session, line.person_id))
            quote = quote_for(session, rates, request, facts)
            created.append(insert_enrollment(session, actor, facts, request, quote, quote.continues).id)
        household = _household(session, household_id)
        audit.record(
            session, actor, "enroll", "household", household_id,
            f"Hộ {household.code} đóng BHYT {months} tháng cho {len(paying)} người: {format_money(plan.payable)}, "
            f"biên lai {receipt_no.strip() or '—'} ngày {format_date(payment_date)}",
        )
        refresh_person_summary(session, [line.person_id for line in paying])
        return created
