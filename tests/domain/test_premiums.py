from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import rates as r
from desktop.domain.errors import ValidationError
from desktop.domain.premiums import (
    HouseholdMember,
    MemberPremium,
    VsiCategory,
    apply_shares,
    hi_monthly_premium,
    household_hi_monthly,
    household_hi_plan,
    local_support_share,
    round_half_up,
    student_hi,
    vsi_contribution,
    vsi_income_bounds,
)
from desktop.domain.rates import RateRow, RateTable, RateUnit, default_rate_rows

D = dt.date
JULY_2025 = D(2025, 7, 1)
TABLE = RateTable.default()


def with_base_salary(*values: tuple[dt.date, int]) -> RateTable:
    """The default table with the base salary rows replaced."""
    rows = [row for row in default_rate_rows() if row.key != r.BASE_SALARY]
    rows += [RateRow(r.BASE_SALARY, start, value, RateUnit.VND) for start, value in values]
    return RateTable(rows)


# --- rounding ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        (10, 4, 3),
        (9, 4, 2),
        (11, 4, 3),
        (5, 10, 1),
        (4, 10, 0),
        (0, 7, 0),
        (15, 10, 2),
        (25, 10, 3),
    ],
)
def test_round_half_up(numerator: int, denominator: int, expected: int) -> None:
    assert round_half_up(numerator, denominator) == expected


def test_a_monthly_amount_is_rounded_once_from_the_exact_product() -> None:
    # 2,340,100 x 4.5% = 105,304.5 -> 105,305 (half up); rank 2 = 105,304.5 x 70% = 73,713.15
    # -> 73,713. Rounding the first member's amount first would give 73,714.
    rates = with_base_salary((D(2024, 7, 1), 2_340_100))
    assert household_hi_monthly(1, JULY_2025, rates) == 105_305
    assert household_hi_monthly(2, JULY_2025, rates) == 73_713
    plan = household_hi_plan([HouseholdMember(), HouseholdMember()], 12, JULY_2025, rates)
    assert [member.total for member in plan] == [105_305 * 12, 73_713 * 12]


def test_apply_shares() -> None:
    assert apply_shares(2_340_000, 450) == 105_300
    assert apply_shares(2_340_000, 450, 7000) == 73_710
    assert apply_shares(1_500_000, 2200, 5000) == 165_000


# --- household HI --------------------------------------------------------------


@pytest.mark.parametrize(
    ("rank", "monthly"),
    [(1, 105_300), (2, 73_710), (3, 63_180), (4, 52_650), (5, 42_120), (6, 42_120), (9, 42_120)],
)
def test_household_premium_by_rank_at_2_340_000(rank: int, monthly: int) -> None:
    assert household_hi_monthly(rank, JULY_2025, TABLE) == monthly


@pytest.mark.parametrize(
    ("rank", "monthly"), [(1, 113_850), (2, 79_695), (3, 68_310), (4, 56_925), (5, 45_540)]
)
def test_household_premium_follows_the_base_salary_in_force(rank: int, monthly: int) -> None:
    assert household_hi_monthly(rank, D(2026, 7, 1), TABLE) == monthly
    assert household_hi_monthly(rank, D(2026, 6, 30), TABLE) != monthly


def test_full_premium_is_the_first_members() -> None:
    assert hi_monthly_premium(JULY_2025, TABLE) == 105_300


def test_household_plan_skips_state_supported_members_when_ranking() -> None:
    members = [
        HouseholdMember(),
        HouseholdMember(state_supported=True),
        HouseholdMember(),
        HouseholdMember(),
        HouseholdMember(),
        HouseholdMember(),
        HouseholdMember(),
    ]
    plan = household_hi_plan(members, 12, JULY_2025, TABLE)
    assert [member.rank for member in plan] == [1, None, 2, 3, 4, 5, 6]
    assert [member.monthly for member in plan] == [
        105_300,
        0,
        73_710,
        63_180,
        52_650,
        42_120,
        42_120,
    ]
    assert plan[1] == MemberPremium(rank=None, monthly=0, total=0)
    assert sum(member.total for member in plan) == 12 * 379_080


@pytest.mark.parametrize("months", [0, 1, 2, 4, 24])
def test_household_plan_refuses_other_payment_modes(months: int) -> None:
    with pytest.raises(ValidationError) as caught:
        household_hi_plan([HouseholdMember()], months, JULY_2025, TABLE)
    assert caught.value.message == f"Số tháng đóng phải là 3, 6 hoặc 12 (đang là {months})."


