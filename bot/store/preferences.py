"""Chat preferences (time zone, digest hour, quiet hours, chat-wide mute) and the held alerts
they release. The rules for holding and releasing are pure and live in bot.digest; this module
only stores the settings and moves the held outbox rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from sqlalchemy import RowMapping, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.digest import DEFAULT_TIMEZONE, ChatPrefs, QuietHours
from bot.store.base import StoreBase, chat_from_row, labelled_chat_columns
from bot.store.outbox import _outbox_columns, _outbox_from_row
from bot.store.records import OUTBOX_PENDING, OUTBOX_SENT, ChatKey, ChatRecord, OutboxRecord
from bot.store.tables import as_utc, chat_preferences, chats, outbox, watches


def _clock_text(value: time | None) -> str | None:
    return None if value is None else f"{value:%H:%M}"


def _clock(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _prefs_from_row(m: RowMapping) -> ChatPrefs:
    start, end = _clock(m["quiet_start"]), _clock(m["quiet_end"])
    return ChatPrefs(
        timezone=m["timezone"] or DEFAULT_TIMEZONE,
        digest_at=_clock(m["digest_at"]),
        quiet=QuietHours(start, end) if start is not None and end is not None else None,
        muted_until=m["muted_until"],
        released_at=m["released_at"],
    )


_PREF_COLUMNS = (
    chat_preferences.c.timezone,
    chat_preferences.c.digest_at,
    chat_preferences.c.quiet_start,
    chat_preferences.c.quiet_end,
    chat_preferences.c.muted_until,
    chat_preferences.c.released_at,
)


class PreferencesMixin(StoreBase):
    async def get_preferences(self, key: ChatKey) -> ChatPrefs:
        """The chat's preferences; defaults (UTC, nothing held) when it never set any."""
        platform, chat_id = key
        stmt = (
            select(*_PREF_COLUMNS)
            .join(chats, chats.c.id == chat_preferences.c.chat_id)
            .where(chats.c.platform == platform, chats.c.chat_id == chat_id)
        )
        async with self._read() as conn:
            row = (await conn.execute(stmt)).first()
        return ChatPrefs() if row is None else _prefs_from_row(row._mapping)

    async def set_timezone(self, key: ChatKey, name: str, *, now: datetime) -> ChatPrefs:
        """Hours are counted afresh in the new zone from now: a digest hour that already
        passed there today must not fire at once."""
        return await self._update_prefs(key, {"timezone": name, "released_at": now})

    async def set_digest(self, key: ChatKey, at: time | None, *, now: datetime) -> ChatPrefs:
        """Turning the digest on counts from now: the first one comes at the next `at`."""
        return await self._update_prefs(key, {"digest_at": _clock_text(at), "released_at": now})

    async def set_quiet(self, key: ChatKey, window: QuietHours | None, *,
                        now: datetime) -> ChatPrefs:
        values: dict[str, Any] = {
            "quiet_start": None if window is None else _clock_text(window.start),
            "quiet_end": None if window is None else _clock_text(window.end),
        }
        if window is not None:
            # Only alerts held from now on are summarised at the window's end.
            values["released_at"] = now
        return await self._update_prefs(key, values)

    async def set_chat_muted(self, key: ChatKey, until: datetime | None) -> ChatPrefs:
        """A chat-wide mute; `until` in the past ends it at the next release (with its
        summary), None forgets it without one."""
        return await self._update_prefs(
            key, {"muted_until": None if until is None else as_utc(until)}
        )

    async def holding_chats(self, platform: str) -> list[tuple[ChatRecord, ChatPrefs]]:
        """Active chats on `platform` with any setting that can hold alerts back."""
        stmt = (
            select(*_PREF_COLUMNS, *labelled_chat_columns("chat_"))
            .join(chats, chats.c.id == chat_preferences.c.chat_id)
            .where(
                chats.c.platform == platform,
                chats.c.active.is_(True),
                or_(
                    chat_preferences.c.digest_at.is_not(None),
                    chat_preferences.c.quiet_start.is_not(None),
                    chat_preferences.c.muted_until.is_not(None),
                ),
            )
            .order_by(chats.c.id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [(chat_from_row(r._mapping, "chat_"), _prefs_from_row(r._mapping)) for r in rows]

    async def held_alerts(self, chat_row_id: int, *, now: datetime) -> list[OutboxRecord]:
        """Every pending alert of the chat that is due, oldest first (a muted watch's alerts
        keep waiting for their own mute to end)."""
        stmt = (
            select(*_outbox_columns())
            .join(chats, chats.c.id == outbox.c.chat_id)
            .join(watches, watches.c.id == outbox.c.watch_id)
            .where(
                outbox.c.chat_id == chat_row_id,
                outbox.c.status == OUTBOX_PENDING,
                outbox.c.next_attempt_at <= now,
                or_(watches.c.muted_until.is_(None), watches.c.muted_until <= now),
            )
            .order_by(outbox.c.created_at, outbox.c.id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_outbox_from_row(r._mapping) for r in rows]

    async def release_held(self, chat_row_id: int, outbox_ids: Sequence[int], *,
                           now: datetime, message_id: str | None, end_mute: bool) -> int:
        """After the digest or summary carrying them was accepted: mark the rows sent, move
        the chat's release anchor to `now` and, for a mute that ended, forget it. Returns
        how many rows moved (a row another sender already moved is left as it is)."""
        moved = 0
        async with self._write() as conn:
            if outbox_ids:
                result = await conn.execute(
                    update(outbox)
                    .where(outbox.c.id.in_(list(outbox_ids)),
                           outbox.c.status == OUTBOX_PENDING)
                    .values(status=OUTBOX_SENT, sent_at=now, platform_message_id=message_id)
                )
                moved = result.rowcount
            values: dict[str, Any] = {"released_at": now}
            if end_mute:
                values["muted_until"] = None
            await self._write_prefs(conn, chat_row_id, values)
        return moved

    async def _update_prefs(self, key: ChatKey, values: dict[str, Any]) -> ChatPrefs:
        async with self._write() as conn:
            chat_row_id = await self._ensure_chat(conn, key)
            await self._write_prefs(conn, chat_row_id, values)
            row = (
                await conn.execute(
                    select(*_PREF_COLUMNS).where(chat_preferences.c.chat_id == chat_row_id)
                )
            ).one()
        return _prefs_from_row(row._mapping)

    async def _write_prefs(self, conn: AsyncConnection, chat_row_id: int,
                           values: dict[str, Any]) -> None:
        values = {**values, "updated_at": self._now()}
        stmt = self._upsert(chat_preferences).values(chat_id=chat_row_id, **values)
        await conn.execute(
            stmt.on_conflict_do_update(index_elements=[chat_preferences.c.chat_id], set_=values)
        )
