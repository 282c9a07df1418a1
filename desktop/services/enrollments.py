"""Enrollments: quote, add, renew and stop a person's participation in a scheme.

Every action is one unit of work that also records its audit entry and brings
the person's summary columns (``hi_scheme``, ``hi_valid_to``, ``vsi_paid_to``,
``covered_to``, ``last_agent_id``) in step, so the 500,000-row list never
disagrees with the enrollment history.

Rules chosen here (domain.md leaves them open):
- A person holds one HI card: the previous HI period (any HI scheme) decides
  whether a new HI payment continues it; VSI continues the previous VSI months.
- The 30-day waiting period applies to household HI only; student and
  state-paid cards start on the receipt (or list) date, or continue the card.
- A stopped enrollment still counts up to its stop date; a cancelled one never counts.
- HI-OTHER (state-paid) is recorded at the full premium, all of it state support.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain import periods
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date
from desktop.domain.participation import HI_SCHEMES, SCHEME_LABELS, STUDENT_CATEGORY
from desktop.domain.premiums import (
    HOUSEHOLD_HI_MONTHS,
    VsiCategory,
    apply_shares,
    hi_monthly_premium,
    household_hi_monthly,
    local_support_share,
    student_hi,
    vsi_contribution,
)
from desktop.domain.rates import RateTable
from desktop.models import Agent, Enrollment, Household, OutreachSession, Person
from desktop.models.base import table_of
from desktop.models.enrollments import ACTIVE, CANCELLED, SCHEMES, STOPPED
from desktop.services import audit
from desktop.services.audit import Actor, require
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, NotFoundError, check_version
from desktop.services.lookups import Choice
from desktop.services.rates import load_rate_table

VSI_MONTHS = (1, 3, 6, 12, 24, 36, 48, 60)
"""VSI payment modes: monthly, 3, 6, 12 months, or whole years in advance up to 5 years."""
STUDENT_HI_MONTHS = (3, 6, 12)
STATE_HI_MAX_MONTHS = 72
"""A state-paid card may run up to 72 months (children under six)."""
RECEIPT_NO_MAX = 30

STATUS_LABELS = {ACTIVE: "Đang hiệu lực", STOPPED: "Đã dừng", CANCELLED: "Đã huỷ"}

DEFAULT_FUNDING = {
    "VSI": "Người tham gia đóng",
    "HI-HH": "Người tham gia đóng",
    "HI-STU": "Người tham gia đóng, NSNN hỗ trợ",
    "HI-OTHER": "Ngân sách nhà nước",
}
FUNDING_CHOICES = (
    "Người tham gia đóng",
    "Người tham gia đóng, NSNN hỗ trợ",
    "Ngân sách nhà nước",
    "Ngân sách địa phương",
    "Nhà hảo tâm tài trợ",
)

_ONE_DAY = dt.timedelta(days=1)
_CHUNK = 500


def months_for(scheme: str) -> tuple[int, ...]:
    """Payment modes a scheme allows (what the dialog offers)."""
    if scheme == "VSI":
        return VSI_MONTHS
    if scheme == "HI-HH":
        return HOUSEHOLD_HI_MONTHS
    if scheme == "HI-STU":
        return STUDENT_HI_MONTHS
    return (*range(1, 13), 24, 36, 48, 60, STATE_HI_MAX_MONTHS)


def is_state_supported(category: str, hi_scheme: str | None, hi_valid_to: dt.date | None, on: dt.date) -> bool:
    """The state pays this person's HI on ``on``: a poor household, or a state-paid card in force."""
    return category == "poor" or (hi_scheme == "HI-OTHER" and hi_valid_to is not None and hi_valid_to >= on)


def household_local_categories(category: str) -> tuple[str, ...]:
    """Local-support keys a household-HI member qualifies for: the person's category, save "student"
    (that share belongs to student HI, paid through the school)."""
    return () if category == STUDENT_CATEGORY else (category,)


