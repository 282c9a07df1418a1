"""Collection organisations, their agents, the areas they serve and their targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned


class CollectionOrganisation(Timestamped, Base):
    """A collection organisation (tổ chức dịch vụ thu): post office, commune cultural post office."""

    __tablename__ = "collection_organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(40), default="")


class Agent(Timestamped, Versioned, Base):
    """A collection agent or collaborator; ``code`` is the "Mã số nhân viên thu" on forms."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    search_key: Mapped[str] = mapped_column(String(120), index=True)
    phone: Mapped[str | None] = mapped_column(String(15))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("collection_organisations.id"))
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class AgentArea(Base):
    """A commune (and optionally one village) an agent serves."""

    __tablename__ = "agent_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))


class AgentTraining(Base):
    """A training an agent attended (e.g. the VssID app, the SI portal look-up)."""

    __tablename__ = "agent_trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200))


class Target(Timestamped, Versioned, Base):
    """A target for a period, scope (office / commune / agent) and metric.

    Rates (coverage %, VSI share %) are stored in basis points (1/10000) so
    every value stays an exact integer.
    """

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_kind: Mapped[str] = mapped_column(String(8))  # year / quarter / month / week
    period_start: Mapped[dt.date] = mapped_column(Date, index=True)
    period_end: Mapped[dt.date] = mapped_column(Date)
    scope_kind: Mapped[str] = mapped_column(String(8))  # office / commune / agent
    commune_code: Mapped[str | None] = mapped_column(ForeignKey("communes.code"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(20))
    value: Mapped[int] = mapped_column(Integer)
