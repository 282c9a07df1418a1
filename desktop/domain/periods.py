"""Which days or months a payment covers: HI card validity and VSI paid-up months.

Periods run in calendar months: 12 months from 01/03/2025 end on 28/02/2026,
and a period starting on a day its last month lacks (31st, 29/02) ends on that
month's last day, so the next period starts on the 1st with no gap or overlap.
"""

from __future__ import annotations

import calendar
import datetime as dt

from desktop.domain.errors import ValidationError

HI_WAITING_DAYS = 30
"""A first-time (or after a long gap) household HI card is valid this many days after payment."""
HI_GAP_MONTHS = 3
"""A break in HI of this many months or more counts as joining anew."""
VSI_MAX_ADVANCE_MONTHS = 60
"""Voluntary SI may be paid in advance for at most 5 years."""

_ONE_DAY = dt.timedelta(days=1)


def days_in_month(year: int, month: int) -> int:
    """28 to 31."""
    return calendar.monthrange(year, month)[1]


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=days_in_month(day.year, day.month))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), or that month's last day if it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def period_end(start: dt.date, months: int) -> dt.date:
    """Last day of a period of ``months`` calendar months starting on ``start``."""
    if months < 1:
        raise ValueError("a period lasts at least one month")
    same_day_later = add_months(start, months)
    if same_day_later.day != start.day:  # that month has no such day: run to its end
        return same_day_later
    return same_day_later - _ONE_DAY


def _check_months(months: int, maximum: int | None = None) -> None:
    if months < 1:
        raise ValidationError(f"Số tháng đóng phải từ 1 trở lên (đang là {months}).", "months")
    if maximum is not None and months > maximum:
        raise ValidationError(
            f"Chỉ được đóng trước tối đa {maximum} tháng (đang là {months}).", "months"
        )


def hi_coverage_period(
    payment_date: dt.date, months: int, previous_valid_to: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """Valid-from and valid-to of a household HI card bought on ``payment_date``.

    - paid before the previous card expired: continues the day after its expiry;
    - paid after it expired, within ``HI_GAP_MONTHS``: valid from the payment day
      (coverage is never back-dated over days already lived uninsured);
    - first time, or a gap of 3 months or more: valid ``HI_WAITING_DAYS`` after payment.
    """
    _check_months(months)
    if previous_valid_to is None:
        valid_from = payment_date + dt.timedelta(days=HI_WAITING_DAYS)
    elif payment_date <= previous_valid_to:
        valid_from = previous_valid_to + _ONE_DAY
    elif payment_date < add_months(previous_valid_to + _ONE_DAY, HI_GAP_MONTHS):
        valid_from = payment_date
    else:
        valid_from = payment_date + dt.timedelta(days=HI_WAITING_DAYS)
    return valid_from, period_end(valid_from, months)


def vsi_period(
    payment_date: dt.date, months: int, paid_through: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """First and last day of the months a voluntary-SI payment covers.

    Continues after ``paid_through`` (the last day already paid) when that reaches
    at least the month before the payment; otherwise starts in the payment month.
    Back-pay of missed months is a different calculation and not handled here.
    """
    _check_months(months, VSI_MAX_ADVANCE_MONTHS)
    start = month_start(payment_date)
    if paid_through is not None and paid_through >= start - _ONE_DAY:
        start = month_end(paid_through) + _ONE_DAY
    return start, month_end(add_months(start, months - 1))
