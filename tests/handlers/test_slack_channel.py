"""SlackChannel behind the real outbox sender: alerts queued in a real store (SQLite) go out
to the stand-in Slack's chat.postMessage, with 429s, gone channels and network failures."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from support.slackapi import SlackStandIn

from bot.delivery import Sender
from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert, Article
from bot.store import Store
from bot.store.codec import alert_to_json
from bot.store.records import ChatRecord, OutboxRecord
from handlers.slack_channel import NETWORK_RETRY_AFTER, SlackChannel, api_base_url, make_client

CHANNEL = "C0ALERTS"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")

ALERT = Alert(
    headline="North Korea · troops · 12,000",
    quote="About 12,000 North Korean soldiers reached Kursk <!channel> "
          "<https://evil.example|read more>, Kyiv's intelligence service said.",
    claimant="Ukraine's GUR",
    outlet="Eastern Dispatch",
    published=datetime(2025, 1, 14, 7, 5, tzinfo=UTC),
    link="https://dispatch.example/world/kursk-deployment?ref=rss&src=a|b",
    change="up from 10,000 reported on Dec 2 by South Korea's NIS",
    watch="North Korea troops >= 10000",
)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 14, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    store: Store
    slack: SlackStandIn
    clock: Clock
    sender: Sender

    async def queue(self, channel: str = CHANNEL, alert: Alert = ALERT,
                    rule: str = "North Korea troops >= 10000", n: int = 1) -> int:
        key = ("slack", channel)
        chat = await self.store.upsert_chat(key, kind="group", title="alerts")
        watch = await self.store.add_watch(key, rule)
        stored = await self.store.add_articles(None, [Article(
            id=f"story-{channel}-{n}", url=f"{alert.link}&n={n}", title=alert.headline,
            text=alert.quote, published=alert.published, outlet=alert.outlet)])
        outbox_id = await self.store.enqueue_alert(
            chat_id=chat.id, watch_id=watch.id, article_id=stored[0].id,
            story_key=stored[0].story_key, payload=alert_to_json(alert))
        assert outbox_id is not None
        return outbox_id


@pytest.fixture
async def world(sqlite_url: str) -> AsyncIterator[World]:
    clock = Clock()
    store = await Store.open(sqlite_url, clock=clock)
    try:
        async with SlackStandIn() as slack:
            channel = SlackChannel(make_client(slack.bot_token, slack.api_url,
                                               retry_rate_limits=False), min_interval=0)
            yield World(store, slack, clock, Sender(store, {"slack": channel}, clock=clock))
    finally:
        await store.close()


async def test_alert_goes_out_as_block_kit(world: World) -> None:
    await world.queue()
    report = await world.sender.run_once()
    assert (report.sent, report.retried, report.dead) == (1, 0, 0)
    [message] = world.slack.messages
    assert message["channel"] == CHANNEL
    assert message["unfurl_links"] is False
    blocks = message["blocks"]
    assert [b["type"] for b in blocks] == [
        "header", "section", "context", "section", "context", "actions"]
    assert blocks[0]["text"]["text"] == "North Korea · troops · 12,000"
    quote = blocks[1]["text"]["text"]
    assert quote.startswith(">About 12,000 North Korean soldiers reached Kursk")
    assert "&lt;!channel&gt; &lt;https://evil.example|read more&gt;" in quote
    context = blocks[2]["elements"][0]["text"]
    assert context.startswith("per Ukraine's GUR · ")
    assert ("<https://dispatch.example/world/kursk-deployment?ref=rss&amp;src=a%7Cb|"
            "Eastern Dispatch>") in context
    assert "|2025-01-14 07:05 UTC>" in context
    assert blocks[3]["text"]["text"] == "up from 10,000 reported on Dec 2 by South Korea's NIS"
    assert blocks[4]["elements"][0]["text"] == "Watch #1: North Korea troops &gt;= 10000"
    buttons = blocks[5]["elements"]
    assert [(b["action_id"], b["value"], b["text"]["text"]) for b in buttons] == [
        ("tw_mute", "1", "Mute this watch"), ("tw_unwatch", "1", "Unwatch")]
    assert message["text"].startswith("North Korea · troops · 12,000\n")
    everything = json.dumps(message)
    assert "<!channel>" not in everything
    assert "<https://evil" not in everything
    counts = await world.store.outbox_counts()
    assert counts == {"pending": 0, "sent": 1, "dead": 0}
    # Nothing is sent twice.
    assert (await world.sender.run_once()).sent == 0
    assert len(world.slack.messages) == 1


async def test_rate_limited_then_sent_once(world: World) -> None:
    await world.queue()
    world.slack.rate_limit(1, retry_after=3)
    report = await world.sender.run_once()
    assert (report.sent, report.retried) == (0, 1)
    assert len(world.slack.calls_to("chat.postMessage")) == 1  # the outbox retries, not the SDK
    world.clock.now += timedelta(seconds=2)
    assert (await world.sender.run_once()).sent == 0  # still inside Retry-After
    assert len(world.slack.calls_to("chat.postMessage")) == 1
    world.clock.now += timedelta(seconds=2)
    assert (await world.sender.run_once()).sent == 1
    assert len(world.slack.messages) == 1
    assert await world.store.outbox_counts() == {"pending": 0, "sent": 1, "dead": 0}


async def test_channel_not_found_deactivates_the_chat(world: World) -> None:
    await world.queue("C0GONE")
    await world.queue(CHANNEL, n=2)
    world.slack.fail_channel("C0GONE", "channel_not_found")
    report = await world.sender.run_once()
    assert (report.sent, report.dead) == (1, 1)
    gone = await world.store.get_chat(("slack", "C0GONE"))
    assert gone is not None
    assert gone.active is False
    still = await world.store.get_chat(("slack", CHANNEL))
    assert still is not None
    assert still.active is True
    assert [m["channel"] for m in world.slack.messages] == [CHANNEL]


async def test_other_refusals_are_retried_not_fatal(world: World) -> None:
    await world.queue()
    world.slack.fail_channel(CHANNEL, "invalid_blocks")
    report = await world.sender.run_once()
    assert (report.sent, report.retried, report.dead) == (0, 1, 0)
    assert report.errors == [f"slack {CHANNEL}: invalid_blocks"]
    chat = await world.store.get_chat(("slack", CHANNEL))
    assert chat is not None
    assert chat.active


def _record(channel: str, *, watch_number: int = 4) -> OutboxRecord:
    chat = ChatRecord(id=1, platform="slack", chat_id=channel, kind="group", title=None,
                      active=True)
    return OutboxRecord(id=1, chat=chat, watch_id=1, watch_number=watch_number,
                        thread_id=None, article_id=1, story_key="s", payload={},
                        status="pending", attempts=0, next_attempt_at=datetime.now(UTC),
                        platform_message_id=None, last_error=None)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("channel_not_found", RecipientGone),
        ("not_in_channel", RecipientGone),
        ("account_inactive", RecipientGone),
        ("is_archived", RecipientGone),
        ("internal_error", RetryLater),
        ("msg_too_long", DeliveryError),
    ],
)
async def test_error_mapping(error: str, expected: type[DeliveryError]) -> None:
    async with SlackStandIn() as slack:
        slack.fail_channel("C1", error)
        channel = SlackChannel.connect(slack.bot_token, slack.api_url, min_interval=0)
        with pytest.raises(DeliveryError) as caught:
            await channel.deliver(_record("C1"), ALERT)
    assert type(caught.value) is expected


async def test_retry_after_comes_from_the_header() -> None:
    async with SlackStandIn() as slack:
        slack.rate_limit(1, retry_after=17)
        channel = SlackChannel.connect(slack.bot_token, slack.api_url, min_interval=0)
        with pytest.raises(RetryLater) as caught:
            await channel.deliver(_record("C1"), ALERT)
        assert caught.value.retry_after == 17
        assert await channel.deliver(_record("C1"), ALERT) == slack.messages[0]["ts"]


async def test_network_failure_is_retry_later() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    channel = SlackChannel.connect("xoxb-x", f"http://127.0.0.1:{port}/api", min_interval=0)
    with pytest.raises(RetryLater) as caught:
        await channel.deliver(_record("C1"), ALERT)
    assert caught.value.retry_after == NETWORK_RETRY_AFTER


async def test_pacing_is_per_channel() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    async with SlackStandIn() as slack:
        channel = SlackChannel(make_client(slack.bot_token, slack.api_url),
                               min_interval=1.0, clock=lambda: now[0], sleep=sleep)
        await channel.deliver(_record("C1"), ALERT)
        await channel.deliver(_record("C2"), ALERT)
        now[0] += 0.25
        await channel.deliver(_record("C1"), ALERT)
        now[0] += 5
        await channel.deliver(_record("C1"), ALERT)
    assert slept == [0.75]
    assert [m["channel"] for m in slack.messages] == ["C1", "C2", "C1", "C1"]


def test_api_base_url() -> None:
    assert api_base_url(None) == "https://slack.com/api/"
    assert api_base_url("https://slack-gov.com/api") == "https://slack-gov.com/api/"


async def test_notice_is_escaped_plain_text(world: World) -> None:
    channel = SlackChannel(make_client(world.slack.bot_token, world.slack.api_url,
                                       retry_rate_limits=False), min_interval=0)
    chat = await world.store.upsert_chat(("slack", CHANNEL), kind="group")
    await channel.notify(chat, "Feed <https://evil|x> disabled & <!channel>")
    [message] = world.slack.messages
    assert message["text"] == "Feed &lt;https://evil|x&gt; disabled &amp; &lt;!channel&gt;"
    world.slack.fail_channel(CHANNEL, "channel_not_found")
    with pytest.raises(RecipientGone):
        await channel.notify(chat, "again")
