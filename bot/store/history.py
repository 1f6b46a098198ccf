"""Looking back: stored articles with their facts (for backtests), every reported value of a
figure (for trend charts), and how busy each watch has been (for /watches)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select

from bot.models import Facts, Modality
from bot.store.articles import ARTICLE_COLUMNS, _stored_from_row
from bot.store.base import StoreBase
from bot.store.codec import facts_from_json
from bot.store.records import (
    FACT_QUANTITY,
    OUTBOX_DEAD,
    ChatKey,
    FigurePoint,
    StoredArticle,
    WatchStats,
)
from bot.store.tables import articles, as_utc, chats, facts, outbox, watches

_IN_CHUNK = 500
RECENT = timedelta(days=7)


class HistoryMixin(StoreBase):
    async def articles_with_facts(
        self, since: datetime, *, until: datetime | None = None
    ) -> list[tuple[StoredArticle, Facts]]:
        """Articles published (or, undated, fetched) in [since, until), oldest first, each
        with the facts extracted when it was stored; an article never extracted has none."""
        when = func.coalesce(articles.c.published, articles.c.fetched_at)
        stmt = select(*ARTICLE_COLUMNS).where(when >= since).order_by(when, articles.c.id)
        if until is not None:
            stmt = stmt.where(when < until)
        payloads: dict[int, list[Any]] = defaultdict(list)
        async with self._read() as conn:
            stored = [_stored_from_row(r._mapping) for r in (await conn.execute(stmt)).all()]
            ids = [s.id for s in stored]
            for i in range(0, len(ids), _IN_CHUNK):
                rows = await conn.execute(
                    select(facts.c.article_id, facts.c.payload)
                    .where(facts.c.article_id.in_(ids[i : i + _IN_CHUNK]))
                    .order_by(facts.c.id)
                )
                for article_id, payload in rows:
                    payloads[article_id].append(payload)
        return [(s, facts_from_json(payloads.get(s.id, []))) for s in stored]

    async def figure_series(self, entity: str | None, category: str) -> list[FigurePoint]:
        """Every value reported as news for `entity` (any actor when None) in `category`,
        oldest first. Vague figures, plans, background and whole-army sizes are left out:
        none of them is a reading of the figure."""
        stmt = (
            select(
                facts.c.value,
                facts.c.value_max,
                facts.c.claimant,
                facts.c.published,
                facts.c.article_id,
            )
            .where(
                facts.c.kind == FACT_QUANTITY,
                facts.c.category == category,
                facts.c.value.is_not(None),
                facts.c.published.is_not(None),
                facts.c.modality == Modality.REPORTED.value,
                facts.c.whole_force.is_(False),
            )
            .order_by(facts.c.published, facts.c.id)
        )
        if entity is not None:
            stmt = stmt.where(facts.c.entity == entity)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [
            FigurePoint(value=r.value, value_max=r.value_max, claimant=r.claimant,
                        published=r.published, article_id=r.article_id)
            for r in rows
        ]

    async def watch_stats(self, key: ChatKey, *, now: datetime) -> dict[int, WatchStats]:
        """Per watch number of the chat: its newest alert and the alerts of the last 7 days
        (queued or sent; given-up ones do not count)."""
        platform, chat_id = key
        recent = func.sum(case((outbox.c.created_at >= now - RECENT, 1), else_=0))
        stmt = (
            select(watches.c.number, func.max(outbox.c.created_at), recent)
            .join(chats, chats.c.id == watches.c.chat_id)
            .join(outbox, outbox.c.watch_id == watches.c.id)
            .where(
                chats.c.platform == platform,
                chats.c.chat_id == chat_id,
                outbox.c.status != OUTBOX_DEAD,
            )
            .group_by(watches.c.number)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        out: dict[int, WatchStats] = {}
        for number, last, count in rows:
            out[number] = WatchStats(last_alert=_aware(last), recent=int(count or 0))
        return out


def _aware(value: datetime | None) -> datetime | None:
    # An aggregate loses the column type, so SQLite hands back text or a naive value.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return as_utc(value)