def test_local_support_for_minorities_after_the_resolution() -> None:
    minority = HouseholdMember(local_support_categories=("minority",))
    (before,) = household_hi_plan([minority], 12, D(2025, 10, 29), TABLE)
    (after,) = household_hi_plan([minority], 12, D(2025, 10, 30), TABLE)
    assert before.local_support_monthly == 0
    assert after.local_support_monthly == 15_795  # 15% of 105,300
    assert after.local_support_total == 15_795 * 12
    assert after.payable_monthly == 89_505
    assert after.payable_total == 89_505 * 12


def test_local_support_takes_the_highest_share_not_the_sum() -> None:
    on = D(2025, 11, 1)
    assert local_support_share(["minority", "near_poor"], on, TABLE) == 3000
    assert local_support_share([], on, TABLE) == 0
    assert local_support_share(["unknown"], on, TABLE) == 0


# --- student HI ----------------------------------------------------------------


def test_student_hi_before_and_after_july_2025() -> None:
    before = student_hi(12, D(2025, 6, 30), TABLE)
    assert (before.premium_monthly, before.state_support_monthly, before.payable_monthly) == (
        105_300,
        31_590,
        73_710,
    )
    after = student_hi(12, JULY_2025, TABLE)
    assert (after.state_support_monthly, after.local_support_monthly, after.payable_monthly) == (
        52_650,
        0,
        52_650,
    )
    assert after.payable_total == 52_650 * 12


def test_student_hi_with_the_provincial_share() -> None:
    premium = student_hi(12, D(2025, 11, 1), TABLE)
    assert premium.local_support_monthly == 5_265  # 5% of 105,300
    assert premium.payable_monthly == 105_300 - 52_650 - 5_265
    without = student_hi(12, D(2025, 11, 1), TABLE, local_support_categories=())
    assert without.local_support_monthly == 0


def test_student_hi_needs_at_least_a_month() -> None:
    with pytest.raises(ValidationError, match="từ 1 trở lên"):
        student_hi(0, JULY_2025, TABLE)


# --- voluntary SI -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "support"),
    [
        (VsiCategory.POOR, 165_000),
        (VsiCategory.NEAR_POOR, 132_000),
        (VsiCategory.MINORITY, 99_000),
        (VsiCategory.OTHER, 66_000),
        ("poor", 165_000),
    ],
)
def test_vsi_at_the_minimum_income(category: VsiCategory, support: int) -> None:
    payment = vsi_contribution(1_500_000, 12, category, JULY_2025, TABLE)
    assert payment.gross_monthly == 330_000
    assert payment.support_monthly == support
    assert payment.net_monthly == 330_000 - support
    assert payment.supported_months == 12
    assert payment.gross_total == 3_960_000
    assert payment.support_total == support * 12
    assert payment.net_total == (330_000 - support) * 12


@pytest.mark.parametrize(
    ("category", "support"),
    [
        (VsiCategory.POOR, 99_000),
        (VsiCategory.NEAR_POOR, 82_500),
        (VsiCategory.MINORITY, 33_000),  # no minority class yet: counted as "other"
        (VsiCategory.OTHER, 33_000),
    ],
)
def test_vsi_support_before_july_2025(category: VsiCategory, support: int) -> None:
    payment = vsi_contribution(1_500_000, 1, category, D(2025, 6, 30), TABLE)
    assert payment.support_monthly == support


def test_vsi_support_does_not_grow_with_the_chosen_income() -> None:
    payment = vsi_contribution(5_000_000, 6, VsiCategory.POOR, JULY_2025, TABLE)
    assert payment.gross_monthly == 1_100_000
    assert payment.support_monthly == 165_000
    assert payment.net_total == 6 * 935_000


def test_vsi_support_stops_at_120_months() -> None:
    payment = vsi_contribution(
        1_500_000, 12, VsiCategory.OTHER, JULY_2025, TABLE, supported_months_used=115
    )
    assert payment.supported_months == 5
    assert payment.support_total == 5 * 66_000
    assert payment.net_total == 12 * 330_000 - 5 * 66_000
    used_up = vsi_contribution(
        1_500_000, 12, VsiCategory.OTHER, JULY_2025, TABLE, supported_months_used=120
    )
    assert (used_up.supported_months, used_up.support_monthly, used_up.net_total) == (
        0,
        0,
        12 * 330_000,
    )


def test_vsi_income_bounds_follow_the_date() -> None:
    assert vsi_income_bounds(JULY_2025, TABLE) == (1_500_000, 46_800_000)
    assert vsi_income_bounds(D(2026, 7, 1), TABLE) == (1_500_000, 50_600_000)


def test_vsi_income_below_the_poverty_line_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        vsi_contribution(1_499_999, 12, VsiCategory.OTHER, JULY_2025, TABLE)
    assert caught.value.message == (
        "Mức thu nhập lựa chọn phải từ 1.500.000 đ (chuẩn hộ nghèo khu vực nông thôn) trở lên."
    )
    assert caught.value.field == "chosen_income"


