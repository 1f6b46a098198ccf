"""TelegramChannel against the stand-in Bot API: Telegram's errors mapped onto the sender's,
per-chat pacing, and the stand-in refusing what Telegram refuses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import pytest
from support.botapi import BotApiServer, Limits
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert
from bot.store.records import OUTBOX_PENDING, ChatRecord, OutboxRecord
from handlers.telegram import api_urls
from handlers.telegram_channel import (
    NETWORK_RETRY_AFTER,
    ChatPacer,
    TelegramChannel,
    map_error,
)

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


def outbox(chat_id: int, *, outbox_id: int = 1, thread: str | None = None) -> OutboxRecord:
    chat = ChatRecord(
        id=chat_id,
        platform="telegram",
        chat_id=str(chat_id),
        kind="private",
        title=None,
        active=True,
    )
    return OutboxRecord(
        id=outbox_id,
        chat=chat,
        watch_id=1,
        watch_number=3,
        thread_id=thread,
        article_id=1,
        story_key="s",
        payload={},
        status=OUTBOX_PENDING,
        attempts=0,
        next_attempt_at=datetime.now(UTC),
        platform_message_id=None,
        last_error=None,
    )


ALERT = Alert(
    headline="Poland · deal · $1.2 billion",
    quote="The ministry signed a $1.2bn contract for 96 attack helicopters.",
    claimant="Poland's defence ministry",
    outlet="Vistula Courier",
    published=None,
    link="https://courier.example.pl/x",
    watch="Poland deal >= $1bn",
)


@pytest.mark.parametrize(
    ("make", "expected", "retry_after"),
    [
        # Built inside the test, where PTB_TIMEDELTA is set: RetryAfter reads it at once.
        (lambda: RetryAfter(17), RetryLater, 17.0),
        (lambda: Forbidden("Forbidden: bot was blocked by the user"), RecipientGone, None),
        (lambda: Forbidden("Forbidden: bot was kicked from the group chat"), RecipientGone, None),
        (lambda: BadRequest("Bad Request: chat not found"), RecipientGone, None),
        (
            lambda: BadRequest("Bad Request: not enough rights to send text messages"),
            RecipientGone,
            None,
        ),
        (lambda: ChatMigrated(-1001234), RecipientGone, None),
        (lambda: TimedOut(), RetryLater, NETWORK_RETRY_AFTER),
        (lambda: NetworkError("Bad Gateway"), RetryLater, NETWORK_RETRY_AFTER),
        (lambda: BadRequest("Bad Request: can't parse entities"), DeliveryError, None),
        (lambda: InvalidToken(), DeliveryError, None),
        (lambda: Conflict("terminated by other getUpdates request"), DeliveryError, None),
    ],
)
def test_map_error(
    make: Callable[[], TelegramError],
    expected: type[DeliveryError],
    retry_after: float | None,
) -> None:
    mapped = map_error(make(), "42")
    assert type(mapped) is expected
    assert "telegram chat 42" in str(mapped)
    if retry_after is not None:
        assert isinstance(mapped, RetryLater)
        assert mapped.retry_after == retry_after


async def test_pacer_spaces_one_chat_and_leaves_others_alone() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    pacer = ChatPacer(1.0, clock=lambda: now[0], sleep=sleep)
    await pacer.wait("a")
    await pacer.wait("b")
    await pacer.wait("a")  # reserved one second after the first
    await pacer.wait("a")
    assert slept == [1.0, 2.0]
    now[0] += 5
    await pacer.wait("a")
    assert slept == [1.0, 2.0]


def test_api_urls_accept_root_or_bot_path() -> None:
    expected = ("http://h:8081/bot", "http://h:8081/file/bot")
    assert api_urls("http://h:8081") == expected
    assert api_urls("http://h:8081/") == expected
    assert api_urls("http://h:8081/bot") == expected


@pytest.fixture
async def api() -> AsyncIterator[BotApiServer]:
    async with BotApiServer() as server:
        yield server


@pytest.fixture
async def bot(api: BotApiServer) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url) as opened:
        yield opened


async def test_deliver_returns_the_message_id_and_targets_the_thread(
    api: BotApiServer, bot: Bot
) -> None:
    channel = TelegramChannel(bot, pacer=ChatPacer(0))
    message_id = await channel.deliver(outbox(42, thread="9"), ALERT)
    [sent] = api.sent
    assert message_id == str(sent.message_id)
    assert sent.message_thread_id == 9
    assert sent.buttons() == [("Mute this watch", "tw:mute:3"), ("Unwatch", "tw:unwatch:3")]


async def test_a_deleted_topic_falls_back_to_the_chat(api: BotApiServer, bot: Bot) -> None:
    api.fail_next(400, "Bad Request: message thread not found")
    channel = TelegramChannel(bot, pacer=ChatPacer(0))
    await channel.deliver(outbox(42, thread="9"), ALERT)
    [sent] = api.sent
    assert sent.message_thread_id is None


async def test_errors_from_the_wire_are_mapped(api: BotApiServer, bot: Bot) -> None:
    channel = TelegramChannel(bot, pacer=ChatPacer(0))
    api.fail_next(429, "Too Many Requests: retry after 7", retry_after=7)
    with pytest.raises(RetryLater) as waited:
        await channel.deliver(outbox(42), ALERT)
    assert waited.value.retry_after == 7
    api.fail_next(500, "Internal Server Error")
    with pytest.raises(RetryLater):
        await channel.deliver(outbox(42), ALERT)
    api.block(43)
    with pytest.raises(RecipientGone):
        await channel.deliver(outbox(43), ALERT)
    assert api.sent == []


@pytest.mark.parametrize(
    "markup",
    ["<b>unclosed", "<script>x</script>", "a & b", "<b><i>x</b></i>", "1 < 2", "</b>"],
)
async def test_the_stand_in_refuses_what_telegram_refuses(bot: Bot, markup: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as refused:
        await bot.send_message(42, markup, parse_mode=ParseMode.HTML)
    assert type(map_error(refused.value, "42")) is DeliveryError


async def test_the_stand_in_refuses_over_4096_characters(bot: Bot) -> None:
    await bot.send_message(42, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(42, "x" * 4097)


async def test_paced_sends_meet_the_per_chat_limit(api: BotApiServer, bot: Bot) -> None:
    api.limits = Limits(overall=1000, per_chat_interval=0.2, slack=0.05)
    paced = TelegramChannel(bot, pacer=ChatPacer(0.2))
    for n in range(4):
        await paced.deliver(outbox(42, outbox_id=n), ALERT)
    assert (len(api.sent), api.rejected_429) == (4, 0)
    unpaced = TelegramChannel(bot, pacer=ChatPacer(0))
    await unpaced.deliver(outbox(43, outbox_id=10), ALERT)
    with pytest.raises(RetryLater):
        await unpaced.deliver(outbox(43, outbox_id=11), ALERT)
    assert api.rejected_429 == 1


async def test_notice_is_escaped_and_split(api: BotApiServer, bot: Bot) -> None:
    channel = TelegramChannel(bot, pacer=ChatPacer(0))
    chat = outbox(777).chat
    await channel.notify(chat, "Feed <b>disabled</b> & \"gone\"")
    [message] = api.messages_to(777)
    # Sent as HTML with every character escaped: the reader sees the tags, nothing is bold.
    assert message.text == "Feed &lt;b&gt;disabled&lt;/b&gt; &amp; &quot;gone&quot;"
    long = "\n".join(f"line {i} " + "x" * 60 for i in range(120))
    await channel.notify(chat, long)
    assert len(api.messages_to(777)) >= 3
    api.block(777)
    with pytest.raises(RecipientGone):
        await channel.notify(chat, "again")