@dataclass(frozen=True)
class EnrollmentRequest:
    """What the desk typed for one payment; ``household_rank`` is set only by the household flow."""

    scheme: str
    payment_date: dt.date
    months: int
    chosen_income: int | None = None
    category: str | None = None  # None: the person's own category
    receipt_no: str = ""
    agent_id: int | None = None
    session_id: int | None = None
    funding_source: str = ""
    household_rank: int | None = None
    note: str = ""


@dataclass(frozen=True)
class EnrollmentQuote:
    """The amounts and period a request would record, shown live before saving."""

    scheme: str
    payment_date: dt.date
    months: int
    category: str
    valid_from: dt.date
    valid_to: dt.date
    previous_valid_to: dt.date | None
    continues: bool  # starts the day after the previous period
    waiting: bool  # first time or after a long gap: valid 30 days after payment
    household_rank: int | None
    chosen_income: int | None
    monthly: int  # full monthly premium or contribution
    amount_due: int
    state_support: int
    local_support: int
    supported_months: int  # VSI months with state support

    @property
    def amount_payable(self) -> int:
        """What the participant pays."""
        return self.amount_due - self.state_support - self.local_support


@dataclass(frozen=True)
class EnrollmentRow:
    """One line of a person's enrollment history."""

    id: int
    version: int
    scheme: str
    scheme_label: str
    valid_from: dt.date
    valid_to: dt.date
    months: int
    is_renewal: bool
    household_rank: int | None
    chosen_income: int | None
    amount_due: int
    amount_paid: int
    state_support: int
    local_support: int
    receipt_no: str
    receipt_date: dt.date | None
    agent_id: int | None
    agent_name: str
    session_id: int | None
    funding_source: str
    status: str
    note: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class PersonCoverage:
    """What the enrollment dialog shows about the person above the history."""

    id: int
    full_name: str
    birth_year: int | None
    category: str
    household_id: int | None
    household_code: str
    hi_scheme: str | None
    hi_valid_to: dt.date | None
    vsi_paid_to: dt.date | None
    last_agent_id: int | None
    last_vsi_income: int | None
    last_scheme: str | None  # scheme of the latest enrollment, for "Gia hạn"


# --- facts about a person -------------------------------------------------------


@dataclass(frozen=True)
class PersonFacts:
    """What a quote needs about the person: previous periods, household, VSI months already supported."""

    id: int
    full_name: str
    category: str
    household_id: int | None
    hi_to: dt.date | None
    vsi_to: dt.date | None
    vsi_supported_months: int


def person_facts(session: Session, person: Person) -> PersonFacts:
    """Read from the enrollments themselves (not the summary columns) inside the caller's transaction."""
    counts = Enrollment.status != CANCELLED
    hi_to = session.scalar(
        select(func.max(Enrollment.valid_to)).where(
            Enrollment.person_id == person.id, Enrollment.scheme.in_(HI_SCHEMES), counts
        )
    )
    vsi_to, supported = session.execute(
        select(
            func.max(Enrollment.valid_to),
            func.coalesce(func.sum(Enrollment.payment_months).filter(Enrollment.state_support > 0), 0),
        ).where(Enrollment.person_id == person.id, Enrollment.scheme == "VSI", counts)
    ).one()
    return PersonFacts(person.id, person.full_name, person.category, person.household_id, hi_to, vsi_to, int(supported))


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("Không tìm thấy người tham gia này (có thể đã bị xoá ở máy khác).")
    return person


def lock_persons(session: Session, person_ids: Sequence[int]) -> None:
    """Take the persons' row locks first, so two desks paying for one person queue instead of overlapping.

    A write as the first statement makes SQLite wait for the other desk's
    transaction and PostgreSQL lock the rows until commit.
    """
    persons = table_of(Person)
    for start in range(0, len(person_ids), _CHUNK):
        chunk = list(person_ids[start : start + _CHUNK])
        session.execute(
            update(persons).where(persons.c.id.in_(chunk)).values(covered_to=persons.c.covered_to)
        )


