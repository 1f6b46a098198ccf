"""Running the Alembic migrations shipped in bot/store/migrations, without an alembic.ini.

`upgrade` hands Alembic a live connection from our own engine (the connection-sharing recipe
for asyncio), so the SQLite connect pragmas apply and no second event loop is needed.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StoreError
from bot.store.engine import make_engine, parse_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# An arbitrary constant naming Tripwire's migration lock among PostgreSQL advisory locks.
_LOCK_KEY = 0x7472_6970_7769_7265 & 0x7FFF_FFFF_FFFF_FFFF


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # Config values go through configparser interpolation, so a literal % must be doubled.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StoreError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


async def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema (`alembic upgrade head`)."""
    parse_url(url)
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            # Several processes may start at once: the first takes the lock and migrates, the
            # others wait for its commit and then find nothing left to do.
            if conn.dialect.name == "postgresql":
                await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            else:
                # The driver has not begun a transaction yet; take SQLite's write lock now.
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
            await conn.run_sync(_upgrade_with, config)
    except (SQLAlchemyError, OSError) as exc:
        cause = getattr(exc, "orig", None) or exc
        raise StoreError(
            f"could not migrate the database: {type(cause).__name__}: {cause}"
        ) from exc
    finally:
        await engine.dispose()


async def current_revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(_current_revision)
    finally:
        await engine.dispose()


def _upgrade_with(connection: Connection, config: Config) -> None:
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
