from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.coverage import CoverageStatus, coverage_status

TODAY = dt.date(2025, 11, 22)


@pytest.mark.parametrize(
    ("valid_to", "expected"),
    [
        (None, CoverageStatus.NEVER),
        (dt.date(2025, 11, 21), CoverageStatus.EXPIRED),
        (dt.date(2025, 11, 22), CoverageStatus.EXPIRING),  # last valid day is today
        (dt.date(2025, 12, 22), CoverageStatus.EXPIRING),  # 30 days away
        (dt.date(2025, 12, 23), CoverageStatus.ACTIVE),
    ],
)
def test_coverage_status(valid_to: dt.date | None, expected: CoverageStatus) -> None:
    assert coverage_status(valid_to, TODAY) is expected


def test_expiring_window_is_configurable() -> None:
    assert coverage_status(dt.date(2025, 12, 10), TODAY, expiring_days=7) is CoverageStatus.ACTIVE
    assert coverage_status(dt.date(2025, 11, 29), TODAY, expiring_days=7) is CoverageStatus.EXPIRING
    assert coverage_status(TODAY, TODAY, expiring_days=0) is CoverageStatus.EXPIRING


def test_labels() -> None:
    assert [status.label for status in CoverageStatus] == [
        "Còn hạn",
        "Sắp hết hạn",
        "Hết hạn",
        "Chưa tham gia",
    ]


@given(st.dates(), st.dates(), st.integers(0, 365))
def test_status_is_decided_by_days_left(valid_to: dt.date, today: dt.date, window: int) -> None:
    status = coverage_status(valid_to, today, window)
    days_left = (valid_to - today).days
    assert (status is CoverageStatus.EXPIRED) == (days_left < 0)
    assert (status is CoverageStatus.EXPIRING) == (0 <= days_left <= window)
    assert (status is CoverageStatus.ACTIVE) == (days_left > window)
