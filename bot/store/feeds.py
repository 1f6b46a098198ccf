"""Feeds: operator-added (trusted, `added_by` NULL, apply to every chat) and chat-added ones
(apply to the chats subscribed through `chat_feeds`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import StoreError
from bot.store.base import CHAT_COLUMNS, StoreBase, chat_from_row
from bot.store.records import ChatKey, ChatRecord, FeedRecord
from bot.store.tables import chat_feeds, chats, feeds

FEED_COLUMNS = (
    feeds.c.id,
    feeds.c.url,
    feeds.c.title,
    feeds.c.added_by,
    feeds.c.etag,
    feeds.c.last_modified,
    feeds.c.last_polled_at,
    feeds.c.last_status,
    feeds.c.last_error,
    feeds.c.failures,
    feeds.c.enabled,
    feeds.c.next_poll_at,
    feeds.c.poll_interval,
    feeds.c.last_success_at,
    feeds.c.last_new_at,
    feeds.c.content_hash,
    feeds.c.disabled_at,
    feeds.c.disabled_notified,
)


def _feed_from_row(m: RowMapping) -> FeedRecord:
    return FeedRecord(
        id=m["id"],
        url=m["url"],
        title=m["title"],
        added_by=m["added_by"],
        etag=m["etag"],
        last_modified=m["last_modified"],
        last_polled_at=m["last_polled_at"],
        last_status=m["last_status"],
        last_error=m["last_error"],
        failures=m["failures"],
        enabled=bool(m["enabled"]),
        next_poll_at=m["next_poll_at"],
        poll_interval=None if m["poll_interval"] is None else float(m["poll_interval"]),
        last_success_at=m["last_success_at"],
        last_new_at=m["last_new_at"],
        content_hash=m["content_hash"],
        disabled_at=m["disabled_at"],
        disabled_notified=bool(m["disabled_notified"]),
    )


class FeedsMixin(StoreBase):
    async def add_feed(
        self, url: str, *, title: str | None = None, added_by: ChatKey | None = None
    ) -> tuple[FeedRecord, bool]:
        """Idempotent on `url`; `created` tells whether the feed row is new.

        A chat adding a feed is subscribed to it (a `chat_feeds` row) whether or not the feed
        existed. The operator adding a feed some chat added first makes it an operator feed.
        """
        async with self._write() as conn:
            chat_row_id = None if added_by is None else await self._ensure_chat(conn, added_by)
            now = self._now()
            created_id = await conn.scalar(
                self._upsert(feeds)
                .values(url=url, title=title, added_by=chat_row_id, created_at=now)
                .on_conflict_do_nothing(index_elements=[feeds.c.url])
                .returning(feeds.c.id)
            )
            feed = await self._feed_by_url(conn, url)
            if created_id is None:
                changes: dict[str, Any] = {}
                if title is not None and feed.title is None:
                    changes["title"] = title
                if added_by is None and feed.added_by is not None:
                    changes["added_by"] = None
                if changes:
                    await conn.execute(update(feeds).where(feeds.c.id == feed.id).values(**changes))
                    feed = await self._feed_by_url(conn, url)
            if chat_row_id is not None:
                await self._subscribe(conn, chat_row_id, feed.id)
        return feed, created_id is not None

    async def list_feeds(self, *, chat: ChatKey | None = None) -> list[FeedRecord]:
        """All feeds, or (chat given) the operator feeds plus those the chat subscribed to."""
        stmt = select(*FEED_COLUMNS).order_by(feeds.c.id)
        async with self._read() as conn:
            if chat is not None:
                chat_row_id = await self._chat_row_id(conn, chat)
                subscribed = (
                    select(chat_feeds.c.feed_id)
                    .where(chat_feeds.c.chat_id == chat_row_id)
                    .scalar_subquery()
                )
                stmt = stmt.where(or_(feeds.c.added_by.is_(None), feeds.c.id.in_(subscribed)))
            rows = (await conn.execute(stmt)).all()
        return [_feed_from_row(r._mapping) for r in rows]

    async def get_feed(self, feed_id: int) -> FeedRecord | None:
        async with self._read() as conn:
            return await self._feed_by_id(conn, feed_id)

    async def remove_feed(self, feed_id: int, *, chat: ChatKey | None = None) -> bool:
        """Without `chat`: delete the feed outright. With `chat`: unsubscribe that chat, and
        delete a chat-added feed nobody is subscribed to any more. True when something was
        removed; a chat cannot remove an operator feed it never subscribed to."""
        async with self._write() as conn:
            if chat is None:
                result = await conn.execute(feeds.delete().where(feeds.c.id == feed_id))
                return result.rowcount > 0
            chat_row_id = await self._chat_row_id(conn, chat)
            if chat_row_id is None:
                return False
            result = await conn.execute(
                chat_feeds.delete().where(
                    chat_feeds.c.chat_id == chat_row_id, chat_feeds.c.feed_id == feed_id
                )
            )
            if result.rowcount == 0:
                return False
            still_used = exists().where(chat_feeds.c.feed_id == feed_id)
            await conn.execute(
                feeds.delete().where(
                    feeds.c.id == feed_id, feeds.c.added_by.is_not(None), ~still_used
                )
            )
        return True

    async def due_feeds(
        self, now: datetime | None = None, *, limit: int | None = None
    ) -> list[FeedRecord]:
        """Enabled feeds whose next poll time has come (never-scheduled ones first), then the
        longest-unpolled first."""
        when = self._now() if now is None else now
        stmt = (
            select(*FEED_COLUMNS)
            .where(
                feeds.c.enabled.is_(True),
                or_(feeds.c.next_poll_at.is_(None), feeds.c.next_poll_at <= when),
            )
            .order_by(
                feeds.c.next_poll_at.asc().nulls_first(),
                feeds.c.last_polled_at.asc().nulls_first(),
                feeds.c.id,
            )
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_feed_from_row(r._mapping) for r in rows]

    async def record_fetch(
        self,
        feed_id: int,
        *,
        status: int | None,
        etag: str | None,
        last_modified: str | None,
        error: str | None,
        url: str | None = None,
        next_poll_at: datetime | None = None,
        poll_interval: float | None = None,
        content_hash: str | None = None,
        new_items: bool = False,
        disable_after: int | None = None,
    ) -> FeedRecord:
        """Record one poll. Success (error None) resets `failures`; an error increments it,
        and the `disable_after`-th error in a row disables the feed (its subscribers are then
        due a notice: see `feeds_to_announce`).

        A None `etag` / `last_modified` / `content_hash` keeps the stored value: a 304 or a
        failed fetch says nothing new about it. `url` (a permanent redirect) replaces the
        stored URL; when another feed already has that URL the two are merged: subscribers
        move over, and this feed is disabled with `last_error` saying where it went.
        """
        async with self._write() as conn:
            feed = await self._feed_by_id(conn, feed_id)
            if feed is None:
                raise StoreError(f"no feed with id {feed_id}")
            now = self._now()
            values: dict[str, Any] = {
                "last_polled_at": now,
                "last_status": status,
                "last_error": error,
                "failures": 0 if error is None else feeds.c.failures + 1,
            }
            if error is None:
                values["last_success_at"] = now
            elif disable_after is not None and feed.failures + 1 >= disable_after:
                values.update(enabled=False, disabled_at=now, disabled_notified=False)
            if new_items:
                values["last_new_at"] = now
            if next_poll_at is not None:
                values["next_poll_at"] = next_poll_at
            if poll_interval is not None:
                values["poll_interval"] = round(poll_interval)
            for name, value in (
                ("etag", etag), ("last_modified", last_modified), ("content_hash", content_hash)
            ):
                if value is not None:
                    values[name] = value
            if url is not None and url != feed.url:
                other = await self._feed_by_url_or_none(conn, url)
                if other is None:
                    values["url"] = url
                else:
                    await self._merge_into(conn, feed, other)
                    values["enabled"] = False
                    values["last_error"] = f"moved to {url}, which is feed #{other.id}"
            await conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))
            updated = await self._feed_by_id(conn, feed_id)
        if updated is None:
            raise StoreError(f"feed {feed_id} vanished while recording a fetch")
        return updated

    async def set_feed_enabled(self, feed_id: int, enabled: bool) -> None:
        """Re-enabling also clears the failure count and schedule so the feed starts afresh."""
        values: dict[str, Any] = {"enabled": enabled}
        if enabled:
            values.update(
                failures=0, disabled_at=None, disabled_notified=False, next_poll_at=None
            )
        async with self._write() as conn:
            result = await conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))
            if result.rowcount == 0:
                raise StoreError(f"no feed with id {feed_id}")

    async def feeds_to_announce(self) -> list[FeedRecord]:
        """Feeds disabled for failing whose subscribers have not been told yet."""
        stmt = (
            select(*FEED_COLUMNS)
            .where(
                feeds.c.enabled.is_(False),
                feeds.c.disabled_at.is_not(None),
                feeds.c.disabled_notified.is_(False),
            )
            .order_by(feeds.c.id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_feed_from_row(r._mapping) for r in rows]

    async def mark_feed_announced(self, feed_id: int) -> bool:
        """True for the one caller that flips the flag: two pollers never both announce."""
        async with self._write() as conn:
            result = await conn.execute(
                update(feeds)
                .where(feeds.c.id == feed_id, feeds.c.disabled_notified.is_(False))
                .values(disabled_notified=True)
            )
        return result.rowcount > 0

    async def feed_subscribers(self, feed_id: int) -> list[ChatRecord]:
        """Active chats whose watches apply to the feed: every active chat for an operator
        feed, the subscribed ones for a chat-added feed; [] for an unknown feed."""
        async with self._read() as conn:
            feed = await self._feed_by_id(conn, feed_id)
            if feed is None:
                return []
            stmt = select(*CHAT_COLUMNS).where(chats.c.active.is_(True)).order_by(chats.c.id)
            if feed.added_by is not None:
                stmt = stmt.join(chat_feeds, chat_feeds.c.chat_id == chats.c.id).where(
                    chat_feeds.c.feed_id == feed_id
                )
            rows = (await conn.execute(stmt)).all()
        return [chat_from_row(r._mapping) for r in rows]

    async def _subscribe(self, conn: AsyncConnection, chat_row_id: int, feed_id: int) -> None:
        await conn.execute(
            self._upsert(chat_feeds)
            .values(chat_id=chat_row_id, feed_id=feed_id, created_at=self._now())
            .on_conflict_do_nothing(index_elements=[chat_feeds.c.chat_id, chat_feeds.c.feed_id])
        )

    async def _merge_into(self, conn: AsyncConnection, feed: FeedRecord, other: FeedRecord) -> None:
        subscribers = (
            await conn.scalars(select(chat_feeds.c.chat_id).where(chat_feeds.c.feed_id == feed.id))
        ).all()
        for chat_row_id in subscribers:
            await self._subscribe(conn, chat_row_id, other.id)
        if feed.added_by is None and other.added_by is not None:
            await conn.execute(update(feeds).where(feeds.c.id == other.id).values(added_by=None))

    async def _feed_by_id(self, conn: AsyncConnection, feed_id: int) -> FeedRecord | None:
        row = (await conn.execute(select(*FEED_COLUMNS).where(feeds.c.id == feed_id))).first()
        return None if row is None else _feed_from_row(row._mapping)

    async def _feed_by_url_or_none(self, conn: AsyncConnection, url: str) -> FeedRecord | None:
        row = (await conn.execute(select(*FEED_COLUMNS).where(feeds.c.url == url))).first()
        return None if row is None else _feed_from_row(row._mapping)

    async def _feed_by_url(self, conn: AsyncConnection, url: str) -> FeedRecord:
        feed = await self._feed_by_url_or_none(conn, url)
        if feed is None:
            raise StoreError(f"feed {url} vanished while being added")
        return feed
