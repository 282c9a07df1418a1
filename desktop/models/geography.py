"""Communes of the province, their villages and their yearly population figures."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamped


class Commune(Base):
    """A commune-level unit (xã / phường) with its 5-digit official code."""

    __tablename__ = "communes"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))  # "commune" or "ward"
    name_key: Mapped[str] = mapped_column(String(80), index=True)

    villages: Mapped[list[Village]] = relationship(back_populates="commune")


class Village(Timestamped, Base):
    """A village (thôn, buôn, tổ dân phố): lists and sessions are organised by them."""

    __tablename__ = "villages"
    __table_args__ = (UniqueConstraint("commune_code", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20), default="thôn")

    commune: Mapped[Commune] = relationship(back_populates="villages")


class CommuneFigure(Timestamped, Base):
    """Population and working-age population of a commune for a year (coverage denominators)."""

    __tablename__ = "commune_figures"
    __table_args__ = (UniqueConstraint("commune_code", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    population: Mapped[int] = mapped_column(Integer)
    working_age_population: Mapped[int] = mapped_column(Integer)