# --- validation and the quote -------------------------------------------------


def _check_request(request: EnrollmentRequest) -> None:
    if request.scheme not in SCHEMES:
        raise ValidationError("Hãy chọn loại hình tham gia.", "scheme")
    if request.payment_date is None:
        raise ValidationError("Chưa nhập ngày biên lai (ngày đóng tiền).", "payment_date")
    allowed = months_for(request.scheme)
    if request.scheme == "HI-OTHER":
        if not 1 <= request.months <= STATE_HI_MAX_MONTHS:
            raise ValidationError(
                f"Số tháng của thẻ BHYT do NSNN đóng phải từ 1 đến {STATE_HI_MAX_MONTHS} (đang là {request.months}).",
                "months",
            )
    elif request.months not in allowed:
        choices = ", ".join(str(m) for m in allowed[:-1]) + f" hoặc {allowed[-1]}"
        raise ValidationError(
            f"Số tháng đóng {SCHEME_LABELS[request.scheme]} phải là {choices} tháng (đang là {request.months}).",
            "months",
        )
    if request.scheme == "VSI" and request.chosen_income is None:
        raise ValidationError("Chưa nhập mức thu nhập lựa chọn đóng BHXH tự nguyện.", "chosen_income")
    if len(request.receipt_no.strip()) > RECEIPT_NO_MAX:
        raise ValidationError(f"Số biên lai dài quá {RECEIPT_NO_MAX} ký tự.", "receipt_no")
    if request.household_rank is not None and request.household_rank < 1:
        raise ValidationError("Thứ tự thành viên trong hộ bắt đầu từ 1.", "household_rank")


def _period(request: EnrollmentRequest, facts: PersonFacts | None) -> tuple[dt.date, dt.date, dt.date | None]:
    if request.scheme == "VSI":
        previous = facts.vsi_to if facts else None
        start, end = periods.vsi_period(request.payment_date, request.months, previous)
        return start, end, previous
    previous = facts.hi_to if facts else None
    if request.scheme == "HI-HH":
        start, end = periods.hi_coverage_period(request.payment_date, request.months, previous)
        return start, end, previous
    start = request.payment_date
    if previous is not None and request.payment_date <= previous:
        start = previous + _ONE_DAY
    return start, periods.period_end(start, request.months), previous


def _household_rank(session: Session, facts: PersonFacts, valid_from: dt.date, valid_to: dt.date) -> int:
    """1 + the other members already in household HI for an overlapping period (the state-supported excluded)."""
    if facts.household_id is None:
        return 1
    others = session.execute(
        select(Person.category, Person.hi_scheme, Person.hi_valid_to)
        .where(
            Person.household_id == facts.household_id,
            Person.id != facts.id,
            select(Enrollment.id).where(  # per member, through the (person, scheme, valid_to) index
                Enrollment.person_id == Person.id,
                Enrollment.scheme == "HI-HH",
                Enrollment.status != CANCELLED,
                Enrollment.valid_from <= valid_to,
                Enrollment.valid_to >= valid_from,
            ).exists(),
        )
    ).all()
    paying = [row for row in others if not is_state_supported(row[0], row[1], row[2], valid_from)]
    return len(paying) + 1


def _vsi_category(category: str) -> VsiCategory:
    try:
        return VsiCategory(category)
    except ValueError:
        return VsiCategory.OTHER


