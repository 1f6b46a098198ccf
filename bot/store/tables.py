"""The schema as SQLAlchemy Core tables: the single source the migrations are checked against.

Only portable types are used so one schema serves SQLite and PostgreSQL. Every timestamp goes
through `UTCDateTime`, because SQLite keeps no offset: values are normalised to UTC on the way
in and come back timezone-aware on the way out, whatever the backend.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
    true,
)

# Explicit constraint names keep the hand-written migration and the metadata comparable and let
# later migrations drop constraints by name on both backends.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken to be UTC already (feeds and callers mostly mean that)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = as_utc(value)
        # SQLite would otherwise store the offset in the text and compare strings with and
        # without it inconsistently; a naive UTC value sorts and compares correctly.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value).__name__}")
        return as_utc(value)


chats = Table(
    "chats",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(32), nullable=False),
    Column("chat_id", String(255), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=True),
    Column("active", Boolean, nullable=False, server_default=true()),
    # The last watch number handed out; numbers come from here so they are never reused.
    Column("watch_seq", Integer, nullable=False, server_default=text("0")),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("platform", "chat_id"),
)

watches = Table(
    "watches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", Integer, ForeignKey("chats.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("rule_text", Text, nullable=False),
    Column("thread_id", String(255), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("muted_until", UTCDateTime, nullable=True),
    UniqueConstraint("chat_id", "number"),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=True),
    Column("added_by", Integer, ForeignKey("chats.id", ondelete="CASCADE"), nullable=True),
    Column("etag", Text, nullable=True),
    Column("last_modified", String(64), nullable=True),
    Column("last_polled_at", UTCDateTime, nullable=True),
    Column("last_status", Integer, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("failures", Integer, nullable=False, server_default=text("0")),
    Column("enabled", Boolean, nullable=False, server_default=true()),
    Column("created_at", UTCDateTime, nullable=False),
    # Adaptive schedule: NULL next_poll_at means due now; poll_interval is the current
    # per-feed interval in seconds, between the configured floor and ceiling.
    Column("next_poll_at", UTCDateTime, nullable=True),
    Column("poll_interval", Integer, nullable=True),
    Column("last_success_at", UTCDateTime, nullable=True),
    Column("last_new_at", UTCDateTime, nullable=True),
    # For servers that send no validators: an unchanged body counts as "not modified".
    Column("content_hash", String(64), nullable=True),
    Column("disabled_at", UTCDateTime, nullable=True),
    # Subscribers are told once that the feed was disabled, even across restarts.
    Column("disabled_notified", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("url"),
    Index("ix_feeds_due", "enabled", "next_poll_at"),
)

chat_feeds = Table(
    "chat_feeds",
    metadata,
    Column(
        "chat_id",
        Integer,
        ForeignKey("chats.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "feed_id",
        Integer,
        ForeignKey("feeds.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "feed_id"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("published", UTCDateTime, nullable=True),
    Column("outlet", String(255), nullable=False, server_default=text("''")),
    # Articles outlive a removed feed: their facts are the figure history.
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL"), nullable=True),
    Column("story_key", Text, nullable=False),
    Column("fetched_at", UTCDateTime, nullable=False),
    # "feed" (the entry's own text) or "page" (extracted from the article page).
    Column("text_source", String(16), nullable=False, server_default=text("'feed'")),
    # The MinHash signature (see bot.stories) that later copies of the story are compared with.
    Column("minhash", LargeBinary, nullable=True),
    # Set once its facts, matches and alerts are stored; NULL means a crash may have cut the
    # work short and a worker must (re)do it (idempotent: the outbox is unique per story).
    Column("processed_at", UTCDateTime, nullable=True),
    UniqueConstraint("key"),
    Index(None, "url"),
    Index(None, "story_key"),
    Index(None, "fetched_at"),
)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("kind", String(16), nullable=False),
    # Columns for querying history; the whole fact is in `payload` (see bot.store.codec).
    Column("entity", String(255), nullable=True),
    Column("measure", String(255), nullable=True),
    Column("category", String(255), nullable=True),
    Column("value", Float, nullable=True),
    Column("value_max", Float, nullable=True),
    Column("claimant", Text, nullable=True),
    Column("stage", String(32), nullable=True),
    Column("modality", String(16), nullable=False),
    Column("whole_force", Boolean, nullable=False, server_default=false()),
    Column("payload", JSON, nullable=False),
    Column("published", UTCDateTime, nullable=True),
    Index(None, "article_id"),
    Index("ix_facts_figure", "entity", "category", "published"),
)

matches = Table(
    "matches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), nullable=False),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("watch_id", "article_id"),
    Index(None, "article_id"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", Integer, ForeignKey("chats.id", ondelete="CASCADE"), nullable=False),
    # Removing a watch drops its unsent alerts: the user no longer wants them.
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), nullable=False),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("story_key", Text, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime, nullable=True),
    Column("platform_message_id", String(255), nullable=True),
    Column("last_error", Text, nullable=True),
    # A sender claims a row ("sending") before posting it; a row left "sending" by a sender
    # that died is in doubt and reconciled with the platform before any resend.
    Column("claim_token", String(64), nullable=True),
    Column("claimed_at", UTCDateTime, nullable=True),
    # The guarantee that one story reaches one chat once per watch, even under races.
    UniqueConstraint("chat_id", "watch_id", "story_key"),
    Index("ix_outbox_due", "status", "next_attempt_at"),
    Index(None, "watch_id"),
    Index(None, "article_id"),
)

# Locality-sensitive hashing bands of article MinHash signatures: two articles sharing a band
# are candidate copies of one story, found by an indexed lookup instead of a scan.
story_bands = Table(
    "story_bands",
    metadata,
    Column("band", String(64), primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Index(None, "article_id"),
)

# A chat's delivery preferences (bot.digest): one row per chat that set any, absent = defaults.
# Local times are kept as "HH:MM" text: they mean a wall-clock hour in `timezone`, not an instant.
chat_preferences = Table(
    "chat_preferences",
    metadata,
    Column("chat_id", Integer, ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True),
    Column("timezone", String(64), nullable=False, server_default=text("'UTC'")),
    Column("digest_at", String(5), nullable=True),
    Column("quiet_start", String(5), nullable=True),
    Column("quiet_end", String(5), nullable=True),
    Column("muted_until", UTCDateTime, nullable=True),
    Column("released_at", UTCDateTime, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
)
