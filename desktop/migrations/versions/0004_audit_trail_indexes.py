"""audit trail indexes: by record and by user, for the audit browser

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_audit_entries_entity', 'audit_entries', ['entity', 'entity_id'])
    op.create_index('ix_audit_entries_username_at', 'audit_entries', ['username', 'at'])


def downgrade() -> None:
    op.drop_index('ix_audit_entries_username_at', table_name='audit_entries')
    op.drop_index('ix_audit_entries_entity', table_name='audit_entries')
