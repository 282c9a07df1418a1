"""The households' old free-text clans, grouped by spelling for the office to confirm as clan records.

Before clans were records, a household carried its clan as typed ("Niê",
"Nie", "NIÊ", "Niê Kdăm"...). Nothing turns that text into clans by itself:
:func:`review_groups` proposes, per commune, groups of spellings that may be
one clan (``domain.clans.group_variants``); the office confirms a group as a
new clan or an existing one (:func:`confirm_group`), takes a spelling out of
it, or says a text is not a clan (:func:`dismiss_variants`). Every household
changed gets its own audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.domain.clans import Variant, clan_key, group_variants
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.domain.text import fold
from desktop.models import Clan, Commune, Household, OfficeCommune, Village
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission
from desktop.services.clans import (
    ENTITY,
    ClanInput,
    add_clan,
    current_clan,
    link_households,
    validated,
)


@dataclass(frozen=True)
class ReviewVariant:
    """One spelling found in a commune: how many households carry it, in which villages."""

    text: str
    households: int
    villages: tuple[str, ...]


@dataclass(frozen=True)
class ReviewGroup:
    """Spellings of one commune that may be one clan, the name proposed, and a clan record that already matches."""

    commune_code: str
    commune_name: str
    suggested: str
    variants: tuple[ReviewVariant, ...]
    clan_id: int | None = None
    clan_name: str = ""

    @property
    def households(self) -> int:
        return sum(v.households for v in self.variants)

    @property
    def villages(self) -> tuple[str, ...]:
        return tuple(sorted({name for v in self.variants for name in v.villages}, key=fold))


@dataclass(frozen=True)
class ReviewState:
    """What is left to review; ``unplaced`` households carry a clan text but no village, so no commune."""

    groups: list[ReviewGroup]
    unplaced: int

    @property
    def households(self) -> int:
        return sum(group.households for group in self.groups)


def _pending(session: Session) -> list[tuple[str, str, str, int]]:
    """(commune, text, village, households) of households with an unreviewed text in an office commune."""
    query = (select(Village.commune_code, Household.clan_text, Village.name, func.count())
             .join(Village, Village.id == Household.village_id)
             .join(OfficeCommune, OfficeCommune.commune_code == Village.commune_code)
             .where(Household.clan_text != "", Household.clan_id.is_(None))
             .group_by(Village.commune_code, Household.clan_text, Village.id, Village.name)
             .order_by(Village.commune_code, Village.id))
    return [(code, text, village, count) for code, text, village, count in session.execute(query)]


def review_groups(db: Database) -> ReviewState:
    """The groups still to review, the largest first within each commune."""
    with db.reading() as session:
        pending = _pending(session)
        names = dict(session.execute(select(Commune.code, Commune.name)).all())
        clans = {(code, key): (cid, name) for cid, code, key, name
                 in session.execute(select(Clan.id, Clan.commune_code, Clan.name_key, Clan.name))}
        unplaced = session.scalar(select(func.count()).select_from(Household).where(
            Household.clan_text != "", Household.clan_id.is_(None), Household.village_id.is_(None))) or 0
    found: dict[str, dict[str, tuple[int, list[str]]]] = {}
    for code, text, village, count in pending:
        households, villages = found.setdefault(code, {}).get(text, (0, []))
        found[code][text] = (households + count, [*villages, village])
    groups: list[ReviewGroup] = []
    for code in sorted(found, key=lambda c: names.get(c, c)):
        texts = found[code]
        for group in group_variants(Variant(text, count) for text, (count, _) in texts.items()):
            keys = [clan_key(group.suggested)] + [clan_key(v.text) for v in group.variants]
            match = next((clans[(code, key)] for key in keys if (code, key) in clans), None)
            groups.append(ReviewGroup(
                code, names.get(code, code), group.suggested,
                tuple(ReviewVariant(v.text, v.households, tuple(texts[v.text][1])) for v in group.variants),
                match[0] if match else None, match[1] if match else ""))
    return ReviewState(groups, unplaced)


def _households(session: Session, commune_code: str, variants: Sequence[str]) -> list[Household]:
    return list(session.scalars(
        select(Household).join(Village, Village.id == Household.village_id)
        .where(Village.commune_code == commune_code, Household.clan_text.in_(list(variants)),
               Household.clan_id.is_(None))
        .order_by(Village.id, Household.code)))


def _quoted(variants: Sequence[str]) -> str:
    return ", ".join(f"“{text}”" for text in variants)


def confirm_group(db: Database, actor: Actor, commune_code: str, variants: Sequence[str], *,
                  clan_id: int | None = None, name: str = "", joined_on: dt.date | None = None) -> tuple[int, int]:
    """The households of ``commune_code`` written as ``variants`` join a clan: ``clan_id``, else a new clan ``name``.

    Returns (clan id, households linked). A new clan lives in the villages of
    those households and joins the model on ``joined_on`` (``None``: not yet).
    """
    require(actor, Permission.EDIT_REGISTER)
    if not variants:
        raise ValidationError("Hãy đánh dấu ít nhất một cách viết để xác nhận.", "variants")
    with db.unit_of_work() as session:
        households = _households(session, commune_code, variants)
        if not households:
            raise ValidationError("Các hộ ghi dòng họ này vừa được rà soát ở máy khác; hãy tải lại danh sách.",
                                  "variants")
        if clan_id is not None:
            clan = current_clan(session, clan_id)
            if clan.commune_code != commune_code:
                raise ValidationError(f"Dòng họ {clan.name} thuộc xã khác.", "clan_id")
        else:
            villages = tuple(dict.fromkeys(h.village_id for h in households if h.village_id is not None))
            clean = validated(session, ClanInput(name=name, commune_code=commune_code, village_ids=villages,
                                                      joined_on=joined_on), None)
            clan = add_clan(session, actor, clean, f"Thêm dòng họ {clean.name} khi rà soát dòng họ ghi cũ")
        link_households(session, actor, clan, households,
                        lambda h: f"Rà soát dòng họ: hộ {h.code} ghi “{h.clan_text}” thuộc dòng họ {clan.name}")
        session.flush()
        record(session, actor, "update", ENTITY, clan.id,
               f"Rà soát dòng họ: {_quoted(variants)} là dòng họ {clan.name}, {format_int(len(households))} hộ")
        return clan.id, len(households)


def dismiss_variants(db: Database, actor: Actor, commune_code: str, variants: Sequence[str]) -> int:
    """The office says these texts are not clans: they are emptied (each household audited); returns how many."""
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        households = _households(session, commune_code, variants)
        for household in households:
            record(session, actor, "update", "household", household.id,
                   f"Rà soát dòng họ: “{household.clan_text}” của hộ {household.code} không phải dòng họ",
                   {"clan_text": (household.clan_text, "")})
            household.clan_text = ""
        return len(households)


def pending_households(db: Database) -> int:
    """Households whose old clan text still waits for review (the clan page's button says so)."""
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Household).where(
            Household.clan_text != "", Household.clan_id.is_(None))) or 0
