"""`Store`: the one door to the database for the service, the command core and delivery.

Each method is one short transaction and returns frozen records (bot.store.records). The
methods live in per-topic mixins (chats, feeds, articles, outbox, preferences, history) to
keep modules small; this class only assembles them and owns the engine's lifetime.
"""

from __future__ import annotations

from bot.store.articles import ArticlesMixin
from bot.store.base import Clock, utc_now
from bot.store.chats import ChatsMixin
from bot.store.engine import make_engine
from bot.store.feeds import FeedsMixin
from bot.store.history import HistoryMixin
from bot.store.migrate import upgrade
from bot.store.outbox import OutboxMixin
from bot.store.preferences import PreferencesMixin
from bot.store.processing import ProcessingMixin


class Store(ChatsMixin, FeedsMixin, ArticlesMixin, OutboxMixin, PreferencesMixin, HistoryMixin,
            ProcessingMixin):
    @classmethod
    async def open(cls, url: str, *, migrate: bool = True, clock: Clock = utc_now) -> Store:
        """Connect to `url`, first bringing the schema up to date unless `migrate` is False.

        `clock` supplies "now" for timestamps the store sets itself (created_at, fetch and
        enqueue times); tests pass a fake one. It must return aware datetimes.
        """
        if migrate:
            await upgrade(url)
        return cls(make_engine(url), clock=clock)

    async def close(self) -> None:
        await self._engine.dispose()
