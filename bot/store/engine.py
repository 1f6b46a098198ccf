"""Engine creation and the few statements whose spelling differs per dialect.

SQLite and PostgreSQL both understand INSERT ... ON CONFLICT, which is what makes the
"never twice" guarantees race-safe without catching errors; only the construct that builds it
lives in a dialect module, so the choice is made here once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.errors import ConfigError, StoreError

SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")

# How long a SQLite writer waits for another writer before giving up, in milliseconds.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigError(f"not a database URL: {url!r}") from exc
    if parsed.drivername not in SUPPORTED_DRIVERS:
        raise ConfigError(
            f"unsupported database URL scheme {parsed.drivername!r}: "
            f"use one of {', '.join(SUPPORTED_DRIVERS)}"
        )
    return parsed


def make_engine(url: str) -> AsyncEngine:
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_async_engine(parsed)
        event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
        return engine
    return create_async_engine(parsed, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLite leaves foreign keys off unless asked on every connection; WAL lets the poller
    # write while the chat handlers read; the busy timeout makes concurrent writers queue
    # instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode")
        row = cursor.fetchone()
        if row is None or str(row[0]).lower() != "wal":
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
            except Exception as err:
                # Switching needs an exclusive lock, and SQLite does not wait for it: another
                # connection holding the database (most likely switching it too) wins. WAL
                # is a property of the file, so the database still ends up in WAL.
                if "locked" not in str(err).lower():
                    raise
    finally:
        cursor.close()


Upsert = postgresql.Insert | sqlite.Insert


def upsert(dialect_name: str, table: Table) -> Upsert:
    """An INSERT that can take ON CONFLICT clauses on the given dialect."""
    if dialect_name == "postgresql":
        return postgresql.insert(table)
    if dialect_name == "sqlite":
        return sqlite.insert(table)
    raise StoreError(f"no ON CONFLICT support for dialect {dialect_name!r}")
