"""What every part of the repository shares: the engine, the clock, row → record helpers.

The repository speaks SQLAlchemy Core on an AsyncEngine, one short transaction per method, so
no session or ORM identity map ever leaks out and each call is atomic on its own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.errors import StoreError
from bot.store.engine import Upsert, upsert
from bot.store.records import CHAT_KINDS, ChatKey, ChatRecord
from bot.store.tables import chats

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreBase:
    def __init__(self, engine: AsyncEngine, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise StoreError("the store clock must return timezone-aware datetimes")
        return now.astimezone(UTC)

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncConnection]:
        """One transaction, committed on success; database failures become StoreError."""
        try:
            async with self._engine.begin() as conn:
                yield conn
        except (SQLAlchemyError, OSError) as exc:
            raise _store_error(exc) from exc

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[AsyncConnection]:
        try:
            async with self._engine.connect() as conn:
                yield conn
        except (SQLAlchemyError, OSError) as exc:
            raise _store_error(exc) from exc

    def _upsert(self, table: Any) -> Upsert:
        return upsert(self.dialect, table)

    async def _chat_row_id(self, conn: AsyncConnection, key: ChatKey) -> int | None:
        platform, chat_id = key
        return await conn.scalar(
            select(chats.c.id).where(chats.c.platform == platform, chats.c.chat_id == chat_id)
        )

    async def _ensure_chat(self, conn: AsyncConnection, key: ChatKey) -> int:
        """The chat's row id, creating it (private, active) when the chat is new."""
        platform, chat_id = key
        stmt = (
            self._upsert(chats)
            .values(platform=platform, chat_id=chat_id, kind="private", created_at=self._now())
            .on_conflict_do_nothing(index_elements=[chats.c.platform, chats.c.chat_id])
        )
        await conn.execute(stmt)
        row_id = await self._chat_row_id(conn, key)
        if row_id is None:
            raise StoreError(f"chat {platform}:{chat_id} vanished while being created")
        return row_id


def _store_error(exc: Exception) -> StoreError:
    # The driver's own message names the constraint or the connection problem; SQLAlchemy's
    # wrapper would add the whole statement and its parameters.
    cause = getattr(exc, "orig", None) or exc
    return StoreError(f"database error: {type(cause).__name__}: {cause}")


def check_kind(kind: str) -> None:
    if kind not in CHAT_KINDS:
        raise StoreError(f"chat kind must be one of {sorted(CHAT_KINDS)}, got {kind!r}")


CHAT_COLUMNS = (
    chats.c.id,
    chats.c.platform,
    chats.c.chat_id,
    chats.c.kind,
    chats.c.title,
    chats.c.active,
)


def chat_from_row(m: RowMapping, prefix: str = "") -> ChatRecord:
    """Build a ChatRecord from a row selected with CHAT_COLUMNS (optionally labelled)."""
    return ChatRecord(
        id=m[f"{prefix}id"],
        platform=m[f"{prefix}platform"],
        chat_id=m[f"{prefix}chat_id"],
        kind=m[f"{prefix}kind"],
        title=m[f"{prefix}title"],
        active=bool(m[f"{prefix}active"]),
    )


def labelled_chat_columns(prefix: str) -> list[Any]:
    return [c.label(f"{prefix}{c.name}") for c in CHAT_COLUMNS]
