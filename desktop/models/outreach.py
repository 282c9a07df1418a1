"""Outreach sessions held in villages and their attendance sheets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned


class OutreachSession(Timestamped, Versioned, Base):
    """An awareness session, dialogue, counselling day, mobile campaign or household visit."""

    __tablename__ = "outreach_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[str] = mapped_column(String(5), default="")  # "08:00"
    ends_at: Mapped[str] = mapped_column(String(5), default="")
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    clan_id: Mapped[int | None] = mapped_column(ForeignKey("clans.id", ondelete="SET NULL"), index=True)
    """A session held with a clan (at the clan head's house): its results count toward the clan."""
    venue: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(120), default="")
    organiser_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    co_organisers: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(120), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    support_per_attendee: Mapped[int] = mapped_column(Integer, default=0)


class Attendance(Timestamped, Base):
    """A line of an attendance sheet: a known person or a walk-in typed by hand."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_sessions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    attended: Mapped[bool] = mapped_column(default=False)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(10), default="list")  # list / walk_in / qr / import
    support_amount: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")
