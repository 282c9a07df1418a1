"""What the report screen offers in its pickers: agents by code, sessions newest first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import Database
from desktop.domain.formatting import format_date
from desktop.domain.outreach import SESSION_KINDS
from desktop.models import Agent, Commune, OutreachSession, Village

SESSION_LIMIT = 500


@dataclass(frozen=True)
class Pick:
    """A value a report parameter takes and the text shown for it."""

    value: str | int
    label: str


def agent_picks(db: Database) -> list[Pick]:
    """Agents as "Nguyễn Văn A (NV265001)", valued by code (the code printed on forms)."""
    with db.reading() as session:
        rows = session.execute(select(Agent.code, Agent.full_name).order_by(Agent.search_key, Agent.code))
        return [Pick(code, f"{name} ({code})") for code, name in rows]


def session_picks(db: Database, limit: int = SESSION_LIMIT) -> list[Pick]:
    """Outreach sessions, newest first: "02/05/2026 — Hội nghị tuyên truyền — Thôn 3, Xã Ea Kiết"."""
    query = (
        select(OutreachSession.id, OutreachSession.held_on, OutreachSession.kind, Village.name, Commune.name)
        .join(Commune, Commune.code == OutreachSession.commune_code)
        .outerjoin(Village, Village.id == OutreachSession.village_id)
        .order_by(OutreachSession.held_on.desc(), OutreachSession.id.desc())
        .limit(limit)
    )
    with db.reading() as session:
        return [
            Pick(sid, " — ".join((format_date(held), SESSION_KINDS.get(kind, kind),
                                  ", ".join(p for p in (village, commune) if p))))
            for sid, held, kind, village, commune in session.execute(query)
        ]
