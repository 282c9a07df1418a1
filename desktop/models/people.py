"""Participants (persons) and households."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped, Versioned


class Household(Timestamped, Versioned, Base):
    """A household (hộ gia đình): the unit of the decreasing HI premium."""

    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    head_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", use_alter=True, ondelete="SET NULL")
    )
    clan_id: Mapped[int | None] = mapped_column(ForeignKey("clans.id", ondelete="SET NULL"), index=True)
    clan_text: Mapped[str] = mapped_column(String(80), default="")
    """The clan as typed before clans were records; emptied once the office reviewed it (services.clan_review)."""
    address: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[Person]] = relationship(
        back_populates="household", foreign_keys="Person.household_id"
    )


class Person(Timestamped, Versioned, Base):
    """A person the office knows, insured or not.

    ``hi_scheme``/``hi_valid_to``/``vsi_paid_to``/``covered_to``/``last_agent_id``
    summarise the person's enrollments so the 500,000-row list filters by status
    with one indexed comparison; the enrollment service keeps them in step
    within the same transaction.
    """

    __tablename__ = "persons"
    __table_args__ = (
        Index("ix_persons_dupe", "search_key", "birth_year", "village_id"),
        Index("ix_persons_village_name", "village_id", "search_key"),
        # covering index for coverage per village/commune (dashboard, reports): 0.20 s -> 0.075 s at 500,000
        Index("ix_persons_village_coverage", "village_id", "hi_valid_to", "vsi_paid_to"),
        # a household's members with their HI card end, for the clans' figures: 1.1 s -> 0.5 s at 174,000 members
        Index("ix_persons_household_coverage", "household_id", "hi_valid_to"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    search_key: Mapped[str] = mapped_column(String(120), index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_precision: Mapped[str] = mapped_column(String(5), default="year")  # day / month / year
    birth_year: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(1))  # "M" / "F"
    ethnic_code: Mapped[str | None] = mapped_column(ForeignKey("ethnic_groups.code"), index=True)
    cccd: Mapped[str | None] = mapped_column(String(12), unique=True)
    si_code: Mapped[str | None] = mapped_column(String(10), unique=True)
    phone: Mapped[str | None] = mapped_column(String(15), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    relationship_code: Mapped[str | None] = mapped_column(ForeignKey("relationships.code"))
    category: Mapped[str] = mapped_column(String(12), default="other", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    hi_scheme: Mapped[str | None] = mapped_column(String(8), index=True)
    hi_valid_to: Mapped[dt.date | None] = mapped_column(Date, index=True)
    vsi_paid_to: Mapped[dt.date | None] = mapped_column(Date, index=True)
    covered_to: Mapped[dt.date | None] = mapped_column(Date, index=True)  # latest end of any scheme
    last_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)

    household: Mapped[Household | None] = relationship(
        back_populates="members", foreign_keys=[household_id]
    )
