"""Exactly-once delivery and crash-safe processing: the outbox claim (a "sending" row carries
its sender's token and when it was claimed) and the article's processed mark.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("claim_token", sa.String(64), nullable=True))
        batch.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True))
    # Articles stored before this revision were processed in the same breath.
    op.execute("UPDATE articles SET processed_at = fetched_at")


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("processed_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("claimed_at")
        batch.drop_column("claim_token")
