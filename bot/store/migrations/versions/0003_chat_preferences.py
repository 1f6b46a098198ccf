"""Chat preferences: time zone, daily digest hour, quiet hours and a chat-wide mute.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, *, nullable: bool) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "chat_preferences",
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False, server_default=sa.text("'UTC'")),
        sa.Column("digest_at", sa.String(5), nullable=True),
        sa.Column("quiet_start", sa.String(5), nullable=True),
        sa.Column("quiet_end", sa.String(5), nullable=True),
        _ts("muted_until", nullable=True),
        _ts("released_at", nullable=True),
        _ts("updated_at", nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name="pk_chat_preferences"),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name="fk_chat_preferences_chat_id_chats",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("chat_preferences")
