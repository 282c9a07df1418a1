"""A person's participation in a scheme for a period, with its payment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned

SCHEMES = ("VSI", "HI-HH", "HI-STU", "HI-OTHER")
ACTIVE, STOPPED, CANCELLED = "active", "stopped", "cancelled"
"""Enrollment.status: a stopped one counts up to its stop date, a cancelled one never."""


class Enrollment(Timestamped, Versioned, Base):
    """One paid period: an HI card's validity or VSI months, with amounts in whole đồng."""

    __tablename__ = "enrollments"
    __table_args__ = (
        Index("ix_enrollments_person_scheme", "person_id", "scheme", "valid_to"),
        Index("ix_enrollments_agent_receipt", "agent_id", "receipt_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    scheme: Mapped[str] = mapped_column(String(8))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date, index=True)
    payment_months: Mapped[int] = mapped_column(Integer)
    is_renewal: Mapped[bool] = mapped_column(default=False)
    household_rank: Mapped[int | None] = mapped_column(Integer)
    chosen_income: Mapped[int | None] = mapped_column(Integer)
    amount_due: Mapped[int] = mapped_column(Integer, default=0)
    amount_paid: Mapped[int] = mapped_column(Integer, default=0)
    state_support: Mapped[int] = mapped_column(Integer, default=0)
    local_support: Mapped[int] = mapped_column(Integer, default=0)
    other_support: Mapped[int] = mapped_column(Integer, default=0)
    receipt_no: Mapped[str | None] = mapped_column(String(30))
    receipt_date: Mapped[dt.date | None] = mapped_column(Date)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("outreach_sessions.id"), index=True)
    funding_source: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(10), default=ACTIVE)
    note: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
