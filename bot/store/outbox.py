"""The outbox: alerts waiting to be delivered, retried, or given up on.

A row moves pending → sending → sent (or dead); `mark_retry` puts it back to pending with a
later `next_attempt_at`. "sending" is the sender's claim (`claim_alert`, with its token and
time): the row's id is the alert's idempotency key, and a row found "sending" after its sender
died is in doubt — the platform may or may not have it — so it is reconciled (looked up on the
platform) before it is ever sent again (`in_doubt_alerts`, `release_claim`).

UNIQUE(chat, watch, story_key) plus INSERT ... ON CONFLICT DO NOTHING makes enqueueing
idempotent even when two pollers race on the same story.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import StoreError
from bot.store.base import StoreBase, chat_from_row, labelled_chat_columns
from bot.store.records import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT, OutboxRecord
from bot.store.tables import chats, matches, outbox, watches

OUTBOX_SENDING = "sending"
"""Claimed by a sender that is posting it right now (or died while doing so)."""
_OPEN = (OUTBOX_PENDING, OUTBOX_SENDING)


@dataclass(frozen=True, slots=True)
class MatchedAlert:
    """One watch matched one article: the match to record and the alert it queues."""

    watch_id: int
    chat_id: int
    article_id: int
    story_key: str
    payload: dict[str, Any]


QUEUED = "queued"
JOINED = "joined"
SEEN = "seen"


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
        created_at=m.get("created_at"),
        claimed_at=m.get("claimed_at"),
    )


def _outbox_columns() -> list[Any]:
    return [
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
        outbox.c.created_at,
        outbox.c.claimed_at,
        *labelled_chat_columns("chat_"),
    ]


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

    async def queue_matches(self, items: Sequence[MatchedAlert]) -> list[tuple[str, int | None]]:
        """Record each match and queue its alert in ONE transaction, so a crash can never
        leave a match recorded without its alert. Per item: (SEEN, None) when the watch had
        already matched the article (or an earlier item said so), (JOINED, None) when the
        chat already has the story for the watch, else (QUEUED, outbox id)."""
        out: list[tuple[str, int | None]] = [(SEEN, None)] * len(items)
        first: dict[tuple[int, int], int] = {}
        for n, item in enumerate(items):
            first.setdefault((item.watch_id, item.article_id), n)
        if not first:
            return out
        now = self._now()
        async with self._write() as conn:
            # Two multi-row statements per call rather than two per match: RETURNING names
            # the rows that were new, everything else already existed.
            new_matches = {
                (r[0], r[1]) for r in await conn.execute(
                    self._upsert(matches)
                    .values([{"watch_id": w, "article_id": a, "created_at": now}
                             for w, a in first])
                    .on_conflict_do_nothing(index_elements=[matches.c.watch_id,
                                                            matches.c.article_id])
                    .returning(matches.c.watch_id, matches.c.article_id)
                )
            }
            todo = [first[key] for key in first if key in new_matches]
            for n in todo:
                out[n] = (JOINED, None)
            if not todo:
                return out
            by_key: dict[tuple[int, int, str], int] = {}
            for n in todo:  # the first item of a story wins; later copies join it
                by_key.setdefault((items[n].chat_id, items[n].watch_id, items[n].story_key), n)
            rows = await conn.execute(
                self._upsert(outbox)
                .values([{"chat_id": items[n].chat_id, "watch_id": items[n].watch_id,
                          "article_id": items[n].article_id, "story_key": items[n].story_key,
                          "payload": items[n].payload, "status": OUTBOX_PENDING,
                          "attempts": 0, "next_attempt_at": now, "created_at": now}
                         for n in by_key.values()])
                .on_conflict_do_nothing(
                    index_elements=[outbox.c.chat_id, outbox.c.watch_id, outbox.c.story_key]
                )
                .returning(outbox.c.chat_id, outbox.c.watch_id, outbox.c.story_key, outbox.c.id)
            )
            for chat_id, watch_id, story_key, outbox_id in rows:
                out[by_key[(chat_id, watch_id, story_key)]] = (QUEUED, outbox_id)
        return out

    async def due_alerts(
        self, platform: str, *, now: datetime, limit: int = 100,
        exclude_chats: Collection[int] = (),
    ) -> list[OutboxRecord]:
        """Pending alerts for active chats on `platform` whose time has come, oldest first.

        A muted watch's alerts wait in the outbox until the mute ends: nothing is dropped.
        `exclude_chats` (chat row ids) holds back chats whose alerts wait for a digest or
        summary, so their pile never crowds others out of the batch."""
        stmt = (
            select(*_outbox_columns())
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
        if exclude_chats:
            stmt = stmt.where(outbox.c.chat_id.not_in(sorted(exclude_chats)))
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_outbox_from_row(r._mapping) for r in rows]

    async def claim_alert(self, outbox_id: int, *, token: str, now: datetime) -> bool:
        """Pending → sending under `token`; False when the row is not pending any more (sent,
        dead, or claimed by another sender). Committed before the platform is called, so a
        crash after this point leaves evidence that the alert may be out."""
        async with self._write() as conn:
            result = await conn.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.status == OUTBOX_PENDING)
                .values(status=OUTBOX_SENDING, claim_token=token, claimed_at=now)
            )
        return result.rowcount == 1

    async def in_doubt_alerts(
        self, platform: str, *, exclude_token: str | None = None, limit: int = 500
    ) -> list[OutboxRecord]:
        """Rows left "sending" on `platform` by a sender other than `exclude_token`, oldest
        first: their sender died between claiming and marking, so only the platform knows
        whether they went out."""
        stmt = (
            select(*_outbox_columns())
            .join(chats, chats.c.id == outbox.c.chat_id)
            .join(watches, watches.c.id == outbox.c.watch_id)
            .where(outbox.c.status == OUTBOX_SENDING, chats.c.platform == platform)
            .order_by(outbox.c.claimed_at, outbox.c.id)
            .limit(limit)
        )
        if exclude_token is not None:
            stmt = stmt.where(outbox.c.claim_token != exclude_token)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_outbox_from_row(r._mapping) for r in rows]

    async def release_claim(self, outbox_id: int) -> bool:
        """Sending → pending, due now, without counting a failed attempt: the platform was
        asked and does not have the alert. False when the row was not "sending"."""
        async with self._write() as conn:
            result = await conn.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.status == OUTBOX_SENDING)
                .values(status=OUTBOX_PENDING, claim_token=None, claimed_at=None,
                        next_attempt_at=self._now())
            )
        return result.rowcount == 1

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
        """Back to pending until `next_attempt_at`; `attempts` counts failed tries."""
        await self._transition(
            outbox_id,
            status=OUTBOX_PENDING,
            attempts=outbox.c.attempts + 1,
            next_attempt_at=next_attempt_at,
            last_error=error,
            claim_token=None,
            claimed_at=None,
        )

    async def mark_dead(self, outbox_id: int, *, error: str) -> None:
        await self._transition(
            outbox_id, status=OUTBOX_DEAD, attempts=outbox.c.attempts + 1, last_error=error
        )

    async def outbox_counts(self) -> dict[str, int]:
        """Rows per status: pending, sent and dead always (zero when empty), "sending" only
        while some row is claimed (it is a moment's state, not a resting one)."""
        counts = {OUTBOX_PENDING: 0, OUTBOX_SENT: 0, OUTBOX_DEAD: 0}
        stmt = select(outbox.c.status, func.count()).group_by(outbox.c.status)
        async with self._read() as conn:
            for row in await conn.execute(stmt):
                counts[row[0]] = row[1]
        return counts

    async def _transition(self, outbox_id: int, **values: Any) -> None:
        """Only open (pending or sending) rows move: a sent or dead alert is final, so a
        second sender racing on the same row is told rather than silently rewriting history."""
        async with self._write() as conn:
            result = await conn.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.status.in_(_OPEN))
                .values(**values)
            )
            if result.rowcount == 0:
                status = await _status(conn, outbox_id)
                if status is None:
                    raise StoreError(f"no outbox row with id {outbox_id}")
                raise StoreError(f"outbox row {outbox_id} is {status}, not pending or sending")


async def _status(conn: AsyncConnection, outbox_id: int) -> str | None:
    return await conn.scalar(select(outbox.c.status).where(outbox.c.id == outbox_id))
