from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect

from bot.errors import ConfigError, StoreError
from bot.store.engine import make_engine
from bot.store.migrate import alembic_config, current_revision, head_revision, upgrade
from bot.store.tables import metadata


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True}
    )
    return list(compare_metadata(context, metadata))


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_migration_creates_exactly_the_metadata(db_url: str) -> None:
    await upgrade(db_url)
    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            assert await conn.run_sync(_diff) == []
            tables = await conn.run_sync(_table_names)
    finally:
        await engine.dispose()
    assert tables == set(metadata.tables) | {"alembic_version"}
    assert await current_revision(db_url) == head_revision()


async def test_upgrade_twice_is_a_no_op(db_url: str) -> None:
    await upgrade(db_url)
    await upgrade(db_url)
    assert await current_revision(db_url) == head_revision()


async def test_fresh_database_has_no_revision(db_url: str) -> None:
    assert await current_revision(db_url) is None


async def test_env_runs_standalone_like_the_alembic_command(db_url: str) -> None:
    # Without a connection handed in, env.py builds its own async engine and event loop, as
    # `alembic -x ... upgrade head` would; that needs a thread without a running loop.
    await asyncio.to_thread(command.upgrade, alembic_config(db_url), "head")
    assert await current_revision(db_url) == head_revision()


async def test_downgrade_removes_every_table(db_url: str) -> None:
    await upgrade(db_url)
    await asyncio.to_thread(command.downgrade, alembic_config(db_url), "base")
    engine = make_engine(db_url)
    try:
        async with engine.connect() as conn:
            tables = await conn.run_sync(_table_names)
    finally:
        await engine.dispose()
    assert tables <= {"alembic_version"}


@pytest.mark.parametrize(
    "url", ["mysql+aiomysql://u@h/db", "sqlite:///plain-sync.db", "not a url at all"]
)
async def test_unsupported_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        await upgrade(url)


async def test_concurrent_upgrades_do_not_collide(db_url: str) -> None:
    await asyncio.gather(*(upgrade(db_url) for _ in range(3)))
    assert await current_revision(db_url) == head_revision()


async def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "tripwire.db"
    with pytest.raises(StoreError, match="could not migrate"):
        await upgrade(f"sqlite+aiosqlite:///{missing}")
    await _aiosqlite_workers_stopped()


async def _aiosqlite_workers_stopped() -> None:
    # A failed connect leaves aiosqlite's worker thread to hand its stop back to this event
    # loop. If the loop closes first, the thread raises "Event loop is closed" and pytest
    # pins the warning on whichever test runs next.
    for _ in range(500):
        if not any("_connection_worker_thread" in t.name for t in threading.enumerate()):
            return
        await asyncio.sleep(0.01)
