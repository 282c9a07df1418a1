"""Clans (dòng họ) in the clan model: the records, their villages and the households that belong to them.

A clan belongs to one commune and lives in some of its villages; a household
joins a clan of its own commune. Linking a household from a village the clan
was not yet known in adds that village to the clan, in the same audited
action. Each action is one unit of work with its audit entry, checked against
the version the user opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.clans import clan_key
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import normalize_phone
from desktop.domain.text import fold, normalize_spaces
from desktop.models import (
    Agent,
    Clan,
    ClanVillage,
    Commune,
    Household,
    OfficeCommune,
    OutreachSession,
    Person,
    Village,
)
from desktop.models.base import utcnow
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission
from desktop.services.clan_figures import ClanCoverage, clan_coverage, in_model
from desktop.services.errors import ConcurrentEditError, NotFoundError, check_version
from desktop.services.lookups import Choice

ENTITY = "clan"
RECORD_LABEL = "Dòng họ"
FIELDS = ("name", "commune_code", "village_ids", "leader_name", "leader_phone", "joined_on", "agent_id", "note")
"""The form's fields in screen order: the first error reported is the first on screen."""
_LIMITS = {"name": 80, "leader_name": 120}
_STALE = ("Dòng họ này vừa được sửa hoặc xoá ở máy khác trong lúc bạn lưu. Thay đổi của bạn chưa được lưu; "
          "hãy đóng, mở lại để xem bản mới rồi sửa tiếp.")


@dataclass(frozen=True)
class ClanInput:
    """The form's values."""

    name: str = ""
    commune_code: str = ""
    village_ids: tuple[int, ...] = ()
    leader_name: str = ""
    leader_phone: str = ""
    joined_on: dt.date | None = None
    agent_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ClanRecord:
    """A stored clan for its page, with the names shown beside its ids."""

    id: int
    version: int
    data: ClanInput
    commune_name: str
    village_names: tuple[str, ...]
    agent_name: str
    agent_code: str
    agent_phone: str

    @property
    def in_model(self) -> bool:
        return self.data.joined_on is not None

    @property
    def agent_label(self) -> str:
        """"Nguyễn Văn Thu (NV301001)", or "" without an agent."""
        return f"{self.agent_name} ({self.agent_code})" if self.agent_name else ""

    @property
    def place_text(self) -> str:
        """"Buôn Ea Kmar, Buôn Mấp, Xã Ea Kiết"."""
        return ", ".join([*self.village_names, self.commune_name])


@dataclass(frozen=True)
class ClanRow:
    """One line of the clan list, with today's figures."""

    id: int
    name: str
    commune_code: str
    commune_name: str
    villages: str
    leader_name: str
    leader_phone: str
    joined_on: dt.date | None
    agent_name: str
    figures: ClanCoverage


@dataclass(frozen=True)
class HouseholdHit:
    """A household of the clan's commune found by the "add a household" search."""

    id: int
    code: str
    head_name: str
    village_name: str
    clan_name: str


def _clean(data: ClanInput) -> tuple[ClanInput, dict[str, str]]:
    errors: dict[str, str] = {}
    name = normalize_spaces(data.name)
    if not clan_key(name):
        errors["name"] = "Chưa nhập tên dòng họ."
    leader_name = normalize_spaces(data.leader_name)
    for field, value in (("name", name), ("leader_name", leader_name)):
        if len(value) > _LIMITS[field]:
            errors[field] = f"Nội dung dài quá {_LIMITS[field]} ký tự."
    if not data.commune_code:
        errors["commune_code"] = "Chưa chọn xã, phường của dòng họ."
    phone = ""
    if data.leader_phone.strip():
        try:
            phone = normalize_phone(data.leader_phone)
        except ValidationError as error:
            errors["leader_phone"] = error.message
    clean = ClanInput(name=name, commune_code=data.commune_code.strip(), village_ids=tuple(dict.fromkeys(data.village_ids)),
                      leader_name=leader_name, leader_phone=phone, joined_on=data.joined_on, agent_id=data.agent_id,
                      note=data.note.strip())
    return clean, errors


def validate_clan(data: ClanInput) -> dict[str, str]:
    """Each field's own rules, without the database: field name -> Vietnamese message."""
    errors = _clean(data)[1]
    return {name: errors[name] for name in FIELDS if name in errors}


