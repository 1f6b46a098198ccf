"""Articles, the facts extracted from them, and which watch already matched which article."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import StoreError
from bot.models import Article, Event, Facts, Mention, Modality, Quantity
from bot.store.base import StoreBase
from bot.store.codec import all_facts, fact_to_json
from bot.store.records import (
    FACT_EVENT,
    FACT_MENTION,
    FACT_QUANTITY,
    OUTBOX_PENDING,
    FigurePoint,
    StoredArticle,
    StoryCandidate,
)
from bot.store.tables import articles, as_utc, facts, matches, outbox, story_bands
from bot.stories import bands, from_bytes

# Keeps IN (...) lists well under SQLite's bound-parameter limit.
_IN_CHUNK = 500

ARTICLE_COLUMNS = (
    articles.c.id,
    articles.c.key,
    articles.c.url,
    articles.c.title,
    articles.c.text,
    articles.c.published,
    articles.c.outlet,
    articles.c.feed_id,
    articles.c.story_key,
)


def _band_keys(minhash: bytes | None) -> list[str]:
    sig = None if minhash is None else from_bytes(minhash)
    return [] if sig is None else bands(sig)


def _stored_from_row(m: RowMapping) -> StoredArticle:
    return StoredArticle(
        id=m["id"],
        feed_id=m["feed_id"],
        story_key=m["story_key"],
        article=Article(
            id=m["key"],
            url=m["url"],
            title=m["title"],
            text=m["text"],
            published=m["published"],
            outlet=m["outlet"],
        ),
    )


def _fact_row(fact: Mention | Quantity | Event) -> dict[str, Any]:
    """The queryable columns of one fact; the full fact goes to `payload`."""
    row: dict[str, Any] = {
        "entity": None,
        "measure": None,
        "category": None,
        "value": None,
        "value_max": None,
        "claimant": None,
        "stage": None,
        "modality": Modality.REPORTED.value,
        "whole_force": False,
        "payload": fact_to_json(fact),
    }
    if isinstance(fact, Mention):
        row.update(kind=FACT_MENTION, entity=fact.entity)
    elif isinstance(fact, Quantity):
        row.update(
            kind=FACT_QUANTITY,
            entity=fact.actor,
            measure=fact.measure,
            category=fact.category,
            value=fact.value,
            value_max=fact.value_max,
            claimant=None if fact.claimant is None else fact.claimant.name,
            modality=fact.modality.value,
            whole_force=fact.whole_force,
        )
    else:
        row.update(
            kind=FACT_EVENT,
            measure=fact.type,
            stage=fact.stage.value,
            claimant=None if fact.claimant is None else fact.claimant.name,
            modality=fact.modality.value,
        )
    return row


class ArticlesMixin(StoreBase):
    async def add_articles(
        self,
        feed_id: int | None,
        items: Sequence[Article],
        *,
        story_keys: Sequence[str] | None = None,
        minhashes: Sequence[bytes | None] | None = None,
        text_sources: Sequence[str] | None = None,
    ) -> list[StoredArticle]:
        """Insert the articles not seen before and return those, in input order.

        Seen means the same key (Article.id: guid, else URL) or the same URL, in the database
        or earlier in this batch. `story_keys`, `minhashes` (bot.stories signatures, whose LSH
        bands are indexed for `story_candidates`) and `text_sources` ("feed" or "page") run
        parallel to `items`; an article's story key defaults to its own id.
        """
        for name, seq in (
            ("story_keys", story_keys), ("minhashes", minhashes), ("text_sources", text_sources)
        ):
            if seq is not None and len(seq) != len(items):
                raise StoreError(f"{name} has {len(seq)} entries for {len(items)} articles")
        keys = list(story_keys) if story_keys is not None else [a.id for a in items]
        sigs = list(minhashes) if minhashes is not None else [None] * len(items)
        sources = list(text_sources) if text_sources is not None else ["feed"] * len(items)
        stored: list[StoredArticle] = []
        async with self._write() as conn:
            seen_keys, seen_urls = await self._known(conn, items)
            fetched_at = self._now()
            for article, story_key, sig, source in zip(items, keys, sigs, sources, strict=True):
                if article.id in seen_keys or article.url in seen_urls:
                    continue
                seen_keys.add(article.id)
                seen_urls.add(article.url)
                # ON CONFLICT covers a concurrent poller inserting the same key meanwhile.
                new_id = await conn.scalar(
                    self._upsert(articles)
                    .values(
                        key=article.id,
                        url=article.url,
                        title=article.title,
                        text=article.text,
                        published=article.published,
                        outlet=article.outlet,
                        feed_id=feed_id,
                        story_key=story_key,
                        fetched_at=fetched_at,
                        text_source=source,
                        minhash=sig,
                    )
                    .on_conflict_do_nothing(index_elements=[articles.c.key])
                    .returning(articles.c.id)
                )
                if new_id is None:
                    continue
                band_keys = _band_keys(sig)
                if band_keys:
                    await conn.execute(
                        story_bands.insert(),
                        [{"band": b, "article_id": new_id} for b in band_keys],
                    )
                published = None if article.published is None else as_utc(article.published)
                stored.append(
                    StoredArticle(
                        id=new_id,
                        feed_id=feed_id,
                        story_key=story_key,
                        article=Article(
                            id=article.id,
                            url=article.url,
                            title=article.title,
                            text=article.text,
                            published=published,
                            outlet=article.outlet,
                        ),
                    )
                )
        return stored

    async def unseen_articles(self, items: Sequence[Article]) -> list[Article]:
        """The items `add_articles` would store now: not known by key or URL, first of their
        key in the batch. Lets the poller spend page fetches and hashing on new items only."""
        async with self._read() as conn:
            seen_keys, seen_urls = await self._known(conn, items)
        fresh: list[Article] = []
        for article in items:
            if article.id in seen_keys or article.url in seen_urls:
                continue
            seen_keys.add(article.id)
            seen_urls.add(article.url)
            fresh.append(article)
        return fresh

    async def story_candidates(
        self, band_keys: Sequence[str], *, since: datetime
    ) -> list[StoryCandidate]:
        """Articles fetched at or after `since` that share an LSH band with the given keys."""
        if not band_keys:
            return []
        ids = select(story_bands.c.article_id).where(story_bands.c.band.in_(list(band_keys)))
        stmt = (
            select(articles.c.id, articles.c.story_key, articles.c.outlet, articles.c.minhash)
            .where(
                articles.c.id.in_(ids),
                articles.c.fetched_at >= since,
                articles.c.minhash.is_not(None),
            )
            .order_by(articles.c.id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [
            StoryCandidate(
                article_id=r.id, story_key=r.story_key, outlet=r.outlet, minhash=bytes(r.minhash)
            )
            for r in rows
        ]

    async def story_outlets(self, story_key: str) -> list[str]:
        """The distinct outlets that carried a story, in the order they were first stored."""
        stmt = (
            select(articles.c.outlet, func.min(articles.c.id).label("first"))
            .where(articles.c.story_key == story_key, articles.c.outlet != "")
            .group_by(articles.c.outlet)
            .order_by("first")
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [r.outlet for r in rows]

    async def prune_story_bands(self, before: datetime) -> int:
        """Drop the band index of articles fetched before `before`: stories older than the
        matching window are never joined again, so their bands are dead weight."""
        old = select(articles.c.id).where(articles.c.fetched_at < before)
        async with self._write() as conn:
            result = await conn.execute(
                story_bands.delete().where(story_bands.c.article_id.in_(old))
            )
        return result.rowcount

    async def pending_story_alert(
        self, chat_id: int, watch_id: int, story_key: str
    ) -> tuple[int, dict[str, Any]] | None:
        """(outbox id, payload) of the story's alert for this watch while still unsent."""
        stmt = select(outbox.c.id, outbox.c.payload).where(
            outbox.c.chat_id == chat_id,
            outbox.c.watch_id == watch_id,
            outbox.c.story_key == story_key,
            outbox.c.status == OUTBOX_PENDING,
        )
        async with self._read() as conn:
            row = (await conn.execute(stmt)).first()
        return None if row is None else (row.id, dict(row.payload))

    async def replace_pending_payload(self, outbox_id: int, payload: dict[str, Any]) -> bool:
        """False when the alert went out meanwhile: a sent message is never rewritten here."""
        async with self._write() as conn:
            result = await conn.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.status == OUTBOX_PENDING)
                .values(payload=payload)
            )
        return result.rowcount > 0

    async def save_facts(self, article_id: int, facts_: Facts, published: datetime | None) -> None:
        """Replace the article's facts with these, one row each.

        Facts are dated `published`, else the article's publication, else when it was
        fetched, so figure history always has a date to order by.
        """
        async with self._write() as conn:
            row = (
                await conn.execute(
                    select(articles.c.published, articles.c.fetched_at).where(
                        articles.c.id == article_id
                    )
                )
            ).first()
            if row is None:
                raise StoreError(f"no article with id {article_id}")
            when = published if published is not None else (row.published or row.fetched_at)
            await conn.execute(facts.delete().where(facts.c.article_id == article_id))
            rows = [
                {**_fact_row(f), "article_id": article_id, "published": when}
                for f in all_facts(facts_)
            ]
            if rows:
                await conn.execute(facts.insert(), rows)

    async def figure_history(
        self,
        entity: str,
        category: str,
        *,
        before: datetime | None = None,
        limit: int = 20,
    ) -> list[FigurePoint]:
        """Earlier reported figures for `entity` (the quantity's actor) in `category`,
        newest first. Vague figures (no value), background mentions and whole-army sizes
        are left out: none of them is a figure to compare a new one with."""
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
                facts.c.entity == entity,
                facts.c.category == category,
                facts.c.value.is_not(None),
                facts.c.modality != Modality.BACKGROUND.value,
                facts.c.whole_force.is_(False),
            )
            .order_by(facts.c.published.desc(), facts.c.id.desc())
            .limit(limit)
        )
        if before is not None:
            stmt = stmt.where(facts.c.published < before)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [
            FigurePoint(
                value=r.value,
                value_max=r.value_max,
                claimant=r.claimant,
                published=r.published,
                article_id=r.article_id,
            )
            for r in rows
        ]

    async def articles_since(self, since: datetime) -> list[StoredArticle]:
        """Articles published (or, undated, fetched) at or after `since`, oldest first."""
        when = func.coalesce(articles.c.published, articles.c.fetched_at)
        stmt = select(*ARTICLE_COLUMNS).where(when >= since).order_by(when, articles.c.id)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_stored_from_row(r._mapping) for r in rows]

    async def record_match(self, watch_id: int, article_id: int) -> bool:
        """True the first time this watch matches this article, False ever after."""
        async with self._write() as conn:
            new_id = await conn.scalar(
                self._upsert(matches)
                .values(watch_id=watch_id, article_id=article_id, created_at=self._now())
                .on_conflict_do_nothing(index_elements=[matches.c.watch_id, matches.c.article_id])
                .returning(matches.c.id)
            )
        return new_id is not None

    async def _known(
        self, conn: AsyncConnection, items: Sequence[Article]
    ) -> tuple[set[str], set[str]]:
        keys = sorted({a.id for a in items})
        urls = sorted({a.url for a in items})
        seen_keys: set[str] = set()
        seen_urls: set[str] = set()
        for i in range(0, len(keys), _IN_CHUNK):
            chunk = keys[i : i + _IN_CHUNK]
            seen_keys.update(
                (await conn.scalars(select(articles.c.key).where(articles.c.key.in_(chunk)))).all()
            )
        for i in range(0, len(urls), _IN_CHUNK):
            chunk = urls[i : i + _IN_CHUNK]
            seen_urls.update(
                (await conn.scalars(select(articles.c.url).where(articles.c.url.in_(chunk)))).all()
            )
        return seen_keys, seen_urls
