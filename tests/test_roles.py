"""The scheduler and sender roles in-process, on a real PostgreSQL (the election needs it):
what a scheduler tick queues, and that of two processes playing a role one leads and the
other takes over."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.leader import LeaderLock
from bot.metrics import Metrics
from bot.models import Alert, Article
from bot.roles import SCHEDULER_LOCK, SchedulerRole, SenderRole, sender_lock_name
from bot.store import Store
from bot.store.records import ChatRecord, OutboxRecord
from bot.tasks import POLL_FEED, PROCESS_ARTICLES

pytestmark = pytest.mark.postgres


class FakeDispatcher:
    """Records what would be queued; leases expire on the monotonic clock like Redis's."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, list[Any]]] = []
        self.leases: dict[str, float] = {}

    def take(self, key: str, ttl: float) -> bool:
        now = time.monotonic()
        if self.leases.get(key, 0.0) > now:
            return False
        self.leases[key] = now + ttl
        return True

    def send(self, task: str, args: list[Any]) -> None:
        self.sent.append((task, args))

    def depth(self) -> int:
        return len(self.sent)


@pytest.fixture
async def pg_store(postgres_url: str) -> AsyncIterator[Store]:
    store = await Store.open(postgres_url)
    yield store
    await store.close()


def _role(store: Store, url: str, dispatcher: FakeDispatcher, metrics: Metrics, *,
          lease: float = 60.0, sweep_after: float = 30.0,
          clock: Any = None) -> SchedulerRole:
    lock = LeaderLock(url, SCHEDULER_LOCK, retry_interval=0.1)
    return SchedulerRole(store, dispatcher, lock, metrics, tick=0.1, lease=lease,
                         sweep_after=sweep_after,
                         clock=clock or (lambda: datetime.now(UTC)))


async def test_a_due_feed_is_queued_once_until_its_lease_ends(
    pg_store: Store, postgres_url: str,
) -> None:
    feed, _ = await pg_store.add_feed("https://wire.example/rss.xml")
    dispatcher = FakeDispatcher()
    metrics = Metrics()
    role = _role(pg_store, postgres_url, dispatcher, metrics, lease=0.3)
    assert (await role.tick())["feeds"] == 1
    assert (await role.tick())["feeds"] == 0  # queued, not polled yet: leased
    await asyncio.sleep(0.35)  # the worker died: the lease ran out, the feed is still due
    assert (await role.tick())["feeds"] == 1
    assert dispatcher.sent == [(POLL_FEED, [feed.id]), (POLL_FEED, [feed.id])]
    assert metrics.registry.get_sample_value("tripwire_queue_depth",
                                             {"queue": "tasks"}) == 2


async def test_articles_a_crash_left_unprocessed_are_queued_again(
    pg_store: Store, postgres_url: str,
) -> None:
    feed, _ = await pg_store.add_feed("https://wire.example/rss.xml")
    stored = await pg_store.add_articles(feed.id, [
        Article(id=f"a{n}", url=f"https://wire.example/{n}", title="t", text="North Korea.")
        for n in range(10)
    ])
    await pg_store.mark_processed([stored[0].id])
    dispatcher = FakeDispatcher()
    later = datetime.now(UTC) + timedelta(seconds=60)
    role = _role(pg_store, postgres_url, dispatcher, Metrics(), clock=lambda: later)
    await role.tick()
    requeued = [args for task, args in dispatcher.sent if task == PROCESS_ARTICLES]
    assert sorted(i for _, batch in requeued for i in batch) == [s.id for s in stored[1:]]
    assert all(feed_id == feed.id and len(batch) <= 8 for feed_id, batch in requeued)
    dispatcher.sent.clear()
    await role.tick()  # each leftover is leased: not queued again at every tick
    assert [t for t, _ in dispatcher.sent if t == PROCESS_ARTICLES] == []


