"""Which stored articles still need their facts, matches and alerts.

An article is stored first and processed after (often by another worker process); a crash in
between must not lose it. `processed_at` stays NULL until processing finished, so a restarted
task or the scheduler's sweep finds the leftovers and processes them again, which is safe
because processing is idempotent (facts are replaced, the outbox is unique per story).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update

from bot.models import Article
from bot.store.base import StoreBase
from bot.store.records import StoredArticle
from bot.store.tables import articles

_IN_CHUNK = 500


class ProcessingMixin(StoreBase):
    async def mark_processed(self, article_ids: Sequence[int]) -> int:
        """Mark the articles done; returns how many were still open."""
        done = 0
        ids = sorted(set(article_ids))
        async with self._write() as conn:
            for i in range(0, len(ids), _IN_CHUNK):
                result = await conn.execute(
                    update(articles)
                    .where(articles.c.id.in_(ids[i : i + _IN_CHUNK]),
                           articles.c.processed_at.is_(None))
                    .values(processed_at=self._now())
                )
                done += result.rowcount
        return done

    async def unprocessed_article_ids(
        self, *, feed_id: int | None = None, fetched_before: datetime | None = None,
        limit: int = 1000,
    ) -> list[tuple[int | None, int]]:
        """(feed id, article id) of articles not processed yet, oldest first; only those
        fetched before `fetched_before` when given (younger ones may still be in hand)."""
        stmt = (
            select(articles.c.feed_id, articles.c.id)
            .where(articles.c.processed_at.is_(None))
            .order_by(articles.c.id)
            .limit(limit)
        )
        if feed_id is not None:
            stmt = stmt.where(articles.c.feed_id == feed_id)
        if fetched_before is not None:
            stmt = stmt.where(articles.c.fetched_at < fetched_before)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [(r[0], r[1]) for r in rows]

    async def get_articles(self, article_ids: Sequence[int], *,
                           unprocessed_only: bool = False) -> list[StoredArticle]:
        """The stored articles with these ids, in id order (missing ids are skipped)."""
        ids = sorted(set(article_ids))
        out: list[StoredArticle] = []
        async with self._read() as conn:
            for i in range(0, len(ids), _IN_CHUNK):
                stmt = select(
                    articles.c.id, articles.c.feed_id, articles.c.story_key, articles.c.key,
                    articles.c.url, articles.c.title, articles.c.text, articles.c.published,
                    articles.c.outlet,
                ).where(articles.c.id.in_(ids[i : i + _IN_CHUNK])).order_by(articles.c.id)
                if unprocessed_only:
                    stmt = stmt.where(articles.c.processed_at.is_(None))
                for r in (await conn.execute(stmt)).all():
                    out.append(StoredArticle(
                        id=r.id, feed_id=r.feed_id, story_key=r.story_key,
                        article=Article(id=r.key, url=r.url, title=r.title, text=r.text,
                                        published=r.published, outlet=r.outlet),
                    ))
        return out
