"""Leader election on a real PostgreSQL: one leader per role, takeover when the leader
releases, loses its connection, or its process is killed."""

from __future__ import annotations

import asyncio
import signal
import sys
import textwrap

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.errors import ConfigError
from bot.leader import LeaderLock, lock_key


def test_lock_key_is_stable_and_distinct() -> None:
    assert lock_key("scheduler") == lock_key("scheduler")
    assert lock_key("scheduler") != lock_key("sender:telegram")
    assert -(2**63) <= lock_key("x") < 2**63


def test_sqlite_is_refused_with_a_hint() -> None:
    with pytest.raises(ConfigError, match="PostgreSQL"):
        LeaderLock("sqlite+aiosqlite:///x.db", "scheduler")


async def test_one_leader_then_takeover_on_release(postgres_url: str) -> None:
    a, b = LeaderLock(postgres_url, "scheduler"), LeaderLock(postgres_url, "scheduler")
    other = LeaderLock(postgres_url, "sender:telegram")
    try:
        assert await a.try_acquire()
        assert not await b.try_acquire()
        assert await other.try_acquire()  # another role has its own leader
        await a.release()
        assert await b.try_acquire()
        assert await b.still_held()
    finally:
        for lock in (a, b, other):
            await lock.close()


async def test_standby_takes_over_when_the_leader_connection_dies(postgres_url: str) -> None:
    leader = LeaderLock(postgres_url, "scheduler", retry_interval=0.1)
    standby = LeaderLock(postgres_url, "scheduler", retry_interval=0.1)
    admin = create_async_engine(postgres_url)
    stop = asyncio.Event()
    try:
        assert await leader.try_acquire()
        waiting = asyncio.create_task(standby.acquire(stop))
        await asyncio.sleep(0.3)
        assert not waiting.done()
        async with admin.connect() as conn:
            await conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks "
                "WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()"))
            await conn.commit()
        assert await asyncio.wait_for(waiting, 10)
        lost = asyncio.Event()
        await asyncio.wait_for(leader.watch(stop, lost), 10)
        assert lost.is_set() and not leader.held
    finally:
        stop.set()
        await leader.close()
        await standby.close()
        await admin.dispose()


async def test_standby_takes_over_when_the_leader_process_is_killed(postgres_url: str) -> None:
    child = textwrap.dedent(f"""
        import asyncio, sys
        from bot.leader import LeaderLock
        async def main():
            lock = LeaderLock({postgres_url!r}, "scheduler")
            assert await lock.try_acquire()
            print("leading", flush=True)
            await asyncio.sleep(60)
        asyncio.run(main())
    """)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", child,
                                                stdout=asyncio.subprocess.PIPE)
    standby = LeaderLock(postgres_url, "scheduler", retry_interval=0.1)
    stop = asyncio.Event()
    try:
        assert proc.stdout is not None
        line = b""
        while line.strip() != b"leading":  # structlog's default logger also writes here
            line = await asyncio.wait_for(proc.stdout.readline(), 30)
            assert line, "the leader process exited early"
        assert not await standby.try_acquire()
        proc.send_signal(signal.SIGKILL)
        assert await asyncio.wait_for(standby.acquire(stop), 15)
    finally:
        stop.set()
        if proc.returncode is None:
            proc.kill()
        await proc.wait()
        await standby.close()
