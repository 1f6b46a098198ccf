"""Initial schema: chats, watches, feeds, chat_feeds, articles, facts, matches, outbox.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, *, nullable: bool) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "chats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("watch_seq", sa.Integer(), nullable=False, server_default=sa.text("0")),
        _ts("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chats"),
        sa.UniqueConstraint("platform", "chat_id", name="uq_chats_platform_chat_id"),
    )
    op.create_table(
        "watches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("rule_text", sa.Text(), nullable=False),
        sa.Column("thread_id", sa.String(255), nullable=True),
        _ts("created_at", nullable=False),
        _ts("muted_until", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_watches"),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name="fk_watches_chat_id_chats", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("chat_id", "number", name="uq_watches_chat_id_number"),
    )
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(64), nullable=True),
        _ts("last_polled_at", nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        _ts("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.ForeignKeyConstraint(
            ["added_by"], ["chats.id"], name="fk_feeds_added_by_chats", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_table(
        "chat_feeds",
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        _ts("created_at", nullable=False),
        sa.PrimaryKeyConstraint("chat_id", "feed_id", name="pk_chat_feeds"),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name="fk_chat_feeds_chat_id_chats", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feeds.id"], name="fk_chat_feeds_feed_id_feeds", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_chat_feeds_feed_id", "chat_feeds", ["feed_id"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _ts("published", nullable=True),
        sa.Column("outlet", sa.String(255), nullable=False, server_default=sa.text("''")),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("story_key", sa.Text(), nullable=False),
        _ts("fetched_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feeds.id"], name="fk_articles_feed_id_feeds", ondelete="SET NULL"
        ),
        sa.UniqueConstraint("key", name="uq_articles_key"),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_story_key", "articles", ["story_key"])
    op.create_index("ix_articles_fetched_at", "articles", ["fetched_at"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity", sa.String(255), nullable=True),
        sa.Column("measure", sa.String(255), nullable=True),
        sa.Column("category", sa.String(255), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("claimant", sa.Text(), nullable=True),
        sa.Column("stage", sa.String(32), nullable=True),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("whole_force", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("payload", sa.JSON(), nullable=False),
        _ts("published", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_facts_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_facts_article_id", "facts", ["article_id"])
    op.create_index("ix_facts_figure", "facts", ["entity", "category", "published"])
    op.create_table(
        "matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        _ts("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_matches"),
        sa.ForeignKeyConstraint(
            ["watch_id"], ["watches.id"], name="fk_matches_watch_id_watches", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_matches_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("watch_id", "article_id", name="uq_matches_watch_id_article_id"),
    )
    op.create_index("ix_matches_article_id", "matches", ["article_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("story_key", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")),
        _ts("next_attempt_at", nullable=False),
        _ts("created_at", nullable=False),
        _ts("sent_at", nullable=True),
        sa.Column("platform_message_id", sa.String(255), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name="fk_outbox_chat_id_chats", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["watch_id"], ["watches.id"], name="fk_outbox_watch_id_watches", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_outbox_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "chat_id", "watch_id", "story_key", name="uq_outbox_chat_id_watch_id_story_key"
        ),
    )
    op.create_index("ix_outbox_due", "outbox", ["status", "next_attempt_at"])
    op.create_index("ix_outbox_watch_id", "outbox", ["watch_id"])
    op.create_index("ix_outbox_article_id", "outbox", ["article_id"])


def downgrade() -> None:
    for table in ("outbox", "matches", "facts", "articles", "chat_feeds", "feeds", "watches"):
        op.drop_table(table)
    op.drop_table("chats")
