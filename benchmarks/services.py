"""PostgreSQL and Redis for the scale-out benchmarks: where they are, and a database of its own
for each run so a benchmark never touches data it did not make.

TRIPWIRE_BENCH_POSTGRES_URL (default postgres@127.0.0.1:5432/test) names the server;
TRIPWIRE_BENCH_REDIS_URL overrides the Redis database each benchmark picks by default.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

POSTGRES = os.environ.get(
    "TRIPWIRE_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


def redis_url(database: int) -> str:
    """Each benchmark empties its Redis database; distinct defaults keep them apart."""
    return os.environ.get("TRIPWIRE_BENCH_REDIS_URL", f"redis://127.0.0.1:6379/{database}")


async def _admin(sql: str) -> None:
    # CREATE/DROP DATABASE cannot run inside a transaction.
    admin = create_async_engine(
        make_url(POSTGRES), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )
    try:
        async with admin.connect() as conn:
            await conn.execute(text(sql))
    finally:
        await admin.dispose()


async def create_database(prefix: str) -> tuple[str, str]:
    """A fresh, empty database: (its name, its URL)."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}"')
    url = make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    return name, url


async def drop_database(name: str) -> None:
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
