from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.periods import (
    add_months,
    hi_coverage_period,
    month_end,
    period_end,
    vsi_period,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 3, 15), 12, D(2026, 3, 15)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 12, 1), 1, D(2026, 1, 1)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 3, 1), 12, D(2026, 2, 28)),
        (D(2023, 3, 1), 12, D(2024, 2, 29)),
        (D(2025, 1, 1), 3, D(2025, 3, 31)),
        (D(2025, 7, 16), 6, D(2026, 1, 15)),
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # February has no 31st: runs to its end
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2025, 12, 31), 12, D(2026, 12, 30)),
    ],
)
def test_period_end(start: dt.date, months: int, expected: dt.date) -> None:
    assert period_end(start, months) == expected


@given(st.dates(D(1950, 1, 1), D(2100, 1, 1)), st.integers(1, 120))
def test_period_end_is_one_day_short_of_the_same_day_months_later(
    start: dt.date, months: int
) -> None:
    end = period_end(start, months)
    later = add_months(start, months)
    assert end >= start
    if later.day == start.day:
        assert end == later - dt.timedelta(days=1)
    else:  # that month is too short: the period takes all of it
        assert end == month_end(later)
    if start.day == 1:
        assert end == month_end(add_months(start, months - 1))


def test_first_card_waits_30_days() -> None:
    assert hi_coverage_period(D(2025, 8, 10), 12) == (D(2025, 9, 9), D(2026, 9, 8))


def test_renewal_before_expiry_continues_the_day_after() -> None:
    assert hi_coverage_period(D(2025, 12, 20), 12, D(2025, 12, 31)) == (
        D(2026, 1, 1),
        D(2026, 12, 31),
    )
    assert hi_coverage_period(D(2025, 12, 31), 6, D(2025, 12, 31))[0] == D(2026, 1, 1)


def test_short_gap_starts_on_the_payment_day() -> None:
    assert hi_coverage_period(D(2026, 2, 10), 6, D(2025, 12, 31)) == (
        D(2026, 2, 10),
        D(2026, 8, 9),
    )


def test_a_gap_of_three_months_counts_as_joining_anew() -> None:
    expired = D(2025, 12, 31)
    assert hi_coverage_period(D(2026, 3, 31), 3, expired)[0] == D(2026, 3, 31)  # 2 months 30 days
    assert hi_coverage_period(D(2026, 4, 1), 3, expired)[0] == D(2026, 5, 1)  # 3 months: +30 days


@given(
    st.dates(D(2020, 1, 1), D(2030, 12, 31)),
    st.sampled_from([3, 6, 12]),
    st.one_of(st.none(), st.dates(D(2019, 1, 1), D(2031, 12, 31))),
)
def test_coverage_period_invariants(
    payment: dt.date, months: int, previous: dt.date | None
) -> None:
    valid_from, valid_to = hi_coverage_period(payment, months, previous)
    assert valid_from >= payment
    assert valid_from <= payment + dt.timedelta(days=30) or (
        previous is not None and valid_from == previous + dt.timedelta(days=1)
    )
    assert valid_to == period_end(valid_from, months)
    if previous is not None:
        assert valid_from > previous  # never overlaps the card already paid for
        if payment <= previous:
            assert valid_from == previous + dt.timedelta(days=1)


def test_coverage_needs_at_least_a_month() -> None:
    with pytest.raises(ValidationError):
        hi_coverage_period(D(2025, 1, 1), 0)


def test_vsi_period_starts_in_the_payment_month() -> None:
    assert vsi_period(D(2025, 8, 20), 3) == (D(2025, 8, 1), D(2025, 10, 31))


def test_vsi_period_continues_after_months_already_paid() -> None:
    assert vsi_period(D(2025, 8, 20), 12, paid_through=D(2025, 7, 31)) == (
        D(2025, 8, 1),
        D(2026, 7, 31),
    )
    assert vsi_period(D(2025, 8, 20), 6, paid_through=D(2025, 12, 31)) == (
        D(2026, 1, 1),
        D(2026, 6, 30),
    )


def test_vsi_period_after_a_gap_starts_in_the_payment_month() -> None:
    assert vsi_period(D(2025, 8, 20), 1, paid_through=D(2025, 5, 31)) == (
        D(2025, 8, 1),
        D(2025, 8, 31),
    )


def test_vsi_advance_payment_is_limited_to_five_years() -> None:
    assert vsi_period(D(2025, 8, 1), 60)[1] == D(2030, 7, 31)
    with pytest.raises(ValidationError, match="tối đa 60 tháng"):
        vsi_period(D(2025, 8, 1), 61)
