"""Whether a person's HI card is in force, about to expire, expired, or never existed.

Agents work from lists of cards about to expire, so "expiring" is a status of
its own, with a configurable warning window.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

DEFAULT_EXPIRING_DAYS = 30


class CoverageStatus(Enum):
    """Coverage of a person on a given day, with its Vietnamese label."""

    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NEVER = "never"

    @property
    def label(self) -> str:
        """As shown in lists: "Còn hạn", "Sắp hết hạn", "Hết hạn", "Chưa tham gia"."""
        return _LABELS[self]


_LABELS = {
    CoverageStatus.ACTIVE: "Còn hạn",
    CoverageStatus.EXPIRING: "Sắp hết hạn",
    CoverageStatus.EXPIRED: "Hết hạn",
    CoverageStatus.NEVER: "Chưa tham gia",
}


def coverage_status(
    valid_to: dt.date | None, today: dt.date, expiring_days: int = DEFAULT_EXPIRING_DAYS
) -> CoverageStatus:
    """Status on ``today`` of a card valid until ``valid_to`` (inclusive); ``None`` means never insured.

    Expiring: still valid today and the last valid day is at most ``expiring_days`` away.
    """
    if expiring_days < 0:
        raise ValueError("expiring_days cannot be negative")
    if valid_to is None:
        return CoverageStatus.NEVER
    if valid_to < today:
        return CoverageStatus.EXPIRED
    if (valid_to - today).days <= expiring_days:
        return CoverageStatus.EXPIRING
    return CoverageStatus.ACTIVE
