"""Leader election on PostgreSQL advisory locks: of several processes playing one role (the
scheduler, the sender for one bot token) exactly one is active; the others wait on standby
and the first to get the lock after the leader dies takes over.

A session-level advisory lock lives as long as the database connection that took it, so a
leader that crashes or is killed loses it the moment the server sees the connection close;
no lease to expire, no clock to trust. The leader keeps checking its connection and steps
down when it is gone, since a lock on a dead connection is already someone else's.
"""

from __future__ import annotations

import asyncio
import hashlib
from contextlib import suppress

import structlog
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.errors import ConfigError

log = structlog.get_logger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a role name (advisory locks take a bigint)."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class LeaderLock:
    def __init__(self, database_url: str, name: str, *, retry_interval: float = 2.0) -> None:
        if not database_url.startswith("postgresql"):
            raise ConfigError(
                f"the {name!r} role elects its leader on PostgreSQL; "
                "set TRIPWIRE_DATABASE_URL=postgresql+asyncpg://…"
            )
        self.name = name
        self.key = lock_key(name)
        self._retry = retry_interval
        # Its own engine without pooling: the lock must not ride on a pooled connection that
        # someone else could return or reuse.
        self._engine: AsyncEngine = create_async_engine(database_url, poolclass=NullPool)
        self._conn: AsyncConnection | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None

    async def try_acquire(self) -> bool:
        if self._conn is not None:
            return True
        try:
            conn = await self._engine.connect()
        except (SQLAlchemyError, OSError) as err:
            log.warning("leader.connect_failed", role=self.name, error=str(err))
            return False
        try:
            got = await conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
            await conn.commit()
        except (SQLAlchemyError, OSError):
            await conn.close()
            return False
        if not got:
            await conn.close()
            return False
        self._conn = conn
        log.info("leader.acquired", role=self.name)
        return True

    async def acquire(self, stop: asyncio.Event) -> bool:
        """Wait on standby until this process leads (True) or `stop` is set (False)."""
        while not stop.is_set():
            if await self.try_acquire():
                return True
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self._retry)
        return False

    async def still_held(self) -> bool:
        if self._conn is None:
            return False
        try:
            await self._conn.scalar(text("SELECT 1"))
            await self._conn.commit()
        except (SQLAlchemyError, OSError):
            log.warning("leader.lost", role=self.name)
            await self._drop()
            return False
        return True

    async def watch(self, stop: asyncio.Event, lost: asyncio.Event) -> None:
        """While leading, check the connection every retry interval; set `lost` if it dies."""
        while not stop.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self._retry)
            if not stop.is_set() and not await self.still_held():
                lost.set()
                return

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with suppress(SQLAlchemyError, OSError):
                await conn.close()

    async def release(self) -> None:
        if self._conn is not None:
            with suppress(SQLAlchemyError, OSError):
                await self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                await self._conn.commit()
            await self._drop()
            log.info("leader.released", role=self.name)

    async def close(self) -> None:
        await self.release()
        await self._engine.dispose()
