"""The clan column of a list ("Dòng họ", "Tộc", "DongHo"): the row's household joins a clan of its commune.

A household with no clan joins the one its row names (matched by
``domain.clans.clan_key``, so "Nie" finds "Niê"); a household already in
another clan is never moved by a list: the clerk does that on the clan's page.
A clan the commune does not have yet is created only when the desk asks for
it (``ImportOptions.create_clans``: the wizard's box, ``--create-clans``);
otherwise the household stays out of any clan and the preview says so.

Issue 19 is reworking how every import offers unknown references (agents,
villages) for creation; until it lands this is the smallest mapping that
keeps the clerk in charge.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.clans import clan_key
from desktop.models import Clan, ClanVillage, Commune, Household, ImportBatch, ImportChange, Village
from desktop.services.errors import ConcurrentEditError
from desktop.services.imports.matching import chunks

CLAN_CHANGE = "clan"
HOUSEHOLD_CLAN_CHANGE = "household_clan"


@dataclass(frozen=True)
class NewClan:
    """A clan a list names that its commune does not have yet."""

    commune_code: str
    name: str


@dataclass
class ClanLinks:
    """What a list does to households' clans: household id -> clan id, or a clan to create first."""

    links: dict[int, int | NewClan] = field(default_factory=dict)
    unknown: dict[NewClan, set[int]] = field(default_factory=dict)
    """Clans the communes lack, with the households naming them (created only when asked)."""
    commune_names: dict[str, str] = field(default_factory=dict)

    @property
    def new_clans(self) -> list[NewClan]:
        """The unknown clans that will be created (those a link points to)."""
        return list(dict.fromkeys(target for target in self.links.values() if isinstance(target, NewClan)))

    def label(self, clan: NewClan) -> str:
        """"Niê (Xã Cuôr Đăng)"."""
        return f"{clan.name} ({self.commune_names.get(clan.commune_code, clan.commune_code)})"


@dataclass(frozen=True)
class _Household:
    id: int
    clan_id: int | None
    clan_name: str
    commune_code: str | None


class ClanPlanner:
    """Decides, row by row, which household joins which clan; the first row naming a household decides."""

    def __init__(self, session: Session, household_codes: Iterable[str], create: bool) -> None:
        self._create = create
        self._clans: dict[tuple[str, str], tuple[int, str]] = {
            (code, key): (cid, name)
            for cid, code, key, name in session.execute(select(Clan.id, Clan.commune_code, Clan.name_key, Clan.name))}
        self._households: dict[str, _Household] = {}
        for part in chunks(sorted(set(household_codes))):
            rows = session.execute(
                select(Household.code, Household.id, Household.clan_id, Clan.name, Village.commune_code)
                .outerjoin(Clan, Clan.id == Household.clan_id).outerjoin(Village, Village.id == Household.village_id)
                .where(Household.code.in_(part)))
            for code, hid, clan_id, clan_name, commune in rows:
                self._households[code] = _Household(hid, clan_id, clan_name or "", commune)
        self.links = ClanLinks(commune_names=dict(session.execute(select(Commune.code, Commune.name)).all()))
        self._decided: dict[int, int] = {}  # household id -> the row that decided it
        self._new: dict[tuple[str, str], NewClan] = {}

    def decide(self, number: int, household_code: str | None, text: str) -> str:
        """The note for a row naming clan ``text`` (empty when the row names none)."""
        if not text:
            return ""
        household = self._households.get(household_code or "")
        if household is None:
            return f"Chưa gắn dòng họ “{text}”: dòng này không có mã hộ đã có trong cơ sở dữ liệu."
        earlier = self._decided.setdefault(household.id, number)
        if earlier != number:
            return f"Dòng họ của hộ {household_code} đã được xét ở dòng {earlier}."
        if household.commune_code is None:
            return f"Chưa gắn dòng họ “{text}”: hộ {household_code} chưa có thôn, buôn."
        key = (household.commune_code, clan_key(text))
        known = self._clans.get(key)
        if household.clan_id is not None:
            if known is not None and known[0] == household.clan_id:
                return ""
            return f"Hộ {household_code} đang thuộc dòng họ {household.clan_name}: không đổi theo danh sách."
        if known is not None:
            self.links.links[household.id] = known[0]
            return f"Gắn hộ {household_code} vào dòng họ {known[1]}."
        new = self._new.setdefault(key, NewClan(household.commune_code, text))
        self.links.unknown.setdefault(new, set()).add(household.id)
        commune = self.links.commune_names.get(new.commune_code, new.commune_code)
        if self._create:
            self.links.links[household.id] = new
            return f"Dòng họ “{new.name}” chưa có ở {commune}: sẽ được tạo mới và gắn hộ {household_code}."
        return (f"Dòng họ “{new.name}” chưa có ở {commune}: chưa gắn hộ {household_code} "
                "(chọn tạo dòng họ chưa có để gắn).")


def write_clan_links(session: Session, batch: ImportBatch, links: ClanLinks) -> tuple[list[str], int]:
    """Create the new clans, link the households (each change kept for undo); returns (clans created, households)."""
    created: dict[NewClan, int] = {}
    for new in links.new_clans:
        clan = Clan(name=new.name, name_key=clan_key(new.name), commune_code=new.commune_code, leader_name="",
                    note=f"Tạo khi nhập danh sách “{batch.file_name}”")
        session.add(clan)
        session.flush()
        created[new] = clan.id
        session.add(ImportChange(batch_id=batch.id, entity=CLAN_CHANGE, entity_id=clan.id, before_json="null"))
    targets = {hid: created[t] if isinstance(t, NewClan) else t for hid, t in links.links.items()}
    known_villages = {(clan, village) for clan, village in session.execute(
        select(ClanVillage.clan_id, ClanVillage.village_id).where(ClanVillage.clan_id.in_(set(targets.values()))))}
    for part in chunks(sorted(targets)):
        for household in session.scalars(select(Household).where(Household.id.in_(part))):
            clan_id = targets[household.id]
            session.add(ImportChange(batch_id=batch.id, entity=HOUSEHOLD_CLAN_CHANGE, entity_id=household.id,
                                     before_json=json.dumps({"clan_id": household.clan_id, "clan_text":
                                                             household.clan_text, "after": clan_id},
                                                            ensure_ascii=False)))
            household.clan_id, household.clan_text = clan_id, ""
            if household.village_id is not None and (clan_id, household.village_id) not in known_villages:
                known_villages.add((clan_id, household.village_id))
                session.add(ClanVillage(clan_id=clan_id, village_id=household.village_id))
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEditError("Có hộ trong danh sách vừa được sửa ở máy khác trong lúc ghi. Chưa ghi gì; "
                                  "hãy chạy thử lại rồi ghi.") from error
    return [links.label(new) for new in created], len(targets)


def undo_clan_links(session: Session, changes: list[tuple[str, int, str]]) -> None:
    """Households back in the clan they had (unless changed since); clans the batch made removed once unused."""
    for entity, household_id, before_json in changes:
        if entity != HOUSEHOLD_CLAN_CHANGE:
            continue
        before = json.loads(before_json)
        household = session.get(Household, household_id)
        if household is not None and household.clan_id == before["after"]:
            household.clan_id, household.clan_text = before["clan_id"], before["clan_text"]
    session.flush()
    for entity, clan_id, _ in changes:
        if entity != CLAN_CHANGE:
            continue
        clan = session.get(Clan, clan_id)
        in_use = session.scalar(select(Household.id).where(Household.clan_id == clan_id).limit(1))
        if clan is not None and in_use is None:
            session.delete(clan)
