"""Fixtures shared by the whole test suite.

Databases: `sqlite_url` is a fresh file per test; `postgres_url` is a fresh database per test
on the server at TRIPWIRE_TEST_POSTGRES_URL (default postgres@127.0.0.1:5432/test), dropped
afterwards, so test modules never see each other's rows. `db_url` runs a test once per
backend and `store` is an open, migrated `Store` on it.

Redis: `redis_url` is a Redis database of its own per test (a random db number, emptied
before and after) on the server at TRIPWIRE_TEST_REDIS_URL (default 127.0.0.1:6379).
Both servers: unreachable means skip locally, fail on CI (CI=true).
"""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
import redis
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.store import Store

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"
_CONNECT_TIMEOUT_S = 5.0

# Once the server has been found unreachable, later tests skip at once instead of waiting
# for another connection timeout each.
_unreachable: dict[str, str] = {}


def _postgres_base_url() -> URL:
    return make_url(os.environ.get("TRIPWIRE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL))


def _not_reachable(url: URL, reason: str) -> None:
    where = url.render_as_string(hide_password=True)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL not reachable at {where} on CI: {reason}")
    pytest.skip(
        f"PostgreSQL not reachable at {where} ({reason}): start it with "
        "docker compose -f deploy/compose.yml up -d postgres"
    )


def _admin_engine(base: URL) -> AsyncEngine:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    return create_async_engine(
        base,
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
        connect_args={"timeout": _CONNECT_TIMEOUT_S},
    )


@pytest.fixture
def sqlite_url(tmp_path: os.PathLike[str]) -> str:
    return f"sqlite+aiosqlite:///{os.path.join(tmp_path, 'tripwire.db')}"


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    base = _postgres_base_url()
    key = base.render_as_string(hide_password=False)
    if key in _unreachable:
        _not_reachable(base, _unreachable[key])
    name = f"tripwire_test_{uuid.uuid4().hex[:16]}"
    admin = _admin_engine(base)
    try:
        try:
            async with admin.connect() as conn:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
        except (OSError, TimeoutError, SQLAlchemyError) as exc:
            _unreachable[key] = f"{type(exc).__name__}: {exc}".splitlines()[0]
            _not_reachable(base, _unreachable[key])
        yield base.set(database=name).render_as_string(hide_password=False)
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    url = request.getfixturevalue(f"{request.param}_url")
    assert isinstance(url, str)
    return url


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[Store]:
    opened = await Store.open(db_url)
    try:
        yield opened
    finally:
        await opened.close()


def _redis_not_reachable(where: str, reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Redis not reachable at {where} on CI: {reason}")
    pytest.skip(
        f"Redis not reachable at {where} ({reason}): start it with "
        "docker compose -f deploy/compose.yml up -d redis"
    )


@pytest.fixture
def redis_url() -> Iterator[str]:
    base = os.environ.get("TRIPWIRE_TEST_REDIS_URL", DEFAULT_REDIS_URL).rstrip("/")
    if base in _unreachable:
        _redis_not_reachable(base, _unreachable[base])
    # Database 0 is left to whoever else uses the server; a random one keeps test runs
    # started side by side apart.
    url = f"{base}/{random.randint(1, 15)}"
    client = redis.Redis.from_url(url, socket_connect_timeout=_CONNECT_TIMEOUT_S)
    try:
        try:
            client.ping()
        except (redis.RedisError, OSError) as exc:
            _unreachable[base] = f"{type(exc).__name__}: {exc}".splitlines()[0]
            _redis_not_reachable(base, _unreachable[base])
        client.flushdb()
        yield url
        client.flushdb()
    finally:
        client.close()
