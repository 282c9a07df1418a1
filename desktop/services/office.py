"""The office profile: who this installation serves, set in the first-run setup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.text import fold
from desktop.models import Commune, OfficeCommune, OfficeProfile
from desktop.services.accounts import (
    ANOTHER_DESK_SET_UP,
    NewAdmin,
    add_first_admin,
    check_new_admin,
)
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError

DEFAULT_PARENT = "Bảo hiểm xã hội tỉnh Đắk Lắk"
DEFAULT_PROVINCE = "Đắk Lắk"
ALREADY_SET_UP = ("Cơ sở dữ liệu này đã được thiết lập cho đơn vị {name}. Thông tin đơn vị sửa ở trang Cài đặt; "
                  "tài khoản quản trị mới do người quản trị hiện có tạo.")


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    parent_name: str
    province: str
    place_name: str
    preparer_name: str
    head_name: str
    communes: tuple[CommuneInfo, ...]


def province_communes(db: Database) -> list[CommuneInfo]:
    """Every commune of the province, for the setup's picker."""
    with db.reading() as session:
        communes = [CommuneInfo(c.code, c.name, c.kind) for c in session.scalars(select(Commune))]
    return sorted(communes, key=commune_sort_key)


def commune_sort_key(commune: CommuneInfo) -> str:
    """Alphabetical by the proper name, so "Xã Cư M'gar" sorts under C, not under X."""
    return fold(commune.name.removeprefix("Xã ").removeprefix("Phường "))


def load_office(db: Database) -> OfficeInfo | None:
    """The office profile, or None before the first-run setup."""
    with db.reading() as session:
        profile = session.scalars(select(OfficeProfile)).first()
        if profile is None:
            return None
        communes = session.scalars(
            select(Commune).join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
        )
        return OfficeInfo(
            name=profile.name,
            parent_name=profile.parent_name,
            province=profile.province,
            place_name=profile.place_name,
            preparer_name=profile.preparer_name,
            head_name=profile.head_name,
            communes=tuple(sorted((CommuneInfo(c.code, c.name, c.kind) for c in communes), key=commune_sort_key)),
        )


def _check(info: OfficeInfo) -> None:
    if not info.name.strip():
        raise ValidationError("Chưa nhập tên đơn vị.", "name")
    if not info.place_name.strip():
        raise ValidationError("Chưa nhập địa danh ghi trên báo cáo.", "place_name")
    if not info.communes:
        raise ValidationError("Hãy chọn ít nhất một xã, phường mà đơn vị phụ trách.", "communes")


def _fields(profile: OfficeProfile, communes: list[str]) -> dict[str, object]:
    return {
        "name": profile.name, "parent_name": profile.parent_name, "province": profile.province,
        "place_name": profile.place_name, "preparer_name": profile.preparer_name, "head_name": profile.head_name,
        "communes": ", ".join(sorted(communes)),
    }


def _write(session: Session, info: OfficeInfo) -> tuple[OfficeProfile, dict[str, object], dict[str, object]]:
    """Replace the profile and its communes; returns the profile and its fields before and after."""
    known = set(session.scalars(select(Commune.code)))
    unknown = [c.code for c in info.communes if c.code not in known]
    if unknown:
        raise ValidationError(f"Mã xã không có trong danh mục: {', '.join(unknown)}.", "communes")
    profile = session.scalars(select(OfficeProfile)).first() or OfficeProfile()
    before = _fields(profile, list(session.scalars(select(OfficeCommune.commune_code)))) if profile.id else {}
    profile.name = info.name.strip()
    profile.parent_name = info.parent_name.strip()
    profile.province = info.province.strip()
    profile.place_name = info.place_name.strip()
    profile.preparer_name = info.preparer_name.strip()
    profile.head_name = info.head_name.strip()
    session.add(profile)
    session.execute(delete(OfficeCommune))
    session.add_all(OfficeCommune(commune_code=c.code) for c in info.communes)
    session.flush()
    return profile, before, _fields(profile, [c.code for c in info.communes])


def set_up_office(db: Database, info: OfficeInfo, admin: NewAdmin) -> Actor:
    """The first-run setup (the dialog and ``ansinh-desk setup``): the office and its first
    administrator, both or neither; returns the admin.

    Both are checked before anything is written and written in one unit of work,
    so a refused account never leaves an office nobody can sign in to. The admin
    is the author of both audit entries. A database that already holds an office
    is refused: it is changed by its administrator, from the settings page.
    """
    check_new_admin(admin)
    _check(info)
    try:
        with db.unit_of_work() as session:
            existing = session.scalars(select(OfficeProfile.name)).first()
            if existing is not None:
                raise ServiceError(ALREADY_SET_UP.format(name=existing))
            profile, _before, after = _write(session, info)
            actor = add_first_admin(session, admin)
            record(session, actor, "create", "office_profile", profile.id,
                   f"Thiết lập đơn vị {profile.name}", diff({}, after))
    except IntegrityError as error:  # another desk created the same account a moment earlier
        raise ServiceError(ANOTHER_DESK_SET_UP) from error
    return actor


def save_office(db: Database, info: OfficeInfo) -> None:
    """Create or replace the office profile with no account and no audit entry: demo data and tests."""
    _check(info)
    with db.unit_of_work() as session:
        _write(session, info)


def update_office(db: Database, actor: Actor, info: OfficeInfo) -> None:
    """An edit from the settings page, or the office given again after it was lost:
    administrators only, recorded in the audit trail."""
    require(actor, Permission.MANAGE_SETTINGS)
    _check(info)
    with db.unit_of_work() as session:
        profile, before, after = _write(session, info)
        action, summary = ("update", "Sửa thông tin đơn vị") if before else ("create", "Thiết lập đơn vị")
        record(session, actor, action, "office_profile", profile.id, f"{summary} {profile.name}",
               diff(before, after))
