"""What participants pay: household HI, student HI and voluntary SI, from the rate table.

Rounding rule: each monthly amount per person (premium, state support, local
support) is computed exactly from the rates in force on the calculation date,
in integer arithmetic on đồng and basis points, and rounded once, half up, to a
whole đồng. A total for several months is that monthly amount times the number
of months, so a 12-month receipt always equals 12 monthly amounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain import rates as r
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_money
from desktop.domain.rates import RateTable

HOUSEHOLD_HI_MONTHS = (3, 6, 12)
"""Payment modes allowed for household HI."""


def round_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to the nearest whole, halves up (both >= 0)."""
    if numerator < 0 or denominator <= 0:
        raise ValueError("round_half_up needs numerator >= 0 and denominator > 0")
    return (2 * numerator + denominator) // (2 * denominator)


def apply_shares(amount: int, *shares_bp: int) -> int:
    """``amount`` times each share in basis points, rounded once: (2340000, 450, 7000) -> 73710."""
    numerator, denominator = amount, 1
    for share in shares_bp:
        numerator *= share
        denominator *= r.BP_PER_UNIT
    return round_half_up(numerator, denominator)


def _check_months(months: int, allowed: Iterable[int] | None = None) -> None:
    if allowed is not None:
        allowed = tuple(allowed)
        if months not in allowed:
            choices = ", ".join(str(choice) for choice in allowed[:-1]) + f" hoặc {allowed[-1]}"
            raise ValidationError(f"Số tháng đóng phải là {choices} (đang là {months}).", "months")
    elif months < 1:
        raise ValidationError(f"Số tháng đóng phải từ 1 trở lên (đang là {months}).", "months")


def hi_monthly_premium(on_date: dt.date, rates: RateTable) -> int:
    """The full monthly HI premium (4.5% of the base salary): what the first household member pays."""
    return apply_shares(
        rates.value_on(r.BASE_SALARY, on_date), rates.value_on(r.HI_HOUSEHOLD_RATE, on_date)
    )


def local_support_share(categories: Iterable[str], on_date: dt.date, rates: RateTable) -> int:
    """Local-budget share (bp) of the HI premium: the highest of the person's categories, 0 if none."""
    shares = (rates.find(r.key(r.LOCAL_SUPPORT_HI, category), on_date) for category in categories)
    return max((share for share in shares if share is not None), default=0)


# --- household HI -----------------------------------------------------------


def household_hi_monthly(rank: int, on_date: dt.date, rates: RateTable) -> int:
    """Monthly premium of the household member of this rank (1 = first; 5 and later share a rate)."""
    if rank < 1:
        raise ValueError("rank starts at 1")
    share = rates.value_on(r.key(r.HI_HOUSEHOLD_SHARE, min(rank, r.HOUSEHOLD_RANKS)), on_date)
    return apply_shares(
        rates.value_on(r.BASE_SALARY, on_date),
        rates.value_on(r.HI_HOUSEHOLD_RATE, on_date),
        share,
    )


@dataclass(frozen=True)
class HouseholdMember:
    """A household member as the premium sees them.

    ``state_supported``: the state already pays or supports this person's HI
    (poor, near-poor, student ...): not ranked, pays nothing on the household list.
    ``local_support_categories``: keys of local-budget support the person qualifies for.
    """

    state_supported: bool = False
    local_support_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberPremium:
    """One member's household HI premium; ``rank`` is ``None`` for a state-supported member."""

    rank: int | None
    monthly: int
    total: int
    local_support_monthly: int = 0
    local_support_total: int = 0

    @property
    def payable_monthly(self) -> int:
        """What the household pays per month after local support."""
        return self.monthly - self.local_support_monthly

    @property
    def payable_total(self) -> int:
        """What the household pays for the whole period after local support."""
        return self.total - self.local_support_total


def household_hi_plan(
    members: Sequence[HouseholdMember], months: int, on_date: dt.date, rates: RateTable
) -> list[MemberPremium]:
    """Premiums of a household's members, ranked in the order given, for 3, 6 or 12 months.

    State-supported members are skipped when ranking (no reduction for them), so
    the first member who pays is rank 1.
    """
    _check_months(months, HOUSEHOLD_HI_MONTHS)
    plan: list[MemberPremium] = []
    rank = 0
    for member in members:
        if member.state_supported:
            plan.append(MemberPremium(rank=None, monthly=0, total=0))
            continue
        rank += 1
        monthly = household_hi_monthly(rank, on_date, rates)
        local_share = local_support_share(member.local_support_categories, on_date, rates)
        local = min(monthly, apply_shares(monthly, local_share))
        plan.append(MemberPremium(rank, monthly, monthly * months, local, local * months))
    return plan


# --- student HI -------------------------------------------------------------


