"""Scheduler failover time: two `tripwire scheduler` processes, the leader SIGKILLed, and the
time until the standby leads (its "scheduler.leading" log line).

    python benchmarks/failover.py [--rounds 10] [--leader-retry 2.0]

Needs PostgreSQL (TRIPWIRE_BENCH_POSTGRES_URL, default postgres@127.0.0.1:5432/test: a
database of its own is created and dropped) and Redis (TRIPWIRE_BENCH_REDIS_URL, default
redis://127.0.0.1:6379/14). The standby polls the advisory lock every `--leader-retry`
seconds; PostgreSQL frees the lock as soon as it sees the dead leader's connection close.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

REPO = Path(__file__).resolve().parents[1]
PG = os.environ.get("TRIPWIRE_BENCH_POSTGRES_URL",
                    "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("TRIPWIRE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


async def _database(name: str, *, drop: bool = False) -> str:
    admin = create_async_engine(make_url(PG), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        async with admin.connect() as conn:
            if drop:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    return make_url(PG).set(database=name).render_as_string(hide_password=False)


class Scheduler:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "scheduler"], env=env,
                                         stdout=out, stderr=subprocess.STDOUT)

    def says(self, event: str) -> bool:
        return event in self.log.read_text(errors="replace")

    def wait_for(self, event: str, within: float = 60.0) -> float:
        """Seconds (monotonic clock) when the line appeared, polled every 5 ms."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.says(event):
                return time.monotonic()
            if self.proc.poll() is not None:
                raise RuntimeError(f"scheduler exited: {self.log.read_text()[-2000:]}")
            time.sleep(0.005)
        raise TimeoutError(f"no {event!r} within {within}s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def measure(database_url: str, rounds: int, leader_retry: float, workdir: Path) -> list[float]:
    env = {**os.environ, "TRIPWIRE_DATABASE_URL": database_url, "TRIPWIRE_REDIS_URL": REDIS,
           "TRIPWIRE_HTTP_ENABLED": "false", "TRIPWIRE_LEADER_RETRY": str(leader_retry),
           "PYTHONPATH": str(REPO)}
    times: list[float] = []
    counter = 0

    def spawn() -> Scheduler:
        nonlocal counter
        counter += 1
        return Scheduler(env, workdir / f"scheduler-{counter}.log")

    leader = spawn()
    leader.wait_for("scheduler.leading")
    standby = spawn()
    try:
        for _ in range(rounds):
            standby.wait_for("scheduler.started")
            # The standby has tried the lock at least once; a random phase against its retry
            # tick, as a real crash would have.
            time.sleep(1.0 + random.uniform(0.0, leader_retry))
            if standby.says("scheduler.leading"):
                raise RuntimeError("two leaders")
            killed_at = time.monotonic()
            leader.proc.send_signal(signal.SIGKILL)
            leader.proc.wait()
            led_at = standby.wait_for("scheduler.leading")
            times.append(led_at - killed_at)
            leader, standby = standby, spawn()
    finally:
        leader.stop()
        standby.stop()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--leader-retry", type=float, default=2.0)
    args = parser.parse_args()
    name = f"tripwire_bench_{uuid.uuid4().hex[:12]}"
    url = asyncio.run(_database(name))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            times = measure(url, args.rounds, args.leader_retry, Path(tmp))
    finally:
        asyncio.run(_database(name, drop=True))
    print(f"scheduler failover, leader retry {args.leader_retry:g}s, {len(times)} rounds: "
          f"median {statistics.median(times):.2f}s, min {min(times):.2f}s, "
          f"max {max(times):.2f}s")


if __name__ == "__main__":
    main()