def test_vsi_income_above_twenty_base_salaries_is_refused() -> None:
    assert vsi_contribution(46_800_000, 1, VsiCategory.OTHER, JULY_2025, TABLE).gross_monthly == (
        10_296_000
    )
    with pytest.raises(ValidationError) as caught:
        vsi_contribution(46_800_001, 1, VsiCategory.OTHER, JULY_2025, TABLE)
    assert caught.value.message == (
        "Mức thu nhập lựa chọn không được vượt quá 46.800.000 đ (20 lần mức tham chiếu)."
    )


def test_vsi_needs_at_least_a_month() -> None:
    with pytest.raises(ValidationError, match="từ 1 trở lên"):
        vsi_contribution(1_500_000, 0, VsiCategory.OTHER, JULY_2025, TABLE)


def test_category_labels_are_vietnamese() -> None:
    assert [category.label for category in VsiCategory] == [
        "Hộ nghèo",
        "Hộ cận nghèo",
        "Người dân tộc thiểu số",
        "Đối tượng khác",
    ]


# --- invariants ---------------------------------------------------------------------

base_salaries = st.integers(min_value=1_000_000, max_value=10_000_000)
days = st.dates(D(2022, 1, 1), D(2030, 12, 31))


@given(base_salaries, days)
def test_household_premium_never_grows_with_rank(base: int, day: dt.date) -> None:
    rates = with_base_salary((D(2019, 1, 1), base))
    monthly = [household_hi_monthly(rank, day, rates) for rank in range(1, 8)]
    assert monthly == sorted(monthly, reverse=True)
    assert monthly[0] == round_half_up(base * 450, 10_000)
    assert monthly[4:] == [monthly[4]] * 3


@given(
    base_salaries,
    days,
    st.lists(st.booleans(), min_size=1, max_size=10),
    st.sampled_from([3, 6, 12]),
)
def test_household_totals_are_monthly_times_months(
    base: int, day: dt.date, supported: list[bool], months: int
) -> None:
    rates = with_base_salary((D(2019, 1, 1), base))
    members = [HouseholdMember(state_supported=flag) for flag in supported]
    plan = household_hi_plan(members, months, day, rates)
    assert len(plan) == len(members)
    assert all(member.total == member.monthly * months for member in plan)
    ranks = [member.rank for member in plan if member.rank is not None]
    assert ranks == list(range(1, supported.count(False) + 1))
    assert all(member.total == 0 for member, flag in zip(plan, supported, strict=True) if flag)


@given(
    base_salaries,
    base_salaries,
    st.dates(D(2023, 1, 1), D(2028, 12, 31)),
    st.dates(D(2022, 1, 1), D(2029, 12, 31)),
)
def test_the_rate_used_is_the_one_in_force(
    old: int, new: int, switch: dt.date, day: dt.date
) -> None:
    rates = with_base_salary((D(2019, 1, 1), old), (switch, new))
    expected_base = new if day >= switch else old
    assert household_hi_monthly(1, day, rates) == round_half_up(expected_base * 450, 10_000)


@given(
    st.data(),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(list(VsiCategory)),
    st.dates(D(2022, 1, 1), D(2030, 12, 31)),
    st.integers(min_value=0, max_value=200),
)
def test_vsi_invariants(
    data: st.DataObject, months: int, category: VsiCategory, day: dt.date, used: int
) -> None:
    floor, ceiling = vsi_income_bounds(day, TABLE)
    income = data.draw(st.integers(min_value=floor, max_value=ceiling))
    payment = vsi_contribution(income, months, category, day, TABLE, supported_months_used=used)
    assert payment.gross_monthly == round_half_up(income * 2200, 10_000)
    assert 0 <= payment.support_monthly <= payment.gross_monthly
    assert payment.net_monthly == payment.gross_monthly - payment.support_monthly >= 0
    assert payment.supported_months == max(0, min(months, 120 - used))
    assert payment.gross_total == payment.gross_monthly * months
    assert payment.support_total == payment.support_monthly * payment.supported_months
    assert payment.net_total == payment.gross_total - payment.support_total >= 0


@given(st.integers(min_value=-(10**9), max_value=10**9), st.sampled_from(list(VsiCategory)))
def test_vsi_income_outside_bounds_raises_only_validation_error(
    income: int, category: VsiCategory
) -> None:
    try:
        payment = vsi_contribution(income, 12, category, JULY_2025, TABLE)
    except ValidationError as error:
        assert error.field == "chosen_income"
        assert not 1_500_000 <= income <= 46_800_000
        return
    assert payment.gross_monthly > 0