async def test_young_unprocessed_articles_are_left_to_their_task(
    pg_store: Store, postgres_url: str,
) -> None:
    feed, _ = await pg_store.add_feed("https://wire.example/rss.xml")
    await pg_store.add_articles(feed.id, [
        Article(id="fresh", url="https://wire.example/fresh", title="t", text="x")
    ])
    dispatcher = FakeDispatcher()
    await _role(pg_store, postgres_url, dispatcher, Metrics()).tick()
    assert [t for t, _ in dispatcher.sent if t == PROCESS_ARTICLES] == []


async def test_one_scheduler_leads_and_the_standby_takes_over(
    pg_store: Store, postgres_url: str,
) -> None:
    await pg_store.add_feed("https://wire.example/rss.xml")
    first_d, second_d = FakeDispatcher(), FakeDispatcher()
    first = _role(pg_store, postgres_url, first_d, Metrics())
    second = _role(pg_store, postgres_url, second_d, Metrics())
    stop_first, stop_second = asyncio.Event(), asyncio.Event()
    t1 = asyncio.create_task(first.run(stop_first))
    await _until(lambda: first.leading)
    t2 = asyncio.create_task(second.run(stop_second))
    await asyncio.sleep(0.5)
    assert first.leading and not second.leading
    assert first_d.sent and not second_d.sent
    stop_first.set()
    await asyncio.wait_for(t1, 10)
    await _until(lambda: second.leading)
    stop_second.set()
    await asyncio.wait_for(t2, 10)


class RecordingChannel:
    platform = "slack"

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        self.sent.append(item.id)
        return f"m{item.id}"

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        return None

    async def find_delivered(self, item: OutboxRecord) -> str | None:
        return f"m{item.id}" if item.id in self.sent else None


async def test_one_sender_per_token_delivers_and_the_heir_reconciles_first(
    pg_store: Store, postgres_url: str,
) -> None:
    watch = await pg_store.add_watch(("slack", "C0ROLE"), "North Korea")
    stored = await pg_store.add_articles(None, [
        Article(id=f"s{n}", url=f"https://wire.example/s{n}", title="t", text="x")
        for n in range(3)
    ])
    payload = {"headline": "h", "quote": "q", "claimant": None, "outlet": "o",
               "published": None, "link": "https://wire.example/", "watch": "North Korea"}
    ids = [await pg_store.enqueue_alert(chat_id=watch.chat.id, watch_id=watch.id,
                                        article_id=s.id, story_key=s.story_key,
                                        payload=payload) for s in stored]
    channel = RecordingChannel()
    # A sender died holding the first row after the platform took it.
    assert ids[0] is not None
    assert await pg_store.claim_alert(ids[0], token="dead", now=datetime.now(UTC))
    channel.sent.append(ids[0])
    lock = sender_lock_name("slack", "xoxb-role-test")
    assert "xoxb" not in lock
    roles = [SenderRole(pg_store, {"slack": (channel, lock)}, Metrics(),
                        database_url=postgres_url, send_interval=0.05, leader_retry=0.1)
             for _ in range(2)]
    stops = [asyncio.Event(), asyncio.Event()]
    tasks = [asyncio.create_task(r.run(s)) for r, s in zip(roles, stops, strict=True)]
    await _until(lambda: len(channel.sent) == 3)
    await asyncio.sleep(0.3)
    assert sorted(channel.sent) == sorted(i for i in ids if i is not None)
    assert sum("slack" in r.leading for r in roles) == 1
    leader = next(i for i, r in enumerate(roles) if "slack" in r.leading)
    stops[leader].set()
    await asyncio.wait_for(tasks[leader], 10)
    await _until(lambda: "slack" in roles[1 - leader].leading)
    stops[1 - leader].set()
    await asyncio.wait_for(tasks[1 - leader], 10)
    assert await pg_store.outbox_counts() == {"pending": 0, "sent": 3, "dead": 0}


async def _until(predicate: Any, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached in time")
        await asyncio.sleep(0.05)
