"""The audit trail: who changed what, when, with each changed field before and after.

Services call :func:`record` inside the same unit of work as the change, so
the trail and the data commit or roll back together.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who performs an action (accounts come later; until then, the desk's OS user)."""

    username: str
    user_id: int | None = None

    @classmethod
    def desk_user(cls) -> Actor:
        try:
            return cls(getpass.getuser())
        except OSError:
            return cls("desk")


Changes = Mapping[str, tuple[Any, Any]]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields whose value differs, as (before, after)."""
    return {key: (before.get(key), value) for key, value in after.items() if before.get(key) != value}


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
           summary: str = "", changes: Changes | None = None) -> None:
    """Add one audit entry to the current unit of work."""
    payload = {key: [_plain(old), _plain(new)] for key, (old, new) in (changes or {}).items()}
    session.add(
        AuditEntry(
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:255],
            changes_json=json.dumps(payload, ensure_ascii=False) if payload else "",
        )
    )
