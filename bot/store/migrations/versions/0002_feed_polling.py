"""Feed polling and stories: per-feed schedule and health, article text source and MinHash
signatures, and the LSH band table that finds near-duplicate articles.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, *, nullable: bool) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(_ts("next_poll_at", nullable=True))
        batch.add_column(sa.Column("poll_interval", sa.Integer(), nullable=True))
        batch.add_column(_ts("last_success_at", nullable=True))
        batch.add_column(_ts("last_new_at", nullable=True))
        batch.add_column(sa.Column("content_hash", sa.String(64), nullable=True))
        batch.add_column(_ts("disabled_at", nullable=True))
        batch.add_column(
            sa.Column(
                "disabled_notified", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    op.create_index("ix_feeds_due", "feeds", ["enabled", "next_poll_at"])
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column(
                "text_source", sa.String(16), nullable=False, server_default=sa.text("'feed'")
            )
        )
        batch.add_column(sa.Column("minhash", sa.LargeBinary(), nullable=True))
    op.create_table(
        "story_bands",
        sa.Column("band", sa.String(64), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("band", "article_id", name="pk_story_bands"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_story_bands_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_story_bands_article_id", table_name="story_bands")
    op.drop_table("story_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("minhash")
        batch.drop_column("text_source")
    op.drop_index("ix_feeds_due", table_name="feeds")
    with op.batch_alter_table("feeds") as batch:
        for name in (
            "disabled_notified",
            "disabled_at",
            "content_hash",
            "last_new_at",
            "last_success_at",
            "poll_interval",
            "next_poll_at",
        ):
            batch.drop_column(name)
