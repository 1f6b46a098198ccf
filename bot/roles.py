"""The scale-out roles, each the same codebase started with another `tripwire` command:

- scheduler: exactly one active (a PostgreSQL advisory lock elects it; standbys wait and the
  first to get the lock after the leader dies takes over). On each APScheduler tick it queues
  `poll_feed` for every due feed, re-queues articles a crash left unprocessed, and samples the
  queue depths. A Redis lease per feed keeps a feed from being queued twice while its task
  waits or runs; a lease whose worker died expires and the feed is queued again.
- sender: one active per bot token, elected the same way. On taking over it first reconciles
  the alerts its predecessor left in doubt, then delivers the outbox (bot.delivery).
- worker: a Celery worker (bot.tasks); scale it with more processes.
- chat: the Telegram / Slack listeners (handlers.wiring builds them).

Chat libraries stay out of bot/: the sender is handed its channels by handlers.wiring.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections import defaultdict
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from celery import Celery
from redis import Redis

from bot.delivery import Channel, Sender
from bot.leader import LeaderLock
from bot.metrics import Metrics
from bot.store.records import OUTBOX_PENDING
from bot.store.repository import Store
from bot.tasks import (
    POLL_FEED,
    PROCESS_ARTICLES,
    QUEUE,
    Leases,
    article_lease,
    chunks,
    feed_lease,
)

log = structlog.get_logger(__name__)

SCHEDULER_LOCK = "tripwire-scheduler"
RELEASE_INTERVAL = 30.0


class Dispatcher(Protocol):
    """Where the scheduler puts work: a task queue with leases against double queueing."""

    def take(self, key: str, ttl: float) -> bool: ...

    def send(self, task: str, args: list[Any]) -> None: ...

    def depth(self) -> int: ...


class CeleryDispatcher:
    def __init__(self, app: Celery, redis: Redis) -> None:
        self._app = app
        self._redis = redis
        self._leases = Leases(redis)

    def take(self, key: str, ttl: float) -> bool:
        return self._leases.take(key, ttl)

    def send(self, task: str, args: list[Any]) -> None:
        self._app.send_task(task, args=args, queue=QUEUE)

    def depth(self) -> int:
        # The Redis transport keeps a queue as a list under the queue's name.
        return int(self._redis.llen(QUEUE))


async def _wait(stop: asyncio.Event, lost: asyncio.Event, seconds: float) -> None:
    """Sleep up to `seconds`, waking early when either event is set."""
    waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(lost.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waiters:
            w.cancel()


async def _lead(lock: LeaderLock, stop: asyncio.Event,
                body: Callable[[asyncio.Event], Awaitable[None]]) -> None:
    """Standby until elected, run `body(lost)` while leading, and stand by again when the
    lock is lost; returns once `stop` is set."""
    while not stop.is_set():
        if not await lock.acquire(stop):
            return
        lost = asyncio.Event()
        watcher = asyncio.create_task(lock.watch(stop, lost))
        try:
            await body(lost)
        finally:
            watcher.cancel()
            with suppress(asyncio.CancelledError):
                await watcher
            await lock.release()


class SchedulerRole:
    def __init__(self, store: Store, dispatcher: Dispatcher, lock: LeaderLock, metrics: Metrics,
                 *, tick: float, lease: float, sweep_after: float,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store = store
        self._dispatcher = dispatcher
        self._lock = lock
        self._metrics = metrics
        self._tick = tick
        self._lease = lease
        self._sweep_after = timedelta(seconds=sweep_after)
        self._clock = clock
        self.leading = False

    async def run(self, stop: asyncio.Event) -> None:
        await _lead(self._lock, stop, lambda lost: self._while_leading(stop, lost))

    async def _while_leading(self, stop: asyncio.Event, lost: asyncio.Event) -> None:
        self.leading = True
        self._metrics.leader.labels("scheduler").set(1)
        log.info("scheduler.leading", pid=os.getpid())
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(self._guarded_tick, "interval", seconds=self._tick, id="tick",
                          max_instances=1, coalesce=True, next_run_time=datetime.now(UTC))
        scheduler.start()
        try:
            while not lost.is_set() and not stop.is_set():
                await _wait(stop, lost, 3600)
        finally:
            scheduler.shutdown(wait=False)
            self.leading = False
            self._metrics.leader.labels("scheduler").set(0)
            log.info("scheduler.standby", pid=os.getpid())

    async def _guarded_tick(self) -> None:
        try:
            await self.tick()
        except Exception:  # the next tick tries again
            log.exception("scheduler.tick_failed")

    async def tick(self) -> dict[str, int]:
        """Queue due feeds and leftover articles; sample queue depths."""
        now = self._clock()
        queued_feeds = 0
        for feed in await self._store.due_feeds(now):
            if await asyncio.to_thread(self._dispatcher.take, feed_lease(feed.id), self._lease):
                await asyncio.to_thread(self._dispatcher.send, POLL_FEED, [feed.id])
                queued_feeds += 1
        leftovers: dict[int | None, list[int]] = defaultdict(list)
        for feed_id, article_id in await self._store.unprocessed_article_ids(
            fetched_before=now - self._sweep_after
        ):
            if await asyncio.to_thread(self._dispatcher.take, article_lease(article_id),
                                       self._lease):
                leftovers[feed_id].append(article_id)
        requeued = 0
        for feed_id, ids in leftovers.items():
            for batch in chunks(ids):
                await asyncio.to_thread(self._dispatcher.send, PROCESS_ARTICLES, [feed_id, batch])
                requeued += len(batch)
        counts = await self._store.outbox_counts()
        self._metrics.queue_depth.labels("outbox").set(counts[OUTBOX_PENDING])
        self._metrics.queue_depth.labels("tasks").set(
            await asyncio.to_thread(self._dispatcher.depth)
        )
        if queued_feeds or requeued:
            log.info("scheduler.tick", feeds=queued_feeds, requeued_articles=requeued)
        return {"feeds": queued_feeds, "requeued": requeued}


def sender_lock_name(platform: str, token: str) -> str:
    """One sender per bot token: the lock is named by a hash, never the token itself."""
    digest = hashlib.sha256(token.encode()).hexdigest()[:16]
    return f"tripwire-sender:{platform}:{digest}"


Announce = Callable[[Mapping[str, Channel]], Awaitable[int]]


class SenderRole:
    """Delivers the outbox for each channel whose lock this process wins. `channels` maps a
    platform to its channel and the lock name (sender_lock_name)."""

    def __init__(self, store: Store, channels: Mapping[str, tuple[Channel, str]],
                 metrics: Metrics, *, database_url: str, send_interval: float,
                 leader_retry: float, release_interval: float = RELEASE_INTERVAL,
                 announce: Announce | None = None) -> None:
        self._store = store
        self._channels = dict(channels)
        self._metrics = metrics
        self._database_url = database_url
        self._interval = send_interval
        self._retry = leader_retry
        self._release_interval = release_interval
        self._announce = announce
        self.leading: set[str] = set()

    async def run(self, stop: asyncio.Event) -> None:
        await asyncio.gather(*(self._run_one(p, c, name, stop)
                               for p, (c, name) in self._channels.items()))

    async def _run_one(self, platform: str, channel: Channel, lock_name: str,
                       stop: asyncio.Event) -> None:
        lock = LeaderLock(self._database_url, lock_name, retry_interval=self._retry)
        try:
            await _lead(lock, stop, lambda lost: self._deliver(platform, channel, stop, lost))
        finally:
            await lock.close()

    async def _deliver(self, platform: str, channel: Channel, stop: asyncio.Event,
                       lost: asyncio.Event) -> None:
        sender = Sender(self._store, {platform: channel})
        self.leading.add(platform)
        self._metrics.leader.labels(f"sender:{platform}").set(1)
        log.info("sender.leading", platform=platform, pid=os.getpid())
        loop = asyncio.get_running_loop()
        next_release = 0.0
        try:
            while not stop.is_set() and not lost.is_set():
                if loop.time() >= next_release:
                    # In-doubt rows first, before anything could be sent twice; then
                    # digests and notices, which need minute precision at most.
                    self._metrics.record_reconcile(platform, await sender.reconcile())
                    self._metrics.record_send(platform, await sender.release_once())
                    if self._announce is not None:
                        await self._announce({platform: channel})
                    next_release = loop.time() + self._release_interval
                report = await sender.run_once()
                self._metrics.record_send(platform, report)
                counts = await self._store.outbox_counts()
                self._metrics.queue_depth.labels("outbox").set(counts[OUTBOX_PENDING])
                if report.sent == 0:
                    await _wait(stop, lost, self._interval)
        finally:
            self.leading.discard(platform)
            self._metrics.leader.labels(f"sender:{platform}").set(0)
            log.info("sender.standby", platform=platform)
