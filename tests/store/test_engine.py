from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from bot.errors import StoreError
from bot.store import Store
from bot.store.engine import make_engine


async def test_sqlite_connections_enforce_foreign_keys_and_use_wal(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        async with engine.connect() as conn:
            assert await conn.scalar(text("PRAGMA foreign_keys")) == 1
            assert await conn.scalar(text("PRAGMA journal_mode")) == "wal"
            assert (await conn.scalar(text("PRAGMA busy_timeout"))) > 0
    finally:
        await engine.dispose()


async def test_open_without_migrate_leaves_the_schema_alone(db_url: str) -> None:
    store = await Store.open(db_url, migrate=False)
    try:
        with pytest.raises(StoreError, match="database error"):
            await store.get_chat(("telegram", "1"))
    finally:
        await store.close()


async def test_clock_stamps_times_and_must_be_aware(db_url: str) -> None:
    fixed = datetime(2025, 5, 5, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    store = await Store.open(db_url, clock=lambda: fixed)
    try:
        watch = await store.add_watch(("console", "demo"), "Freedonia")
        assert watch.created_at == fixed
        assert watch.created_at.utcoffset() == timedelta(0)
    finally:
        await store.close()

    naive = await Store.open(db_url, clock=lambda: datetime(2025, 5, 5))
    try:
        with pytest.raises(StoreError, match="timezone-aware"):
            await naive.add_watch(("console", "demo"), "Sylvania")
    finally:
        await naive.close()
