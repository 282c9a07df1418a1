"""User accounts and the audit trail of who changed what."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, Versioned, utcnow


class UserAccount(Timestamped, Versioned, Base):
    """A desk user who signs in; ``role`` is a :class:`desktop.services.authz.Role` value.

    ``username`` is stored lower-case so sign-in does not depend on how it is typed.
    Sign-in bookkeeping (failed attempts, lock-out, last sign-in) is written
    without bumping ``version``, so an administrator's open edit is not made
    stale by the user merely signing in.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """Who did what, when, with the changed fields before and after (JSON)."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        # The audit browser filters by record and by user, newest first.
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_username_at", "username", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete / import / export ...
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(255), default="")
    changes_json: Mapped[str] = mapped_column(Text, default="")
