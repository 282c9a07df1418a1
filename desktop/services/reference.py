"""Load the official code lists shipped in desktop/assets/ into the database (idempotent)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import resources
from desktop.domain.text import fold
from desktop.models import Commune, EthnicGroup, Relationship


def seed_reference(session: Session) -> None:
    """Insert or refresh communes, ethnic groups and relationship codes."""
    _merge_all(
        session,
        Commune,
        {
            row["code"]: Commune(
                code=row["code"], name=row["name"], kind=row["kind"], name_key=fold(row["name"])
            )
            for row in resources.reference_rows("daklak_communes")
        },
    )
    _merge_all(
        session,
        EthnicGroup,
        {
            row["code"]: EthnicGroup(code=row["code"], name=row["name"], other_names=row["other_names"])
            for row in resources.reference_rows("ethnic_groups")
        },
    )
    _merge_all(
        session,
        Relationship,
        {
            row["code"]: Relationship(code=row["code"], name=row["name"])
            for row in resources.reference_rows("household_relationships")
        },
    )


def _merge_all(session: Session, model: type, wanted: dict[str, object]) -> None:
    existing = set(session.scalars(select(model.code)))  # type: ignore[attr-defined]
    for code, obj in wanted.items():
        if code in existing:
            session.merge(obj)
        else:
            session.add(obj)
    session.flush()
