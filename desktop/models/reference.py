"""Official code lists loaded from the application's reference resources."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class EthnicGroup(Base):
    """One of the 54 ethnic groups (QĐ 121-TCTK/PPCĐ) plus the agency's 55 and 99."""

    __tablename__ = "ethnic_groups"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    other_names: Mapped[str] = mapped_column(Text, default="")


class Relationship(Base):
    """Relationship-to-head code used in household annexes (00 Chủ hộ ...)."""

    __tablename__ = "relationships"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
