"""The local office this installation serves and its shared settings."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped


class OfficeProfile(Timestamped, Base):
    """One row: who the office is, as printed on every report's letterhead."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))  # "Bảo hiểm xã hội cơ sở Cư M'gar"
    parent_name: Mapped[str] = mapped_column(String(120))  # "Bảo hiểm xã hội tỉnh Đắk Lắk"
    province: Mapped[str] = mapped_column(String(60))
    place_name: Mapped[str] = mapped_column(String(60))  # place in the date line of reports
    preparer_name: Mapped[str] = mapped_column(String(80), default="")
    head_name: Mapped[str] = mapped_column(String(80), default="")


class OfficeCommune(Base):
    """A commune the office serves (about five per office)."""

    __tablename__ = "office_communes"

    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), primary_key=True)


class AppSetting(Base):
    """A setting shared by every desk on this database (key/value, text)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
