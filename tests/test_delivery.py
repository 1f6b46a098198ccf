"""The outbox sender with a scripted fake channel on a real store: order per chat, 429s that
pause only their chat, recipients gone, adapter crashes, backoff and dead letters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery import Sender, backoff
from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert, Article
from bot.store import ChatRecord, OutboxRecord, Store
from bot.store.codec import alert_to_json

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


class FakeChannel:
    """Answers each chat's sends from a script: None = accept, an exception = raise it."""

    platform = "console"

    def __init__(self) -> None:
        self.script: dict[str, list[Exception | None]] = {}
        self.sent: list[tuple[str, str]] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        queue = self.script.get(item.chat.chat_id, [])
        outcome = queue.pop(0) if queue else None
        if outcome is not None:
            raise outcome
        self.sent.append((item.chat.chat_id, alert.headline))
        return f"m{len(self.sent)}"

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        return None


@pytest.fixture
async def world(sqlite_url: str) -> AsyncIterator[tuple[Store, Clock, FakeChannel, Sender]]:
    clock = Clock()
    store = await Store.open(sqlite_url, clock=clock)
    channel = FakeChannel()
    yield store, clock, channel, Sender(store, {"console": channel}, clock=clock)
    await store.close()


async def queue(store: Store, chat: str, n: int) -> list[int]:
    key = ("console", chat)
    record = await store.upsert_chat(key)
    watch = await store.add_watch(key, "North Korea")
    articles = await store.add_articles(None, [
        Article(f"{chat}-{i}", f"https://wire.example/{chat}/{i}", "t", "x") for i in range(n)])
    ids = []
    for i, a in enumerate(articles):
        alert = Alert(f"{chat} alert {i}", "q", None, "Wire", None, a.article.url)
        outbox_id = await store.enqueue_alert(chat_id=record.id, watch_id=watch.id,
                                              article_id=a.id, story_key=a.story_key,
                                              payload=alert_to_json(alert))
        assert outbox_id is not None
        ids.append(outbox_id)
    return ids


async def test_sends_in_order_and_marks_sent(world: tuple[Store, Clock, FakeChannel, Sender]
                                             ) -> None:
    store, _, channel, sender = world
    await queue(store, "a", 3)
    report = await sender.run_once()
    assert report.sent == 3
    assert channel.sent == [("a", "a alert 0"), ("a", "a alert 1"), ("a", "a alert 2")]
    assert (await store.outbox_counts())["sent"] == 3
    assert (await sender.run_once()).sent == 0


async def test_retry_later_pauses_only_that_chat_and_keeps_order(
    world: tuple[Store, Clock, FakeChannel, Sender]
) -> None:
    store, clock, channel, sender = world
    await queue(store, "slow", 2)
    await queue(store, "fast", 2)
    channel.script["slow"] = [RetryLater("429", retry_after=30)]
    report = await sender.run_once()
    assert report.retried == 1 and report.sent == 2
    assert [s for s in channel.sent if s[0] == "slow"] == []
    clock.now += timedelta(seconds=10)
    assert (await sender.run_once()).sent == 0  # still waiting: nothing overtakes alert 0
    clock.now += timedelta(seconds=25)
    assert (await sender.run_once()).sent == 2
    assert [s[1] for s in channel.sent if s[0] == "slow"] == ["slow alert 0", "slow alert 1"]


async def test_recipient_gone_deactivates_chat_and_keeps_watches(
    world: tuple[Store, Clock, FakeChannel, Sender]
) -> None:
    store, _, channel, sender = world
    await queue(store, "gone", 2)
    channel.script["gone"] = [RecipientGone("403 blocked")]
    report = await sender.run_once()
    assert report.dead == 1
    chat = await store.get_chat(("console", "gone"))
    assert chat is not None and not chat.active
    assert len(await store.list_watches(("console", "gone"))) == 1
    assert (await sender.run_once()).sent == 0


async def test_adapter_crash_loses_nothing_then_dead_letter_after_max_attempts(
    world: tuple[Store, Clock, FakeChannel, Sender]
) -> None:
    store, clock, channel, _ = world
    sender = Sender(store, {"console": channel}, clock=clock, max_attempts=3)
    await queue(store, "buggy", 1)
    channel.script["buggy"] = [ValueError("bug"), DeliveryError("400 bad"), DeliveryError("x")]
    for attempt in range(3):
        report = await sender.run_once()
        assert report.sent == 0
        clock.now += backoff(attempt) + timedelta(seconds=1)
    counts = await store.outbox_counts()
    assert counts == {"pending": 0, "sent": 0, "dead": 1}


async def test_crash_then_recovery_sends_once(
    world: tuple[Store, Clock, FakeChannel, Sender]
) -> None:
    store, clock, channel, sender = world
    await queue(store, "flaky", 1)
    channel.script["flaky"] = [RuntimeError("connection reset in adapter")]
    assert (await sender.run_once()).retried == 1
    clock.now += backoff(0) + timedelta(seconds=1)
    assert (await sender.run_once()).sent == 1
    assert channel.sent == [("flaky", "flaky alert 0")]


def test_backoff_grows_and_is_capped() -> None:
    assert backoff(0) < backoff(1) < backoff(2)
    assert backoff(50) == timedelta(hours=1)


async def test_a_held_chats_pile_never_crowds_out_other_chats(sqlite_url: str) -> None:
    from datetime import time

    clock = Clock()
    store = await Store.open(sqlite_url, clock=clock)
    try:
        channel = FakeChannel()
        sender = Sender(store, {"console": channel}, clock=clock, batch=2)
        await queue(store, "digest", 5)
        await store.set_digest(("console", "digest"), time(8), now=clock.now)
        await queue(store, "live", 2)
        report = await sender.run_once()
        assert report.sent == 2
        assert channel.sent == [("live", "live alert 0"), ("live", "live alert 1")]
        assert (await store.outbox_counts())["pending"] == 5
    finally:
        await store.close()
