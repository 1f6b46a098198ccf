"""What the repository hands out: frozen values, never ORM rows or live database objects.

Callers (service, command core, delivery) keep these as long as they like without holding a
session open, and tests can build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.models import Article

ChatKey = tuple[str, str]
"""(platform, chat_id) as the platform spells them: ("telegram", "12345"), ("console", "demo")."""

CHAT_KINDS = frozenset({"private", "group", "channel"})

FACT_MENTION = "mention"
FACT_QUANTITY = "quantity"
FACT_EVENT = "event"

OUTBOX_PENDING = "pending"
OUTBOX_SENT = "sent"
OUTBOX_DEAD = "dead"


@dataclass(frozen=True, slots=True)
class ChatRecord:
    id: int
    platform: str
    chat_id: str
    kind: str
    title: str | None
    active: bool

    @property
    def key(self) -> ChatKey:
        return (self.platform, self.chat_id)


@dataclass(frozen=True, slots=True)
class WatchRecord:
    id: int
    chat: ChatRecord
    number: int
    rule_text: str
    thread_id: str | None
    created_at: datetime
    muted_until: datetime | None


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """`added_by` is the adding chat's row id; None means the operator added it (trusted)."""

    id: int
    url: str
    title: str | None
    added_by: int | None
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    last_status: int | None
    last_error: str | None
    failures: int
    enabled: bool
    next_poll_at: datetime | None = None
    # Seconds between polls as the adaptive schedule last set it; None before the first poll.
    poll_interval: float | None = None
    last_success_at: datetime | None = None
    last_new_at: datetime | None = None
    content_hash: str | None = None
    disabled_at: datetime | None = None
    disabled_notified: bool = False


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """An earlier article sharing an LSH band with a new one: maybe the same story."""

    article_id: int
    story_key: str
    outlet: str
    minhash: bytes


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    feed_id: int | None
    story_key: str
    article: Article


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One earlier figure for the same entity and measure category, for "change since"."""

    value: float
    value_max: float | None
    claimant: str | None
    published: datetime
    article_id: int


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    id: int
    chat: ChatRecord
    watch_id: int
    watch_number: int
    thread_id: str | None
    article_id: int
    story_key: str
    payload: dict[str, Any]
    status: str
    attempts: int
    next_attempt_at: datetime
    platform_message_id: str | None
    last_error: str | None
    created_at: datetime | None = None
    # When a sender claimed it ("sending"); the window a platform lookup searches.
    claimed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WatchStats:
    """How busy a watch has been: its newest alert and how many it produced lately."""

    last_alert: datetime | None
    recent: int