def validated(session: Session, data: ClanInput, clan_id: int | None) -> ClanInput:
    """The cleaned input, checked against the database; the first error in screen order otherwise."""
    clean, errors = _clean(data)
    for name in FIELDS:
        if name in errors:
            raise ValidationError(errors[name], name)
    if session.scalar(select(OfficeCommune.commune_code).where(OfficeCommune.commune_code == clean.commune_code)) is None:
        raise ValidationError("Xã, phường này không thuộc địa bàn đơn vị phụ trách.", "commune_code")
    villages = set(session.scalars(select(Village.id).where(Village.id.in_(clean.village_ids),
                                                           Village.commune_code == clean.commune_code)))
    if set(clean.village_ids) - villages:
        raise ValidationError("Thôn, buôn đã chọn không thuộc xã, phường của dòng họ.", "village_ids")
    if clan_id is not None:
        outside = session.scalar(
            select(Household.code).join(Village, Village.id == Household.village_id)
            .where(Household.clan_id == clan_id, Village.commune_code != clean.commune_code).limit(1))
        if outside is not None:
            raise ValidationError(f"Hộ {outside} của dòng họ ở xã khác: hãy bỏ các hộ đó khỏi dòng họ trước khi "
                                  "đổi xã.", "commune_code")
    if clean.agent_id is not None and session.get(Agent, clean.agent_id) is None:
        raise ValidationError("Không có nhân viên thu này (có thể vừa bị xoá).", "agent_id")
    same = select(Clan.id).where(Clan.commune_code == clean.commune_code, Clan.name_key == clan_key(clean.name))
    if clan_id is not None:
        same = same.where(Clan.id != clan_id)
    if session.scalar(same) is not None:
        raise ValidationError(f"Xã đã có dòng họ {clean.name}: hãy mở dòng họ đó, hoặc đặt tên phân biệt "
                              "(ví dụ thêm tên buôn).", "name")
    return clean


def _village_names(session: Session, ids: Sequence[int]) -> list[str]:
    names = dict(session.execute(select(Village.id, Village.name).where(Village.id.in_(list(ids)))).all())
    return [names[vid] for vid in ids if vid in names]


def _villages_of(session: Session, clan_id: int) -> list[int]:
    return list(session.scalars(select(ClanVillage.village_id).join(Village, Village.id == ClanVillage.village_id)
                                .where(ClanVillage.clan_id == clan_id).order_by(Village.id)))


def _audit_fields(session: Session, clan: Clan, village_ids: Sequence[int]) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(clan, name) for name in FIELDS if name != "village_ids"}
    values["village_ids"] = ", ".join(_village_names(session, village_ids))
    return values


def _apply(clan: Clan, data: ClanInput) -> None:
    clan.name, clan.name_key, clan.commune_code = data.name, clan_key(data.name), data.commune_code
    clan.leader_name, clan.leader_phone = data.leader_name, data.leader_phone or None
    clan.joined_on, clan.agent_id, clan.note = data.joined_on, data.agent_id, data.note


def _save_villages(session: Session, clan_id: int, village_ids: Sequence[int]) -> None:
    session.execute(delete(ClanVillage).where(ClanVillage.clan_id == clan_id))
    session.add_all(ClanVillage(clan_id=clan_id, village_id=vid) for vid in village_ids)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEditError(_STALE) from error
    except IntegrityError as error:
        raise ValidationError("Xã đã có dòng họ cùng tên (vừa được thêm ở máy khác).", "name") from error


def create_clan(db: Database, actor: Actor, data: ClanInput) -> int:
    """Record a clan; returns its id."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clan = add_clan(session, actor, validated(session, data, None))
        return clan.id


def add_clan(session: Session, actor: Actor, clean: ClanInput, summary: str = "") -> Clan:
    """Insert an already validated clan with its villages and audit entry (the review and the import use it too)."""
    clan = Clan()
    _apply(clan, clean)
    session.add(clan)
    _flush(session)
    _save_villages(session, clan.id, clean.village_ids)
    record(session, actor, "create", ENTITY, clan.id, summary or f"Thêm dòng họ {clan.name}",
           diff({}, _audit_fields(session, clan, clean.village_ids)))
    return clan


def current_clan(session: Session, clan_id: int, expected_version: int | None = None) -> Clan:
    clan = session.get(Clan, clan_id)
    if expected_version is not None:
        check_version(RECORD_LABEL, clan.version if clan is not None else None, expected_version)
    if clan is None:
        raise NotFoundError("Không tìm thấy dòng họ này; có thể đã bị xoá ở máy khác. Hãy tải lại danh sách.")
    return clan


def update_clan(db: Database, actor: Actor, clan_id: int, expected_version: int, data: ClanInput) -> int:
    """Save the form over the version the user opened; returns the new version."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clan = current_clan(session, clan_id, expected_version)
        clean = validated(session, data, clan_id)
        before = _audit_fields(session, clan, _villages_of(session, clan_id))
        _apply(clan, clean)
        _save_villages(session, clan_id, clean.village_ids)
        changes = diff(before, _audit_fields(session, clan, clean.village_ids))
        if not changes:
            return clan.version
        clan.updated_at = utcnow()  # the villages live in their own table: the clan row still gets a new version
        _flush(session)
        record(session, actor, "update", ENTITY, clan_id, f"Sửa dòng họ {clan.name}", changes)
        return clan.version


