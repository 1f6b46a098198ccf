"""Many fault trials: real role processes (a scheduler, two Celery workers, a sender) with
workers and the sender SIGKILLed at random points and restarted, and every alert counted at a
stand-in Slack. tests/test_faults.py runs three trials; this runs as many as you like.

    python benchmarks/fault_trials.py [--trials 20] [--kills 4] [--seed 1]

Needs PostgreSQL (TRIPWIRE_BENCH_POSTGRES_URL, default postgres@127.0.0.1:5432/test: a
database of its own is created and dropped) and Redis (TRIPWIRE_BENCH_REDIS_URL, default
redis://127.0.0.1:6379/12, emptied).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from redis import Redis

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from services import create_database, drop_database, redis_url
from support.faultrun import Cluster, TrialOutcome, role_env, run_trial
from support.feedserver import FeedServer
from support.slackapi import SlackStandIn

from bot.store import Store

REDIS = redis_url(12)



async def run(trials: int, kills: int, seed: int, articles: int, chats: int) -> None:
    name, url = await create_database("tripwire_faults")
    Redis.from_url(REDIS).flushdb()
    rng = random.Random(seed)
    outcomes: list[TrialOutcome] = []
    store = await Store.open(url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            async with SlackStandIn() as slack, FeedServer() as feeds:
                slack.answer_delay = 0.15
                cluster = Cluster(role_env(url, REDIS, slack), Path(tmp))
                cluster.start("scheduler", "scheduler")
                cluster.start("worker-0", "worker")
                cluster.start("worker-1", "worker")
                cluster.start("sender", "sender")
                try:
                    for n in range(trials):
                        outcome = await run_trial(store, slack, feeds, cluster, rng, trial=n,
                                                  articles=articles, chats=chats, kills=kills)
                        outcomes.append(outcome)
                        print(f"trial {n:>3}: {'ok ' if outcome.exactly_once else 'BAD'} "
                              f"expected {outcome.expected}, delivered {outcome.delivered}, "
                              f"duplicates {outcome.duplicates}, missing {outcome.missing}, "
                              f"kills {dict(outcome.kills)} "
                              f"(with work in flight {dict(outcome.kills_in_flight)}), "
                              f"{outcome.seconds:.1f}s", flush=True)
                finally:
                    cluster.stop()
    finally:
        await store.close()
        await drop_database(name)
    kills_total: Counter[str] = sum((o.kills for o in outcomes), Counter())
    in_flight: Counter[str] = sum((o.kills_in_flight for o in outcomes), Counter())
    good = sum(o.exactly_once for o in outcomes)
    print(f"{len(outcomes)} trials, {good} exactly-once, "
          f"{sum(o.expected for o in outcomes)} alerts expected, "
          f"{sum(o.delivered for o in outcomes)} delivered, "
          f"{sum(o.duplicates for o in outcomes)} duplicates, "
          f"{sum(o.missing for o in outcomes)} missing; SIGKILLs {dict(kills_total)}, "
          f"with work in flight {dict(in_flight)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--kills", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--chats", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(run(args.trials, args.kills, args.seed, args.articles, args.chats))


if __name__ == "__main__":
    main()