def quote_for(session: Session, rates: RateTable, request: EnrollmentRequest, facts: PersonFacts | None) -> EnrollmentQuote:
    _check_request(request)
    category = request.category or (facts.category if facts else VsiCategory.OTHER.value)
    valid_from, valid_to, previous = _period(request, facts)
    on = request.payment_date
    rank: int | None = None
    state = local = 0
    supported_months = 0
    if request.scheme == "HI-HH":
        rank = request.household_rank
        if rank is None:
            rank = _household_rank(session, facts, valid_from, valid_to) if facts else 1
        monthly = household_hi_monthly(rank, on, rates)
        share = local_support_share(household_local_categories(category), on, rates)
        local_monthly = min(monthly, apply_shares(monthly, share))
        due, local = monthly * request.months, local_monthly * request.months
    elif request.scheme == "HI-STU":
        premium = student_hi(request.months, on, rates, (STUDENT_CATEGORY, category))
        monthly, due = premium.premium_monthly, premium.premium_total
        state, local = premium.state_support_total, premium.local_support_total
    elif request.scheme == "HI-OTHER":
        monthly = hi_monthly_premium(on, rates)
        due = state = monthly * request.months
    else:
        assert request.chosen_income is not None  # _check_request
        contribution = vsi_contribution(
            request.chosen_income, request.months, _vsi_category(category), on, rates,
            facts.vsi_supported_months if facts else 0,
        )
        monthly, due, state = contribution.gross_monthly, contribution.gross_total, contribution.support_total
        supported_months = contribution.supported_months
    continues = previous is not None and valid_from == previous + _ONE_DAY
    waiting = request.scheme == "HI-HH" and not continues and valid_from != on
    return EnrollmentQuote(
        scheme=request.scheme, payment_date=on, months=request.months, category=category,
        valid_from=valid_from, valid_to=valid_to, previous_valid_to=previous, continues=continues,
        waiting=waiting, household_rank=rank,
        chosen_income=request.chosen_income if request.scheme == "VSI" else None,
        monthly=monthly, amount_due=due, state_support=state, local_support=local,
        supported_months=supported_months,
    )


def quote_enrollment(db: Database, request: EnrollmentRequest, person_id: int | None = None) -> EnrollmentQuote:
    """Preview a payment: amounts with the rates in force on the payment date, and the period it buys.

    With ``person_id`` the person's previous period, category, household rank and
    VSI months already supported are taken into account.
    """
    rates = load_rate_table(db)
    with db.reading() as session:
        facts = person_facts(session, get_person(session, person_id)) if person_id is not None else None
        return quote_for(session, rates, request, facts)


# --- writing --------------------------------------------------------------------


def check_references(session: Session, request: EnrollmentRequest) -> None:
    if request.agent_id is not None and session.get(Agent, request.agent_id) is None:
        raise ValidationError("Nhân viên thu đã chọn không còn trong danh sách.", "agent_id")
    if request.session_id is not None and session.get(OutreachSession, request.session_id) is None:
        raise ValidationError("Buổi tuyên truyền đã chọn không còn trong danh sách.", "session_id")


def insert_enrollment(session: Session, actor: Actor, facts: PersonFacts, request: EnrollmentRequest, quote: EnrollmentQuote,
            renewal: bool) -> Enrollment:
    enrollment = Enrollment(
        person_id=facts.id,
        scheme=quote.scheme,
        valid_from=quote.valid_from,
        valid_to=quote.valid_to,
        payment_months=quote.months,
        is_renewal=renewal,
        household_rank=quote.household_rank,
        chosen_income=quote.chosen_income,
        amount_due=quote.amount_due,
        amount_paid=quote.amount_payable,
        state_support=quote.state_support,
        local_support=quote.local_support,
        other_support=0,
        receipt_no=request.receipt_no.strip() or None,
        receipt_date=request.payment_date,
        agent_id=request.agent_id,
        session_id=request.session_id,
        funding_source=(request.funding_source.strip() or DEFAULT_FUNDING[quote.scheme])[:40],
        status=ACTIVE,
        note=request.note.strip(),
    )
    session.add(enrollment)
    session.flush()
    audit.record(
        session, actor, "create", "enrollment", enrollment.id,
        f"{'Gia hạn' if renewal else 'Thêm'} {SCHEME_LABELS[quote.scheme]} cho {facts.full_name}: "
        f"{format_date(quote.valid_from)} - {format_date(quote.valid_to)}",
        {
            "person_id": (None, facts.id),
            "scheme": (None, quote.scheme),
            "valid_from": (None, quote.valid_from),
            "valid_to": (None, quote.valid_to),
            "payment_months": (None, quote.months),
            "household_rank": (None, quote.household_rank),
            "amount_due": (None, quote.amount_due),
            "amount_paid": (None, quote.amount_payable),
            "receipt_no": (None, enrollment.receipt_no),
            "receipt_date": (None, request.payment_date),
            "agent_id": (None, request.agent_id),
        },
    )
    return enrollment