def delete_clan(db: Database, actor: Actor, clan_id: int, expected_version: int) -> None:
    """Remove a clan; its households and sessions stay, no longer linked to it."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clan = current_clan(session, clan_id, expected_version)
        fields = _audit_fields(session, clan, _villages_of(session, clan_id))
        households = list(session.scalars(select(Household).where(Household.clan_id == clan_id)))
        for household in households:
            household.clan_id = None
        for outreach in session.scalars(select(OutreachSession).where(OutreachSession.clan_id == clan_id)):
            outreach.clan_id = None
        session.execute(delete(ClanVillage).where(ClanVillage.clan_id == clan_id))
        session.delete(clan)
        _flush(session)
        summary = f"Xoá dòng họ {fields['name']}" + (f", bỏ liên kết {len(households)} hộ" if households else "")
        record(session, actor, "delete", ENTITY, clan_id, summary,
               {key: (value, None) for key, value in fields.items() if value not in (None, "")})


# --- households ------------------------------------------------------------------------


def check_household_clan(session: Session, household: Household, clan_id: int | None) -> Clan | None:
    """The clan a household may join: one of the commune of the household's village."""
    if clan_id is None:
        return None
    clan = current_clan(session, clan_id)
    commune = session.scalar(select(Village.commune_code).where(Village.id == household.village_id))
    if commune != clan.commune_code:
        raise ValidationError(f"Dòng họ {clan.name} thuộc xã khác với thôn, buôn của hộ {household.code}.", "clan_id")
    return clan


def link_households(session: Session, actor: Actor, clan: Clan | None, households: Sequence[Household],
                    summary: Callable[[Household], str]) -> int:
    """Put the households into ``clan`` (``None``: out of their clan), each audited; returns how many changed.

    A household's village the clan was not yet known in is added to the clan's
    villages (said in the first such household's entry); its old free-text
    clan is emptied once it belongs to a clan record. Villages are read once,
    so a review confirming thousands of households stays one quick action.
    """
    new = clan.id if clan is not None else None
    known = set(_villages_of(session, clan.id)) if clan is not None else set()
    arriving = sorted({h.village_id for h in households if h.village_id is not None and h.clan_id != new} - known)
    names = dict(zip(arriving, _village_names(session, arriving), strict=True)) if clan is not None else {}
    if clan is not None:
        session.add_all(ClanVillage(clan_id=clan.id, village_id=vid) for vid in arriving)
    changed = 0
    for household in households:
        before = household.clan_id
        if before == new:
            continue
        said = summary(household)  # before the old text is emptied: the summary may quote it
        changes: dict[str, tuple[object, object]] = {"clan_id": (before, new)}
        if clan is not None and household.clan_text:
            changes["clan_text"] = (household.clan_text, "")
            household.clan_text = ""
        if household.village_id in names:
            changes["village_ids"] = (None, names.pop(household.village_id))
        household.clan_id = new
        record(session, actor, "update", "household", household.id, said, changes)
        changed += 1
    return changed


def add_households(db: Database, actor: Actor, clan_id: int, household_ids: Sequence[int]) -> int:
    """Put households of the clan's commune into the clan; returns how many joined."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clan = current_clan(session, clan_id)
        households = list(session.scalars(select(Household).where(Household.id.in_(list(household_ids)))))
        for household in households:
            check_household_clan(session, household, clan_id)
        joined = link_households(session, actor, clan, households,
                                 lambda h: f"Thêm hộ {h.code} vào dòng họ {clan.name}")
        _flush(session)
        return joined


def remove_household(db: Database, actor: Actor, clan_id: int, household_id: int) -> None:
    """Take a household out of the clan (the household stays)."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        clan = current_clan(session, clan_id)
        household = session.get(Household, household_id)
        if household is None or household.clan_id != clan_id:
            raise ValidationError("Hộ này không còn thuộc dòng họ (có thể vừa được sửa ở máy khác).", "households")
        link_households(session, actor, None, [household], lambda h: f"Bỏ hộ {h.code} khỏi dòng họ {clan.name}")


