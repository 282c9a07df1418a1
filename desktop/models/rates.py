"""Dated rate values: base salary, poverty line, HI and VSI rates, support shares."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped


class RateValue(Timestamped, Base):
    """A value in force from a date; ``unit`` is "vnd" (whole đồng) or "bp" (1/10000)."""

    __tablename__ = "rate_values"
    __table_args__ = (UniqueConstraint("key", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(String(4))
    note: Mapped[str] = mapped_column(String(200), default="")
