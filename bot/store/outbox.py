"""The outbox: alerts waiting to be delivered, retried, or given up on.

A row moves pending → sent or pending → dead; `mark_retry` keeps it pending with a later
`next_attempt_at`. UNIQUE(chat, watch, story_key) plus INSERT ... ON CONFLICT DO NOTHING makes
enqueueing idempotent even when two pollers race on the same story.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import StoreError
from bot.store.base import StoreBase, chat_from_row, labelled_chat_columns
from bot.store.records import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT, OutboxRecord
from bot.store.tables import chats, outbox, watches


def _outbox_from_row(m: RowMapping) -> OutboxRecord:
    return OutboxRecord(
        id=m["id"],
        chat=chat_from_row(m, "chat_"),
        watch_id=m["watch_id"],
        watch_number=m["watch_number"],
        thread_id=m["thread_id"],
        article_id=m["article_id"],
        story_key=m["story_key"],
        payload=dict(m["payload"]),
        status=m["status"],
        attempts=m["attempts"],
        next_attempt_at=m["next_attempt_at"],
        platform_message_id=m["platform_message_id"],
        last_error=m["last_error"],
    )


class OutboxMixin(StoreBase):
    async def enqueue_alert(
        self,
        *,
        chat_id: int,
        watch_id: int,
        article_id: int,
        story_key: str,
        payload: dict[str, Any],
    ) -> int | None:
        """Queue an alert, due now. `chat_id` is the chat's row id (ChatRecord.id). Returns
        the outbox id, or None when this chat already has this story for this watch."""
        now = self._now()
        stmt = (
            self._upsert(outbox)
            .values(
                chat_id=chat_id,
                watch_id=watch_id,
                article_id=article_id,
                story_key=story_key,
                payload=payload,
                status=OUTBOX_PENDING,
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
            .on_conflict_do_nothing(
                index_elements=[outbox.c.chat_id, outbox.c.watch_id, outbox.c.story_key]
            )
            .returning(outbox.c.id)
        )
        async with self._write() as conn:
            new_id: int | None = await conn.scalar(stmt)
        return new_id

    async def due_alerts(
        self, platform: str, *, now: datetime, limit: int = 100
    ) -> list[OutboxRecord]:
        """Pending alerts for active chats on `platform` whose time has come, oldest first.

        A muted watch's alerts wait in the outbox until the mute ends: nothing is dropped."""
        stmt = (
            select(
                outbox.c.id,
                outbox.c.watch_id,
                watches.c.number.label("watch_number"),
                watches.c.thread_id,
                outbox.c.article_id,
                outbox.c.story_key,
                outbox.c.payload,
                outbox.c.status,
                outbox.c.attempts,
                outbox.c.next_attempt_at,
                outbox.c.platform_message_id,
                outbox.c.last_error,
                *labelled_chat_columns("chat_"),
            )
            .join(chats, chats.c.id == outbox.c.chat_id)
            .join(watches, watches.c.id == outbox.c.watch_id)
            .where(
                outbox.c.status == OUTBOX_PENDING,
                outbox.c.next_attempt_at <= now,
                chats.c.platform == platform,
                chats.c.active.is_(True),
                or_(watches.c.muted_until.is_(None), watches.c.muted_until <= now),
            )
            .order_by(outbox.c.created_at, outbox.c.id)
            .limit(limit)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_outbox_from_row(r._mapping) for r in rows]

    async def mark_sent(
        self, outbox_id: int, *, platform_message_id: str | None, now: datetime
    ) -> None:
        await self._transition(
            outbox_id,
            status=OUTBOX_SENT,
            sent_at=now,
            platform_message_id=platform_message_id,
        )

    async def mark_retry(self, outbox_id: int, *, error: str, next_attempt_at: datetime) -> None:
        """Stay pending until `next_attempt_at`; `attempts` counts failed tries."""
        await self._transition(
            outbox_id,
            status=OUTBOX_PENDING,
            attempts=outbox.c.attempts + 1,
            next_attempt_at=next_attempt_at,
            last_error=error,
        )

    async def mark_dead(self, outbox_id: int, *, error: str) -> None:
        await self._transition(
            outbox_id, status=OUTBOX_DEAD, attempts=outbox.c.attempts + 1, last_error=error
        )

    async def outbox_counts(self) -> dict[str, int]:
        """Rows per status; every status is present, zero when empty (handy for metrics)."""
        counts = {OUTBOX_PENDING: 0, OUTBOX_SENT: 0, OUTBOX_DEAD: 0}
        stmt = select(outbox.c.status, func.count()).group_by(outbox.c.status)
        async with self._read() as conn:
            for row in await conn.execute(stmt):
                counts[row[0]] = row[1]
        return counts

    async def _transition(self, outbox_id: int, **values: Any) -> None:
        """Only pending rows move: a sent or dead alert is final, so a second sender racing
        on the same row is told rather than silently rewriting history."""
        async with self._write() as conn:
            result = await conn.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.status == OUTBOX_PENDING)
                .values(**values)
            )
            if result.rowcount == 0:
                status = await _status(conn, outbox_id)
                if status is None:
                    raise StoreError(f"no outbox row with id {outbox_id}")
                raise StoreError(f"outbox row {outbox_id} is {status}, not pending")


async def _status(conn: AsyncConnection, outbox_id: int) -> str | None:
    return await conn.scalar(select(outbox.c.status).where(outbox.c.id == outbox_id))
