"""Tripwire's storage: SQLAlchemy Core on SQLite (default) or PostgreSQL, Alembic migrations."""

from bot.store.migrate import upgrade
from bot.store.records import (
    ChatKey,
    ChatRecord,
    FeedRecord,
    FigurePoint,
    OutboxRecord,
    StoredArticle,
    WatchRecord,
)
from bot.store.repository import Store

__all__ = [
    "ChatKey",
    "ChatRecord",
    "FeedRecord",
    "FigurePoint",
    "OutboxRecord",
    "Store",
    "StoredArticle",
    "WatchRecord",
    "upgrade",
]
