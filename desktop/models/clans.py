"""Clans (dòng họ) of minority villages that help their members join health insurance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned


class Clan(Timestamped, Versioned, Base):
    """A clan of one commune as the office works with it in the clan model ("mô hình dòng họ").

    ``joined_on`` is the day the clan joined the model; a clan without it is
    known to the office but not (yet) counted in the model. ``name_key`` is the
    spelling-insensitive key (``domain.clans.clan_key``): one clan per name and commune.
    """

    __tablename__ = "clans"
    __table_args__ = (UniqueConstraint("commune_code", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80))
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    leader_name: Mapped[str] = mapped_column(String(120), default="")  # trưởng tộc / già làng
    leader_phone: Mapped[str | None] = mapped_column(String(15))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class ClanVillage(Base):
    """A village (thôn, buôn) the clan lives in."""

    __tablename__ = "clan_villages"

    clan_id: Mapped[int] = mapped_column(ForeignKey("clans.id", ondelete="CASCADE"), primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), primary_key=True, index=True)
