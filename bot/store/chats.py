"""Chats and their watches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.errors import StoreError
from bot.store.base import (
    CHAT_COLUMNS,
    StoreBase,
    chat_from_row,
    check_kind,
    labelled_chat_columns,
)
from bot.store.records import ChatKey, ChatRecord, WatchRecord
from bot.store.tables import as_utc, chats, watches


def _watch_select() -> Select[Any]:
    return select(
        watches.c.id,
        watches.c.number,
        watches.c.rule_text,
        watches.c.thread_id,
        watches.c.created_at,
        watches.c.muted_until,
        *labelled_chat_columns("chat_"),
    ).join(chats, chats.c.id == watches.c.chat_id)


def _watch_from_row(m: RowMapping) -> WatchRecord:
    return WatchRecord(
        id=m["id"],
        chat=chat_from_row(m, "chat_"),
        number=m["number"],
        rule_text=m["rule_text"],
        thread_id=m["thread_id"],
        created_at=m["created_at"],
        muted_until=m["muted_until"],
    )


def _by_key(stmt: Select[Any], key: ChatKey) -> Select[Any]:
    platform, chat_id = key
    return stmt.where(chats.c.platform == platform, chats.c.chat_id == chat_id)


class ChatsMixin(StoreBase):
    async def upsert_chat(
        self, key: ChatKey, *, kind: str = "private", title: str | None = None
    ) -> ChatRecord:
        """Create the chat or update its kind (and title when given); always (re)activates."""
        check_kind(kind)
        platform, chat_id = key
        insert = self._upsert(chats).values(
            platform=platform,
            chat_id=chat_id,
            kind=kind,
            title=title,
            active=True,
            created_at=self._now(),
        )
        stmt = insert.on_conflict_do_update(
            index_elements=[chats.c.platform, chats.c.chat_id],
            set_={
                "kind": insert.excluded.kind,
                "title": func.coalesce(insert.excluded.title, chats.c.title),
                "active": True,
            },
        ).returning(*CHAT_COLUMNS)
        async with self._write() as conn:
            row = (await conn.execute(stmt)).one()
        return chat_from_row(row._mapping)

    async def get_chat(self, key: ChatKey) -> ChatRecord | None:
        async with self._read() as conn:
            row = (await conn.execute(_by_key(select(*CHAT_COLUMNS), key))).first()
        return None if row is None else chat_from_row(row._mapping)

    async def set_chat_active(self, key: ChatKey, active: bool) -> None:
        """Unknown chats are left alone: deactivating a chat we never saw changes nothing."""
        platform, chat_id = key
        async with self._write() as conn:
            await conn.execute(
                update(chats)
                .where(chats.c.platform == platform, chats.c.chat_id == chat_id)
                .values(active=active)
            )

    async def add_watch(
        self, key: ChatKey, rule_text: str, *, thread_id: str | None = None
    ) -> WatchRecord:
        """Numbers come from a per-chat counter bumped in the same transaction, so they start
        at 1, never repeat after a removal, and concurrent adds serialise on the chat row."""
        async with self._write() as conn:
            chat_row_id = await self._ensure_chat(conn, key)
            number = await conn.scalar(
                update(chats)
                .where(chats.c.id == chat_row_id)
                .values(watch_seq=chats.c.watch_seq + 1)
                .returning(chats.c.watch_seq)
            )
            if number is None:
                raise StoreError(f"chat {key[0]}:{key[1]} vanished while adding a watch")
            watch_id = await conn.scalar(
                watches.insert()
                .values(
                    chat_id=chat_row_id,
                    number=number,
                    rule_text=rule_text,
                    thread_id=thread_id,
                    created_at=self._now(),
                )
                .returning(watches.c.id)
            )
            row = (await conn.execute(_watch_select().where(watches.c.id == watch_id))).one()
        return _watch_from_row(row._mapping)

    async def list_watches(self, key: ChatKey) -> list[WatchRecord]:
        stmt = _by_key(_watch_select(), key).order_by(watches.c.number)
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_watch_from_row(r._mapping) for r in rows]

    async def get_watch(self, key: ChatKey, number: int) -> WatchRecord | None:
        async with self._read() as conn:
            return await self._get_watch(conn, key, number)

    async def remove_watch(self, key: ChatKey, number: int) -> WatchRecord | None:
        """Delete the watch (its matches and unsent alerts go with it); None when absent."""
        async with self._write() as conn:
            found = await self._get_watch(conn, key, number)
            if found is None:
                return None
            await conn.execute(watches.delete().where(watches.c.id == found.id))
        return found

    async def set_watch_muted(self, watch_id: int, until: datetime | None) -> None:
        value = None if until is None else as_utc(until)
        async with self._write() as conn:
            result = await conn.execute(
                update(watches).where(watches.c.id == watch_id).values(muted_until=value)
            )
            if result.rowcount == 0:
                raise StoreError(f"no watch with id {watch_id}")

    async def active_watches(self) -> list[WatchRecord]:
        """Watches of active chats, grouped by chat and ordered by number."""
        stmt = (
            _watch_select().where(chats.c.active.is_(True)).order_by(chats.c.id, watches.c.number)
        )
        async with self._read() as conn:
            rows = (await conn.execute(stmt)).all()
        return [_watch_from_row(r._mapping) for r in rows]

    async def _get_watch(
        self, conn: AsyncConnection, key: ChatKey, number: int
    ) -> WatchRecord | None:
        stmt = _by_key(_watch_select(), key).where(watches.c.number == number)
        row = (await conn.execute(stmt)).first()
        return None if row is None else _watch_from_row(row._mapping)