def find_households(db: Database, clan_id: int, text: str, limit: int = 50) -> list[HouseholdHit]:
    """Households of the clan's commune outside the clan whose code, head's name or village matches every word."""
    head = aliased(Person)
    other = aliased(Clan)
    with db.reading() as session:
        clan = current_clan(session, clan_id)
        query = (select(Household.id, Household.code, head.full_name, Village.name, other.name)
                 .join(Village, Village.id == Household.village_id)
                 .outerjoin(head, head.id == Household.head_person_id)
                 .outerjoin(other, other.id == Household.clan_id)
                 .where(Village.commune_code == clan.commune_code,
                        or_(Household.clan_id.is_(None), Household.clan_id != clan_id)))
        for word in fold(text).split():
            query = query.where(or_(head.search_key.contains(word, autoescape=True),
                                    Village.name_key.contains(word, autoescape=True),
                                    Household.code.contains(word, autoescape=True)))
        rows = session.execute(query.order_by(Village.id, head.search_key, Household.code).limit(limit))
        return [HouseholdHit(hid, code, name or "", village, clan_name or "")
                for hid, code, name, village, clan_name in rows]


# --- reading ------------------------------------------------------------------------------


def load_clan(db: Database, clan_id: int) -> ClanRecord:
    """One clan with the names shown beside its ids."""
    with db.reading() as session:
        clan = current_clan(session, clan_id)
        villages = _villages_of(session, clan_id)
        commune = session.get(Commune, clan.commune_code)
        agent = session.get(Agent, clan.agent_id) if clan.agent_id is not None else None
        data = ClanInput(name=clan.name, commune_code=clan.commune_code, village_ids=tuple(villages),
                         leader_name=clan.leader_name, leader_phone=clan.leader_phone or "", joined_on=clan.joined_on,
                         agent_id=clan.agent_id, note=clan.note)
        return ClanRecord(clan.id, clan.version, data, commune.name if commune else "",
                          tuple(_village_names(session, villages)),
                          agent.full_name if agent else "", agent.code if agent else "",
                          (agent.phone or "") if agent else "")


def list_clans(db: Database, on: dt.date, text: str = "", commune_code: str | None = None,
               in_model_only: bool = False) -> list[ClanRow]:
    """Clans matching the filter, by commune and name, with their figures on ``on``."""
    query = (select(Clan.id, Clan.name, Clan.commune_code, Commune.name, Clan.leader_name, Clan.leader_phone,
                    Clan.joined_on, Agent.full_name)
             .join(Commune, Commune.code == Clan.commune_code).outerjoin(Agent, Agent.id == Clan.agent_id))
    if commune_code:
        query = query.where(Clan.commune_code == commune_code)
    if in_model_only:
        query = query.where(in_model(on))
    for word in fold(text).split():
        query = query.where(or_(Clan.name_key.contains(clan_key(word), autoescape=True),
                                Commune.name_key.contains(word, autoescape=True)))
    with db.reading() as session:
        found = session.execute(query.order_by(Commune.name_key, Clan.name_key)).all()
        villages: dict[int, list[str]] = {}
        for clan_id, name in session.execute(
                select(ClanVillage.clan_id, Village.name).join(Village, Village.id == ClanVillage.village_id)
                .order_by(Village.id)):
            villages.setdefault(clan_id, []).append(name)
    figures = clan_coverage(db, on, [row[0] for row in found])
    return [
        ClanRow(cid, name, code, commune, ", ".join(villages.get(cid, [])), leader, phone or "", joined, agent or "",
                figures[cid])
        for cid, name, code, commune, leader, phone, joined, agent in found
    ]


def clan_choices(db: Database, commune_code: str | None) -> list[Choice]:
    """Clans of one commune (or every commune), valued by id, for pickers."""
    query = select(Clan.id, Clan.name, Commune.name).join(Commune, Commune.code == Clan.commune_code)
    if commune_code:
        query = query.where(Clan.commune_code == commune_code)
    with db.reading() as session:
        rows = session.execute(query.order_by(Commune.name_key, Clan.name_key))
        return [Choice(cid, name if commune_code else f"{name} — {commune}") for cid, name, commune in rows]
