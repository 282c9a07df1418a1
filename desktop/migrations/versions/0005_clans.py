"""clans: the clan model's records, households and sessions linked to a clan

Persons' household index also holds the HI card end, so a clan's figures are
read from the index alone.

The households' free-text clan stays, renamed ``clan_text``: turning it into
clan records is the office's decision, made in the review screen
(services.clan_review), never by this migration.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('clans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('name_key', sa.String(length=80), nullable=False),
    sa.Column('commune_code', sa.String(length=5), nullable=False),
    sa.Column('leader_name', sa.String(length=120), nullable=False),
    sa.Column('leader_phone', sa.String(length=15), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('agent_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_clans_agent_id_agents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_clans_commune_code_communes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clans')),
    sa.UniqueConstraint('commune_code', 'name_key', name=op.f('uq_clans_commune_code'))
    )
    with op.batch_alter_table('clans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clans_commune_code'), ['commune_code'], unique=False)

    op.create_table('clan_villages',
    sa.Column('clan_id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['clan_id'], ['clans.id'], name=op.f('fk_clan_villages_clan_id_clans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['village_id'], ['villages.id'], name=op.f('fk_clan_villages_village_id_villages')),
    sa.PrimaryKeyConstraint('clan_id', 'village_id', name=op.f('pk_clan_villages'))
    )
    with op.batch_alter_table('clan_villages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clan_villages_village_id'), ['village_id'], unique=False)

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.alter_column('clan', new_column_name='clan_text', existing_type=sa.String(length=80),
                              existing_nullable=False)
        batch_op.add_column(sa.Column('clan_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_households_clan_id'), ['clan_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_households_clan_id_clans'), 'clans', ['clan_id'], ['id'],
                                    ondelete='SET NULL')

    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_household_id')
        batch_op.create_index('ix_persons_household_coverage', ['household_id', 'hi_valid_to'], unique=False)

    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clan_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outreach_sessions_clan_id'), ['clan_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_outreach_sessions_clan_id_clans'), 'clans', ['clan_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    """Clan names go back into the households' text, so nothing the office typed is lost."""
    households = sa.table('households', sa.column('id', sa.Integer()), sa.column('clan_id', sa.Integer()),
                          sa.column('clan_text', sa.String()))
    clans = sa.table('clans', sa.column('id', sa.Integer()), sa.column('name', sa.String()))
    op.execute(households.update().where(households.c.clan_id.is_not(None)).values(
        clan_text=sa.select(clans.c.name).where(clans.c.id == households.c.clan_id).scalar_subquery()))
    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outreach_sessions_clan_id_clans'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_outreach_sessions_clan_id'))
        batch_op.drop_column('clan_id')

    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_household_coverage')
        batch_op.create_index('ix_persons_household_id', ['household_id'], unique=False)

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_households_clan_id_clans'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_households_clan_id'))
        batch_op.drop_column('clan_id')
        batch_op.alter_column('clan_text', new_column_name='clan', existing_type=sa.String(length=80),
                              existing_nullable=False)

    with op.batch_alter_table('clan_villages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clan_villages_village_id'))

    op.drop_table('clan_villages')
    with op.batch_alter_table('clans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clans_commune_code'))

    op.drop_table('clans')
