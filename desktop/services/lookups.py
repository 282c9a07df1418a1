"""Small lists the screens offer in pickers: communes, villages, agents, ethnic groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import Database
from desktop.models import Agent, Commune, EthnicGroup, OfficeCommune, Relationship, Village


@dataclass(frozen=True)
class Choice:
    """A value and the text shown for it."""

    value: str | int
    label: str


def office_communes(db: Database) -> list[Choice]:
    with db.reading() as session:
        rows = session.execute(
            select(Commune.code, Commune.name).join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
            .order_by(Commune.name_key)
        )
        return [Choice(code, name) for code, name in rows]


def villages(db: Database, commune_code: str | None = None) -> list[Choice]:
    """Villages of one commune, or of every commune the office serves ("Thôn 2 — Xã Ea Tul")."""
    with db.reading() as session:
        query = select(Village.id, Village.name, Commune.name).join(Commune, Commune.code == Village.commune_code)
        if commune_code:
            query = query.where(Village.commune_code == commune_code)
        else:
            query = query.where(Village.commune_code.in_(select(OfficeCommune.commune_code)))
        rows = session.execute(query.order_by(Commune.name_key, Village.id))
        return [Choice(vid, name if commune_code else f"{name} — {commune}") for vid, name, commune in rows]


def commune_of_village(db: Database, village_id: int | None) -> str | None:
    """The commune code of a village (None for no village)."""
    if village_id is None:
        return None
    with db.reading() as session:
        return session.scalar(select(Village.commune_code).where(Village.id == village_id))


def agents(db: Database) -> list[Choice]:
    with db.reading() as session:
        rows = session.execute(select(Agent.id, Agent.code, Agent.full_name).order_by(Agent.search_key))
        return [Choice(aid, f"{name} ({code})") for aid, code, name in rows]


def ethnic_groups(db: Database) -> list[Choice]:
    with db.reading() as session:
        rows = session.execute(select(EthnicGroup.code, EthnicGroup.name).order_by(EthnicGroup.code))
        return [Choice(code, f"{name} ({code})") for code, name in rows]


def relationships(db: Database) -> list[Choice]:
    with db.reading() as session:
        rows = session.execute(select(Relationship.code, Relationship.name).order_by(Relationship.code))
        return [Choice(code, name) for code, name in rows]
