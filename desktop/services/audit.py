"""The audit trail: who changed what, when, with each changed field before and after.

Services call :func:`record` inside the same unit of work as the change, so
the trail and the data commit or roll back together.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.authz import ROLE_LABELS, Permission, PermissionDeniedError, Role, allows


@dataclass(frozen=True)
class Actor:
    """Who performs an action: the signed-in account, its role, and its id for the trail."""

    username: str
    user_id: int | None = None
    role: Role = field(kw_only=True)  # mandatory: what a caller may do is never a default


def require(actor: Actor, permission: Permission) -> None:
    """Refuse, with a message naming the role, an action the actor's role does not allow."""
    if not allows(actor.role, permission):
        raise PermissionDeniedError(
            f"Tài khoản {actor.username} (vai trò {ROLE_LABELS[actor.role]}) không được phép làm việc này. "
            "Hãy nhờ người quản trị."
        )


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