@dataclass(frozen=True)
class StudentHiPremium:
    """A pupil's or student's HI premium and who pays it, per month and in total."""

    months: int
    premium_monthly: int
    state_support_monthly: int
    local_support_monthly: int

    @property
    def payable_monthly(self) -> int:
        """What the student pays per month."""
        return self.premium_monthly - self.state_support_monthly - self.local_support_monthly

    @property
    def premium_total(self) -> int:
        """The full premium for all months."""
        return self.premium_monthly * self.months

    @property
    def state_support_total(self) -> int:
        """The state's part for all months."""
        return self.state_support_monthly * self.months

    @property
    def local_support_total(self) -> int:
        """The local budget's part for all months."""
        return self.local_support_monthly * self.months

    @property
    def payable_total(self) -> int:
        """What the student pays for all months."""
        return self.payable_monthly * self.months


def student_hi(
    months: int,
    on_date: dt.date,
    rates: RateTable,
    local_support_categories: Iterable[str] = ("student",),
) -> StudentHiPremium:
    """Student HI: the full premium, less the state's share and any local-budget share."""
    _check_months(months)
    base = rates.value_on(r.BASE_SALARY, on_date)
    rate = rates.value_on(r.HI_HOUSEHOLD_RATE, on_date)
    premium = apply_shares(base, rate)
    state = min(premium, apply_shares(base, rate, rates.value_on(r.HI_STUDENT_SUPPORT, on_date)))
    local_share = local_support_share(local_support_categories, on_date, rates)
    local = min(premium - state, apply_shares(base, rate, local_share))
    return StudentHiPremium(months, premium, state, local)


# --- voluntary SI -----------------------------------------------------------


class VsiCategory(StrEnum):
    """Who the state supports, and how much, in voluntary SI."""

    POOR = "poor"
    NEAR_POOR = "near_poor"
    MINORITY = "minority"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Vietnamese name, as on forms."""
        return _VSI_CATEGORY_LABELS[self]


_VSI_CATEGORY_LABELS = {
    VsiCategory.POOR: "Hộ nghèo",
    VsiCategory.NEAR_POOR: "Hộ cận nghèo",
    VsiCategory.MINORITY: "Người dân tộc thiểu số",
    VsiCategory.OTHER: "Đối tượng khác",
}


def vsi_support_share(category: VsiCategory | str, on_date: dt.date, rates: RateTable) -> int:
    """State support share (bp) for a category; a category without a row then counts as "other"."""
    share = rates.find(r.key(r.VSI_SUPPORT, VsiCategory(category).value), on_date)
    if share is None:
        share = rates.value_on(r.key(r.VSI_SUPPORT, VsiCategory.OTHER.value), on_date)
    return share


@dataclass(frozen=True)
class VsiContribution:
    """A voluntary-SI payment.

    ``support_monthly`` and ``net_monthly`` describe a supported month; only
    ``supported_months`` of the ``months`` get support (the 120-month cap), so
    the totals are the amounts to collect.
    """

    gross_monthly: int
    support_monthly: int
    net_monthly: int
    months: int
    supported_months: int
    gross_total: int
    support_total: int
    net_total: int


def vsi_income_bounds(on_date: dt.date, rates: RateTable) -> tuple[int, int]:
    """Lowest and highest monthly income a participant may choose on that date."""
    floor = rates.value_on(r.RURAL_POVERTY_LINE, on_date)
    ceiling = rates.value_on(r.VSI_MAX_INCOME_MULTIPLE, on_date) * rates.value_on(
        r.BASE_SALARY, on_date
    )
    return floor, ceiling


def vsi_contribution(
    chosen_income: int,
    months: int,
    category: VsiCategory | str,
    on_date: dt.date,
    rates: RateTable,
    supported_months_used: int = 0,
) -> VsiContribution:
    """Contribution for ``months`` months at ``chosen_income``, with the state's support.

    Support per month is the category's share of 22% of the rural poverty line,
    for at most the cap (120 months) minus ``supported_months_used`` before.
    """
    _check_months(months)
    if supported_months_used < 0:
        raise ValueError("supported_months_used cannot be negative")
    floor, ceiling = vsi_income_bounds(on_date, rates)
    if chosen_income < floor:
        raise ValidationError(
            f"Mức thu nhập lựa chọn phải từ {format_money(floor)} "
            "(chuẩn hộ nghèo khu vực nông thôn) trở lên.",
            "chosen_income",
        )
    if chosen_income > ceiling:
        multiple = rates.value_on(r.VSI_MAX_INCOME_MULTIPLE, on_date)
        raise ValidationError(
            f"Mức thu nhập lựa chọn không được vượt quá {format_money(ceiling)} "
            f"({multiple} lần mức tham chiếu).",
            "chosen_income",
        )
    vsi_rate = rates.value_on(r.VSI_RATE, on_date)
    gross = apply_shares(chosen_income, vsi_rate)
    cap = rates.value_on(r.VSI_SUPPORT_MAX_MONTHS, on_date)
    supported_months = max(0, min(months, cap - supported_months_used))
    support = 0
    if supported_months:
        poverty_line = rates.value_on(r.RURAL_POVERTY_LINE, on_date)
        share = vsi_support_share(category, on_date, rates)
        support = min(gross, apply_shares(poverty_line, vsi_rate, share))
    return VsiContribution(
        gross_monthly=gross,
        support_monthly=support,
        net_monthly=gross - support,
        months=months,
        supported_months=supported_months,
        gross_total=gross * months,
        support_total=support * supported_months,
        net_total=gross * months - support * supported_months,
    )