def _record(db: Database, actor: Actor, person_id: int, request: EnrollmentRequest, renewal: bool | None) -> int:
    rates = load_rate_table(db)
    with db.unit_of_work() as session:
        lock_persons(session, [person_id])
        facts = person_facts(session, get_person(session, person_id))
        check_references(session, request)
        if renewal:
            previous = facts.vsi_to if request.scheme == "VSI" else facts.hi_to
            if previous is None:
                raise ValidationError(
                    f"{facts.full_name} chưa có lượt tham gia {SCHEME_LABELS[request.scheme]} nào để gia hạn; "
                    "hãy chọn tham gia mới.",
                    "scheme",
                )
        quote = quote_for(session, rates, request, facts)
        enrollment = insert_enrollment(session, actor, facts, request, quote, renewal if renewal else quote.continues)
        refresh_person_summary(session, [person_id])
        return enrollment.id


def add_enrollment(db: Database, actor: Actor, person_id: int, request: EnrollmentRequest) -> int:
    """Record a payment; it continues the previous period when there is one (then marked as a renewal)."""
    require(actor, Permission.EDIT_REGISTER)
    return _record(db, actor, person_id, request, renewal=None)


def renew_enrollment(db: Database, actor: Actor, person_id: int, scheme: str, request: EnrollmentRequest) -> int:
    """Record the continuation of the person's participation in ``scheme``; VSI keeps the last income if none is given."""
    require(actor, Permission.EDIT_REGISTER)
    request = replace(request, scheme=scheme)
    if scheme == "VSI" and request.chosen_income is None:
        with db.reading() as session:
            request = replace(request, chosen_income=_last_vsi_income(session, person_id))
    return _record(db, actor, person_id, request, renewal=True)


def stop_enrollment(db: Database, actor: Actor, enrollment_id: int, expected_version: int, stop_date: dt.date,
                    reason: str) -> None:
    """Stop an enrollment: status "stopped", coverage cut to ``stop_date`` (the last covered day)."""
    require(actor, Permission.EDIT_REGISTER)
    if not reason.strip():
        raise ValidationError("Hãy ghi lý do dừng tham gia.", "reason")
    with db.unit_of_work() as session:
        enrollment = session.get(Enrollment, enrollment_id)
        check_version("Lượt tham gia", enrollment.version if enrollment else None, expected_version)
        assert enrollment is not None
        if enrollment.status != ACTIVE:
            raise ValidationError("Lượt tham gia này đã dừng hoặc đã huỷ.", "stop_date")
        if not enrollment.valid_from - _ONE_DAY <= stop_date < enrollment.valid_to:
            raise ValidationError(
                f"Ngày dừng phải từ {format_date(enrollment.valid_from - _ONE_DAY)} đến trước "
                f"{format_date(enrollment.valid_to)} (ngày hết hạn hiện tại).",
                "stop_date",
            )
        before = {"status": enrollment.status, "valid_to": enrollment.valid_to, "note": enrollment.note}
        enrollment.status = STOPPED
        enrollment.valid_to = stop_date
        note = f"Dừng từ {format_date(stop_date + _ONE_DAY)}: {reason.strip()}"
        enrollment.note = f"{enrollment.note}\n{note}".strip()
        try:
            session.flush()
        except StaleDataError as error:
            raise ConcurrentEditError(
                "Lượt tham gia này vừa được sửa ở máy khác. Thay đổi của bạn chưa được lưu; hãy mở lại rồi làm tiếp."
            ) from error
        person = session.get(Person, enrollment.person_id)
        audit.record(
            session, actor, "stop", "enrollment", enrollment.id,
            f"Dừng {SCHEME_LABELS.get(enrollment.scheme, enrollment.scheme)} của "
            f"{person.full_name if person else enrollment.person_id} từ {format_date(stop_date + _ONE_DAY)}",
            audit.diff(before, {"status": enrollment.status, "valid_to": enrollment.valid_to, "note": enrollment.note}),
        )
        refresh_person_summary(session, [enrollment.person_id])


