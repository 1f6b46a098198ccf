"""Exactly-once delivery under crashes.

First the protocol piece by piece (claim before posting, reconcile what a dead sender left in
doubt) with a Slack stand-in; then real processes: a scheduler, two Celery workers and a
`tripwire sender`, with workers and the sender SIGKILLed at random points and restarted, and
every expected alert counted at the stand-in exactly once.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from support.faultrun import Cluster, role_env, run_trial
from support.feedserver import FeedServer
from support.slackapi import SlackStandIn

from bot.delivery import Sender
from bot.errors import RetryLater
from bot.models import Alert, Article
from bot.store import Store
from bot.store.outbox import OUTBOX_SENDING
from bot.store.records import ChatRecord, OutboxRecord
from handlers.slack_channel import SlackChannel, make_client

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def slack() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as standin:
        yield standin


def _channel(slack: SlackStandIn) -> SlackChannel:
    return SlackChannel(make_client(slack.bot_token, slack.api_url, retry_rate_limits=False),
                        min_interval=0)


async def _queue(store: Store, channel: str, count: int) -> list[int]:
    watch = await store.add_watch(("slack", channel), "North Korea")
    stored = await store.add_articles(None, [
        Article(id=f"{channel}-{n}", url=f"https://wire.example/{channel}/{n}",
                title=f"Report {n}", text="North Korea was named.")
        for n in range(count)
    ])
    ids = []
    for s in stored:
        outbox_id = await store.enqueue_alert(
            chat_id=watch.chat.id, watch_id=watch.id, article_id=s.id, story_key=s.story_key,
            payload={"headline": f"North Korea · report {s.id}", "quote": "North Korea.",
                     "claimant": None, "outlet": "Wire", "published": None,
                     "link": f"https://wire.example/{s.id}", "watch": "North Korea"},
        )
        assert outbox_id is not None
        ids.append(outbox_id)
    return ids


async def _status(store: Store, outbox_id: int) -> str:
    async with store.engine.connect() as conn:
        status = await conn.scalar(text("SELECT status FROM outbox WHERE id = :id"),
                                   {"id": outbox_id})
    return str(status)


async def test_a_row_is_claimed_while_its_post_is_in_flight(store: Store,
                                                             slack: SlackStandIn) -> None:
    [outbox_id] = await _queue(store, "C0CLAIM", 1)
    slack.answer_delay = 0.5
    sender = Sender(store, {"slack": _channel(slack)})
    task = asyncio.create_task(sender.run_once())
    await slack.wait_until(lambda: len(slack.messages) == 1)
    # Slack has it, the sender does not know yet: the row says so.
    assert await _status(store, outbox_id) == OUTBOX_SENDING
    report = await task
    assert report.sent == 1 and len(report.latencies) == 1
    assert await _status(store, outbox_id) == "sent"
    [post] = slack.posts_carrying(outbox_id)
    assert post["metadata"]["event_type"] == "tripwire_alert"


async def test_reconcile_marks_found_alerts_sent_and_resends_the_rest(
    store: Store, slack: SlackStandIn,
) -> None:
    delivered, lost = await _queue(store, "C0DOUBT", 2)
    dead = Sender(store, {"slack": _channel(slack)}, token="dead-sender")
    # The dead sender claimed both; Slack accepted the first before the crash.
    for outbox_id in (delivered, lost):
        assert await store.claim_alert(outbox_id, token=dead.token, now=_now())
    [item] = [i for i in await store.in_doubt_alerts("slack") if i.id == delivered]
    await _channel(slack).deliver(item, _alert())

    heir = Sender(store, {"slack": _channel(slack)})
    report = await heir.reconcile()
    assert (report.delivered, report.released, report.unknown) == (1, 1, 0)
    sent = await heir.drain()
    assert sent.sent == 1
    assert len(slack.posts_carrying(delivered)) == 1
    assert len(slack.posts_carrying(lost)) == 1
    assert await store.in_doubt_alerts("slack") == []


async def test_a_second_sender_never_takes_a_claimed_row(store: Store,
                                                         slack: SlackStandIn) -> None:
    ids = await _queue(store, "C0RACE", 5)
    slack.answer_delay = 0.05
    one = Sender(store, {"slack": _channel(slack)})
    two = Sender(store, {"slack": _channel(slack)})
    await asyncio.gather(one.drain(), two.drain())
    assert sorted(Counter(
        str(m["metadata"]["event_payload"]["outbox_id"]) for m in slack.messages
    ).values()) == [1] * len(ids)


class _Unreachable:
    """A channel whose platform cannot be asked right now."""

    platform = "slack"

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        raise RetryLater("down", retry_after=1)

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        raise RetryLater("down", retry_after=1)

    async def find_delivered(self, item: OutboxRecord) -> str | None:
        raise RetryLater("down", retry_after=1)


class _NoLookup:
    """A channel without history (Telegram's bots): in-doubt rows are sent again."""

    platform = "slack"

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        self.sent.append(item.id)
        return str(item.id)

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        return None


async def test_unknown_stays_in_doubt_and_no_lookup_resends(store: Store) -> None:
    [outbox_id] = await _queue(store, "C0UNKNOWN", 1)
    assert await store.claim_alert(outbox_id, token="dead", now=_now())
    report = await Sender(store, {"slack": _Unreachable()}).reconcile()
    assert report.unknown == 1
    assert [i.id for i in await store.in_doubt_alerts("slack")] == [outbox_id]

    channel = _NoLookup()
    sender = Sender(store, {"slack": channel})
    assert (await sender.reconcile()).released == 1
    await sender.drain()
    assert channel.sent == [outbox_id]


def _now() -> datetime:
    return datetime.now(UTC)


def _alert() -> Alert:
    return Alert(headline="North Korea", quote="North Korea.", claimant=None, outlet="Wire",
                 published=None, link="https://wire.example/x", watch="North Korea")


@pytest.mark.postgres
async def test_killed_workers_and_sender_still_deliver_every_alert_exactly_once(
    postgres_url: str, redis_url: str, slack: SlackStandIn, tmp_path: Path,
) -> None:
    rng = random.Random(20241024)
    store = await Store.open(postgres_url)
    cluster = Cluster(role_env(postgres_url, redis_url, slack), tmp_path)
    try:
        async with FeedServer() as feeds:
            slack.answer_delay = 0.15  # widen "accepted, not yet marked"
            cluster.start("scheduler", "scheduler")
            cluster.start("worker-0", "worker")
            cluster.start("worker-1", "worker")
            cluster.start("sender", "sender")
            outcomes = [
                await run_trial(store, slack, feeds, cluster, rng, trial=n, articles=5,
                                chats=3, kills=3)
                for n in range(3)
            ]
    finally:
        codes = cluster.stop()
        await store.close()
    for n, outcome in enumerate(outcomes):
        assert outcome.exactly_once, (
            f"trial {n}: {outcome}\n--- sender ---\n{cluster.log('sender')[-3000:]}"
            f"\n--- worker-0 ---\n{cluster.log('worker-0')[-3000:]}"
        )
    assert sum(sum(o.kills.values()) for o in outcomes) == 9
    assert codes["scheduler"] == 0, cluster.log("scheduler")[-3000:]
