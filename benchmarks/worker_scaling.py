"""Articles per second through extract + match in real Celery worker processes, with 1 and
then 2 workers (`tripwire worker`, one task at a time each), on PostgreSQL and Redis.

    python benchmarks/worker_scaling.py [--articles 600] [--workers 1 2] [--model blank]

The same stored articles are processed in each round (their processed mark, facts, matches
and alerts are reset in between) in `process_articles` tasks of 8 articles, queued at once;
the clock runs from queueing to the last article marked processed. Workers are warmed up
(components loaded) before the clock starts. A desk of 100 watches on 20 chats matches them.

Needs PostgreSQL (TRIPWIRE_BENCH_POSTGRES_URL, default postgres@127.0.0.1:5432/test: a
database of its own is created and dropped) and Redis (TRIPWIRE_BENCH_REDIS_URL, default
redis://127.0.0.1:6379/13, emptied). Note the core count: the database, the broker and this
script share the machine with the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redis import Redis
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_match import desk_rules, make_articles
from services import create_database, drop_database, redis_url

from bot.settings import Settings
from bot.store import Store
from bot.tasks import PROCESS_ARTICLES, QUEUE, chunks, make_celery

REPO = Path(__file__).resolve().parents[1]
REDIS = redis_url(13)



async def _prepare(url: str, articles: int) -> tuple[int, list[int]]:
    store = await Store.open(url)
    try:
        rng = random.Random(5)
        rules = sorted(desk_rules(100, rng))
        for n, rule in enumerate(rules):
            await store.add_watch(("slack", f"C{n % 20:03d}"), rule)
        feed, _ = await store.add_feed("https://bench.invalid/rss.xml")
        await store.set_feed_enabled(feed.id, False)  # nobody polls it: the articles are here
        stored = await store.add_articles(feed.id, make_articles(articles))
        return feed.id, [s.id for s in stored]
    finally:
        await store.close()


async def _reset(url: str) -> None:
    engine = create_async_engine(make_url(url), poolclass=NullPool)
    try:
        async with engine.begin() as conn:
            for sql in ("DELETE FROM outbox", "DELETE FROM matches", "DELETE FROM facts",
                        "UPDATE articles SET processed_at = NULL"):
                await conn.execute(text(sql))
    finally:
        await engine.dispose()


async def _wait_processed(url: str) -> None:
    """Poll (one connection, 10 times a second: the workers need the CPU) until every
    article is marked processed."""
    engine = create_async_engine(make_url(url), poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            while (await conn.execute(
                text("SELECT count(*) FROM articles WHERE processed_at IS NULL")
            )).scalar_one():
                await conn.commit()
                await asyncio.sleep(0.1)
    finally:
        await engine.dispose()


def _start_workers(count: int, env: dict[str, str], logdir: Path) -> list[subprocess.Popen[bytes]]:
    procs = []
    for n in range(count):
        with open(logdir / f"worker-{n}.log", "wb") as log:
            procs.append(subprocess.Popen([sys.executable, "-m", "bot", "worker"], env=env,
                                          stdout=log, stderr=subprocess.STDOUT))
    return procs


def _wait_logs(logdir: Path, count: int, needle: str, within: float = 120.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if all(needle in (logdir / f"worker-{n}.log").read_text(errors="replace")
               for n in range(count)):
            return
        time.sleep(0.1)
    raise TimeoutError(f"workers never logged {needle!r}")


def run_round(url: str, workers: int, feed_id: int, ids: list[int], model: str,
              logdir: Path) -> float:
    asyncio.run(_reset(url))
    env = {**os.environ, "TRIPWIRE_DATABASE_URL": url, "TRIPWIRE_REDIS_URL": REDIS,
           "TRIPWIRE_SPACY_MODEL": model, "TRIPWIRE_HTTP_ENABLED": "false",
           "PYTHONPATH": str(REPO)}
    celery = make_celery(Settings(database_url=url, redis_url=REDIS))
    redis = Redis.from_url(REDIS)
    redis.flushdb()
    procs = _start_workers(workers, env, logdir)
    try:
        _wait_logs(logdir, workers, "ready")
        # Warm-up: empty tasks load each worker's components (spaCy, gazetteer, engine).
        for _ in range(workers * 3):
            celery.send_task(PROCESS_ARTICLES, args=[feed_id, []], queue=QUEUE)
        _wait_logs(logdir, workers, "succeeded")
        while redis.llen(QUEUE):
            time.sleep(0.05)
        started = time.perf_counter()
        for batch in chunks(ids):
            celery.send_task(PROCESS_ARTICLES, args=[feed_id, batch], queue=QUEUE)
        asyncio.run(_wait_processed(url))
        elapsed = time.perf_counter() - started
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        redis.close()
    return len(ids) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default="blank")
    args = parser.parse_args()
    name, url = asyncio.run(create_database("tripwire_bench"))
    rates: dict[int, float] = {}
    try:
        feed_id, ids = asyncio.run(_prepare(url, args.articles))
        with tempfile.TemporaryDirectory() as tmp:
            for count in args.workers:
                rates[count] = run_round(url, count, feed_id, ids, args.model, Path(tmp))
                print(f"{count} worker process(es): {rates[count]:,.1f} articles/s "
                      f"({len(ids)} articles, model={args.model}, {os.cpu_count()} cores)",
                      flush=True)
    finally:
        asyncio.run(drop_database(name))
    if 1 in rates and 2 in rates:
        print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