# --- reading --------------------------------------------------------------------


def list_enrollments(db: Database, person_id: int) -> list[EnrollmentRow]:
    """The person's history, latest period first."""
    query = (
        select(Enrollment, Agent.full_name)
        .outerjoin(Agent, Agent.id == Enrollment.agent_id)
        .where(Enrollment.person_id == person_id)
        .order_by(Enrollment.valid_from.desc(), Enrollment.id.desc())
    )
    with db.reading() as session:
        return [
            EnrollmentRow(
                id=e.id, version=e.version, scheme=e.scheme, scheme_label=SCHEME_LABELS.get(e.scheme, e.scheme),
                valid_from=e.valid_from, valid_to=e.valid_to, months=e.payment_months, is_renewal=e.is_renewal,
                household_rank=e.household_rank, chosen_income=e.chosen_income, amount_due=e.amount_due,
                amount_paid=e.amount_paid, state_support=e.state_support, local_support=e.local_support,
                receipt_no=e.receipt_no or "", receipt_date=e.receipt_date, agent_id=e.agent_id,
                agent_name=agent or "", session_id=e.session_id, funding_source=e.funding_source,
                status=e.status, note=e.note,
            )
            for e, agent in session.execute(query)
        ]


def _last_vsi_income(session: Session, person_id: int) -> int | None:
    return session.scalar(
        select(Enrollment.chosen_income)
        .where(Enrollment.person_id == person_id, Enrollment.scheme == "VSI", Enrollment.status != CANCELLED)
        .order_by(Enrollment.valid_to.desc(), Enrollment.id.desc())
        .limit(1)
    )


def load_person_coverage(db: Database, person_id: int) -> PersonCoverage:
    """The person's current coverage, with what a renewal would start from."""
    with db.reading() as session:
        person = get_person(session, person_id)
        code = session.scalar(select(Household.code).where(Household.id == person.household_id)) if person.household_id else None
        last_scheme = session.scalar(
            select(Enrollment.scheme)
            .where(Enrollment.person_id == person_id, Enrollment.status != CANCELLED)
            .order_by(Enrollment.valid_to.desc(), Enrollment.id.desc())
            .limit(1)
        )
        return PersonCoverage(
            id=person.id, full_name=person.full_name, birth_year=person.birth_year, category=person.category,
            household_id=person.household_id, household_code=code or "", hi_scheme=person.hi_scheme,
            hi_valid_to=person.hi_valid_to, vsi_paid_to=person.vsi_paid_to, last_agent_id=person.last_agent_id,
            last_vsi_income=_last_vsi_income(session, person_id), last_scheme=last_scheme,
        )


def session_choices(db: Database, limit: int = 200) -> list[Choice]:
    """Recent outreach sessions a payment may come from ("dd/mm/yyyy — venue — topic")."""
    query = (
        select(OutreachSession.id, OutreachSession.held_on, OutreachSession.venue, OutreachSession.topic)
        .order_by(OutreachSession.held_on.desc(), OutreachSession.id.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return [
            Choice(sid, " — ".join(part for part in (format_date(held), venue, topic) if part))
            for sid, held, venue, topic in session.execute(query)
        ]


# --- the person summary ---------------------------------------------------------


_SUMMARY_COLUMNS = ("hi_scheme", "hi_valid_to", "vsi_paid_to", "covered_to", "last_agent_id")
_SUMMARY_PARAMS = ("b_id", *(f"b_{column}" for column in _SUMMARY_COLUMNS))


@dataclass
class _Summary:
    """One person's summary, built up from their counting enrollments."""

    hi_scheme: str | None = None
    hi_valid_to: dt.date | None = None
    hi_key: tuple[dt.date, int] | None = None
    vsi_paid_to: dt.date | None = None
    agent_key: tuple[dt.date, int] | None = None
    agent_id: int | None = None

    def add(self, eid: int, scheme: str, valid_to: dt.date, paid_on: dt.date, agent_id: int | None) -> None:
        if scheme == "VSI":
            if self.vsi_paid_to is None or valid_to > self.vsi_paid_to:
                self.vsi_paid_to = valid_to
        elif self.hi_key is None or (valid_to, eid) > self.hi_key:
            self.hi_key = (valid_to, eid)
            self.hi_scheme, self.hi_valid_to = scheme, valid_to
        if agent_id is not None and (self.agent_key is None or (paid_on, eid) > self.agent_key):
            self.agent_key, self.agent_id = (paid_on, eid), agent_id

    def columns(self, keep_agent: int | None) -> tuple[object, ...]:
        """Values of ``_SUMMARY_COLUMNS``; the agent stays ``keep_agent`` when no payment names one."""
        ends = [day for day in (self.hi_valid_to, self.vsi_paid_to) if day is not None]
        agent = self.agent_id if self.agent_id is not None else keep_agent
        return (self.hi_scheme, self.hi_valid_to, self.vsi_paid_to, max(ends) if ends else None, agent)


def refresh_person_summary(session: Session, person_ids: Iterable[int]) -> None:
    """Recompute the persons' summary columns from their enrollments, in the caller's transaction.

    HI: the scheme and end of the latest HI enrollment that counts (not
    cancelled); VSI: the end of the latest VSI months; ``covered_to`` the later
    of both; ``last_agent_id`` the agent of the latest payment that names one
    (kept as it is when none does). Only rows that change are written, in one
    executemany, without bumping the person's version: these columns are
    derived, not edited, so a desk editing the person's details is not disturbed.
    """
    ids = sorted(set(person_ids))
    if not ids:
        return
    session.flush()
    summaries: dict[int, _Summary] = {pid: _Summary() for pid in ids}
    current: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(
                Enrollment.id, Enrollment.person_id, Enrollment.scheme, Enrollment.valid_to,
                Enrollment.receipt_date, Enrollment.valid_from, Enrollment.agent_id,
            ).where(Enrollment.person_id.in_(chunk), Enrollment.status != CANCELLED)
        )
        for eid, pid, scheme, valid_to, receipt_date, valid_from, agent_id in rows:
            summaries[pid].add(eid, scheme, valid_to, receipt_date or valid_from, agent_id)
        for pid, *values in session.execute(
            select(Person.id, Person.hi_scheme, Person.hi_valid_to, Person.vsi_paid_to, Person.covered_to,
                   Person.last_agent_id).where(Person.id.in_(chunk))
        ):
            current[pid] = tuple(values)
    params = []
    for pid, old in current.items():
        new = summaries[pid].columns(keep_agent=old[4])
        if new != old:
            params.append(dict(zip(_SUMMARY_PARAMS, (pid, *new), strict=True)))
    if params:
        persons = table_of(Person)
        session.execute(
            update(persons).where(persons.c.id == bindparam("b_id")).values(
                {column: bindparam(param) for column, param in zip(_SUMMARY_COLUMNS, _SUMMARY_PARAMS[1:], strict=True)}
            ),
            params,
        )
    for key in list(session.identity_map.keys()):
        if key[0] is Person and key[1][0] in summaries:
            session.expire(session.identity_map[key], [*_SUMMARY_COLUMNS, "updated_at"])
