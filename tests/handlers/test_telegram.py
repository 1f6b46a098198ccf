"""The Telegram adapter end to end: the real python-telegram-bot Application, long polling a
stand-in Bot API server over HTTP, a real command core on a real SQLite store with the real
gazetteer, and alerts pushed through the real outbox sender."""

from __future__ import annotations

import asyncio
import html
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from support.botapi import BotApiServer, SentMessage, parse_html
from telegram.error import InvalidToken

from bot import texts
from bot.delivery import Sender
from bot.models import Alert, Article
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.store import Store
from bot.store.codec import alert_to_json
from bot.store.records import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT, ChatKey
from handlers.commands import CommandCore
from handlers.telegram import (
    WEBHOOK_PATH,
    TelegramApp,
    WebhookConfig,
    build_application,
    running_bot,
    webhook_handler,
)
from handlers.telegram_channel import ChatPacer, TelegramChannel

READER = 4242  # a private chat: chat id == user id
OTHER_READER = 4343
GROUP = -100200300
ADMIN = 7
MEMBER = 8
CHANNEL = -100999
WATCH = "North Korea troops >= 10000"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx would send 127.0.0.1 calls through a proxy from the environment.
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture
async def api() -> AsyncIterator[BotApiServer]:
    async with BotApiServer(admins={str(GROUP): {str(ADMIN)}}) as server:
        yield server


@pytest.fixture
async def store(sqlite_url: str) -> AsyncIterator[Store]:
    opened = await Store.open(sqlite_url)
    try:
        yield opened
    finally:
        await opened.close()


@dataclass
class Running:
    api: BotApiServer
    store: Store
    app: TelegramApp

    async def say(
        self,
        text: str,
        *,
        chat: int = READER,
        user: int | None = None,
        chat_type: str = "private",
        thread: int | None = None,
    ) -> SentMessage:
        """Send a command and wait for the bot's one reply in that chat."""
        before = len(self.api.messages_to(chat))
        self.api.push_command(
            text, chat_id=chat, user_id=user, chat_type=chat_type, thread_id=thread
        )
        await self.api.wait_sent(before + 1, chat_id=chat)
        return self.api.messages_to(chat)[before]

    def sender(self, **kwargs: object) -> Sender:
        channel = TelegramChannel(self.app.bot, pacer=ChatPacer(0))
        return Sender(self.store, {"telegram": channel}, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def bot(api: BotApiServer, store: Store, gazetteer: Gazetteer) -> AsyncIterator[Running]:
    app = build_application(api.token, CommandCore(store, gazetteer), base_url=api.root_url)
    async with running_bot(app, poll_timeout=10):
        yield Running(api, store, app)


def make_alert(
    quote: str = "Officials said 12,000 troops had arrived.", **changes: object
) -> Alert:
    fields: dict[str, object] = {
        "headline": "North Korea · troops · 12,000",
        "quote": quote,
        "claimant": "Ukraine's GUR",
        "outlet": "Harbour Gazette",
        "published": datetime(2024, 11, 5, 9, 30, tzinfo=UTC),
        "link": "https://news.example.org/story?id=7&lang=en",
        "change": "up from 10,000 reported on Oct 30 by South Korea's NIS",
        "watch": WATCH,
    }
    fields.update(changes)
    return Alert(**fields)  # type: ignore[arg-type]


_article_seq = iter(range(1, 1_000_000))


async def queue_alert(store: Store, key: ChatKey, alert: Alert, *, number: int = 1) -> int:
    """Put `alert` in the outbox for watch `number` of chat `key`, as the service would."""
    n = next(_article_seq)
    [stored] = await store.add_articles(
        None,
        [
            Article(
                id=f"story-{n}",
                url=f"https://news.example.org/{n}",
                title=alert.headline,
                text=alert.quote,
                published=alert.published,
                outlet=alert.outlet,
            )
        ],
    )
    watch = await store.get_watch(key, number)
    assert watch is not None
    outbox_id = await store.enqueue_alert(
        chat_id=watch.chat.id,
        watch_id=watch.id,
        article_id=stored.id,
        story_key=stored.story_key,
        payload=alert_to_json(alert),
    )
    assert outbox_id is not None
    return outbox_id


async def outbox_status(store: Store, key: ChatKey) -> list[str]:
    due = await store.due_alerts("telegram", now=datetime.now(UTC) + timedelta(days=1))
    pending = [item.status for item in due if item.chat.key == key]
    counts = await store.outbox_counts()
    return pending + [OUTBOX_SENT] * counts[OUTBOX_SENT] + [OUTBOX_DEAD] * counts[OUTBOX_DEAD]


def tg(chat: int) -> ChatKey:
    return ("telegram", str(chat))


# --- commands --------------------------------------------------------------------------------


async def test_start_replies_in_html_and_the_menu_is_registered(bot: Running) -> None:
    reply = await bot.say("/start")
    assert reply.parse_mode == "HTML"
    assert reply.text == html.escape(texts.START)
    assert reply.link_preview_options == {"is_disabled": True}
    menu = {c["command"]: c["description"] for c in bot.api.my_commands}
    assert set(menu) == {
        "start",
        "help",
        "watch",
        "watches",
        "unwatch",
        "feeds",
        "addfeed",
        "removefeed",
        "backtest",
        "trend",
        "digest",
        "timezone",
        "quiet",
        "mute",
        "unmute",
    }
    assert menu["watch"] == texts.TELEGRAM_COMMAND_MENU["watch"]
    assert menu["trend"] == texts.TELEGRAM_COMMAND_MENU["trend"]


async def test_watch_list_and_unwatch(bot: Running) -> None:
    added = await bot.say(f"/watch {WATCH}")
    assert added.plain == texts.WATCH_ADDED.format(number=1, rule=WATCH)
    assert "&gt;=" in added.text  # the rule's ">=" is escaped, not read as markup
    listed = await bot.say("/watches")
    assert listed.plain == "\n".join([texts.WATCHES_HEAD, f"#1 {WATCH} — no alerts yet"])
    removed = await bot.say("/unwatch 1")
    assert removed.plain == texts.UNWATCH_DONE.format(number=1, rule=WATCH)
    assert await bot.store.list_watches(tg(READER)) == []


async def test_malformed_watch_says_what_was_expected_with_an_example(bot: Running) -> None:
    reply = await bot.say("/watch North Korea troops >=")
    assert "Expected a number such as 10000" in reply.plain
    assert f"Example: /watch {WATCH}" in reply.plain
    assert await bot.store.list_watches(tg(READER)) == []


async def test_command_addressed_to_the_bot_by_name(bot: Running) -> None:
    reply = await bot.say(f"/watch@{bot.api.username} Pyongyang")
    assert reply.plain == texts.WATCH_ADDED.format(number=1, rule="Pyongyang")


async def test_unknown_command_gets_the_cores_answer_and_other_bots_are_ignored(
    bot: Running,
) -> None:
    bot.api.push_command("/start@some_other_bot", chat_id=READER)
    reply = await bot.say("/frobnicate now")
    assert reply.plain == texts.UNKNOWN_COMMAND.format(name="frobnicate")
    await asyncio.sleep(0.3)  # the other bot's command had every chance to be answered
    assert len(bot.api.messages_to(READER)) == 1


async def test_group_member_is_refused_and_admin_allowed(bot: Running) -> None:
    refused = await bot.say(f"/watch {WATCH}", chat=GROUP, user=MEMBER, chat_type="supergroup")
    assert refused.plain == texts.NOT_ADMIN
    listed = await bot.say("/watches", chat=GROUP, user=MEMBER, chat_type="supergroup")
    assert listed.plain == texts.WATCHES_NONE
    added = await bot.say(f"/watch {WATCH}", chat=GROUP, user=ADMIN, chat_type="supergroup")
    assert added.plain == texts.WATCH_ADDED.format(number=1, rule=WATCH)
    again = await bot.say("/watch Pyongyang", chat=GROUP, user=ADMIN, chat_type="supergroup")
    assert again.plain.startswith("Watch #2 added")
    asked = [p for m, p in bot.api.calls if m == "getChatMember"]
    # Each member was asked about once: the answer is cached.
    assert sorted(p["user_id"] for p in asked) == [ADMIN, MEMBER]
    chat = await bot.store.get_chat(tg(GROUP))
    assert chat is not None
    assert (chat.kind, chat.title) == ("group", f"chat {GROUP}")


async def test_in_groups_unknown_commands_are_answered_only_when_addressed(
    bot: Running,
) -> None:
    # "/roll" may be another bot's command: silence, unless it names this bot.
    bot.api.push_command("/roll 2d6", chat_id=GROUP, user_id=ADMIN, chat_type="supergroup")
    reply = await bot.say(
        f"/roll@{bot.api.username}", chat=GROUP, user=ADMIN, chat_type="supergroup"
    )
    assert reply.plain == texts.UNKNOWN_COMMAND.format(name="roll")
    await asyncio.sleep(0.3)
    assert len(bot.api.messages_to(GROUP)) == 1


async def test_channel_post_commands_are_answered(bot: Running) -> None:
    reply = await bot.say(f"/watch {WATCH}", chat=CHANNEL, chat_type="channel")
    assert reply.plain == texts.WATCH_ADDED.format(number=1, rule=WATCH)
    chat = await bot.store.get_chat(tg(CHANNEL))
    assert chat is not None
    assert chat.kind == "channel"


async def test_forum_topic_keeps_its_thread_for_replies_and_alerts(bot: Running) -> None:
    reply = await bot.say(
        f"/watch {WATCH}", chat=GROUP, user=ADMIN, chat_type="supergroup", thread=77
    )
    assert reply.message_thread_id == 77
    [watch] = await bot.store.list_watches(tg(GROUP))
    assert watch.thread_id == "77"
    await queue_alert(bot.store, tg(GROUP), make_alert())
    report = await bot.sender().run_once()
    assert report.sent == 1
    assert bot.api.messages_to(GROUP)[-1].message_thread_id == 77


# --- alerts ----------------------------------------------------------------------------------


async def test_alert_arrives_escaped_with_quote_link_and_buttons(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    quote = 'Officials said <script>alert("x")</script> & "12,000 troops" had arrived.'
    await queue_alert(bot.store, tg(READER), make_alert(quote))
    report = await bot.sender().run_once()
    assert (report.sent, report.retried, report.dead) == (1, 0, 0)
    alert = bot.api.messages_to(READER)[-1]
    assert alert.parse_mode == "HTML"
    assert alert.link_preview_options == {"is_disabled": True}
    assert alert.text.startswith("<b>North Korea · troops · 12,000</b>\n<blockquote>")
    assert (
        "<blockquote>Officials said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
        "&amp; &quot;12,000 troops&quot; had arrived.</blockquote>"
    ) in alert.text
    assert "<script>" not in alert.text
    assert '<a href="https://news.example.org/story?id=7&amp;lang=en">' in alert.text
    plain = alert.plain
    assert quote in plain
    assert "per Ukraine's GUR" in plain
    assert "up from 10,000 reported on Oct 30 by South Korea's NIS" in plain
    assert "Harbour Gazette · 2024-11-05 · Read the article" in plain
    assert plain.endswith(f"Watch #1: {WATCH}")
    assert alert.buttons() == [
        (texts.BUTTON_MUTE, "tw:mute:1"),
        (texts.BUTTON_UNWATCH, "tw:unwatch:1"),
    ]
    assert await outbox_status(bot.store, tg(READER)) == [OUTBOX_SENT]


async def test_a_non_http_link_is_not_made_clickable(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await queue_alert(bot.store, tg(READER), make_alert(link="javascript:alert(1)"))
    await bot.sender().run_once()
    alert = bot.api.messages_to(READER)[-1]
    assert "<a " not in alert.text
    assert "javascript" not in alert.text


async def test_unwatch_and_mute_buttons(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await bot.say("/watch Pyongyang")
    await queue_alert(bot.store, tg(READER), make_alert())
    await bot.sender().run_once()
    alert = bot.api.messages_to(READER)[-1]
    bot.api.push_callback("tw:mute:2", message=alert, user_id=READER)
    await bot.api.wait_until(lambda: len(bot.api.callback_answers) == 1)
    muted = bot.api.callback_answers[0]
    assert muted["text"].startswith("Watch #2 muted until ")
    watch = await bot.store.get_watch(tg(READER), 2)
    assert watch is not None
    assert watch.muted_until is not None
    bot.api.push_callback("tw:unwatch:1", message=alert, user_id=READER)
    await bot.api.wait_until(lambda: len(bot.api.callback_answers) == 2)
    assert bot.api.callback_answers[1]["text"] == texts.UNWATCH_DONE.format(number=1, rule=WATCH)
    assert [w.number for w in await bot.store.list_watches(tg(READER))] == [2]
    bot.api.push_callback("tw:unwatch:1", message=alert, user_id=READER)
    await bot.api.wait_until(lambda: len(bot.api.callback_answers) == 3)
    gone = bot.api.callback_answers[2]
    assert gone["text"] == texts.UNWATCH_MISSING.format(number=1)
    assert gone["show_alert"] in {True, "true", "True"}


async def test_group_button_press_by_a_member_is_refused(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}", chat=GROUP, user=ADMIN, chat_type="supergroup")
    await queue_alert(bot.store, tg(GROUP), make_alert())
    await bot.sender().run_once()
    alert = bot.api.messages_to(GROUP)[-1]
    bot.api.push_callback("tw:unwatch:1", message=alert, user_id=MEMBER)
    await bot.api.wait_until(lambda: len(bot.api.callback_answers) == 1)
    assert bot.api.callback_answers[0]["text"] == texts.NOT_ADMIN
    assert len(await bot.store.list_watches(tg(GROUP))) == 1


async def test_429_delays_that_chat_only_and_the_alert_is_sent_later(bot: Running) -> None:
    for chat in (READER, OTHER_READER):
        await bot.say(f"/watch {WATCH}", chat=chat)
        await queue_alert(bot.store, tg(chat), make_alert())
        await queue_alert(bot.store, tg(chat), make_alert(headline="Second alert"))
    now = [datetime.now(UTC)]
    sender = bot.sender(clock=lambda: now[0])
    bot.api.fail_next(429, "Too Many Requests: retry after 30", retry_after=30, chat_id=READER)
    started = time.monotonic()
    report = await sender.run_once()
    assert time.monotonic() - started < 5  # nobody waited out the 30 seconds
    assert (report.sent, report.retried) == (2, 1)
    assert len(bot.api.messages_to(READER)) == 1  # only the /watch reply
    assert [m.plain.splitlines()[0] for m in bot.api.messages_to(OTHER_READER)[1:]] == [
        "North Korea · troops · 12,000",
        "Second alert",
    ]
    now[0] += timedelta(seconds=10)
    assert (await sender.run_once()).sent == 0  # still paused
    now[0] += timedelta(seconds=25)
    report = await sender.run_once()
    assert report.sent == 2
    headlines = [m.plain.splitlines()[0] for m in bot.api.messages_to(READER)[1:]]
    assert headlines == ["North Korea · troops · 12,000", "Second alert"]  # in order, once


async def test_403_deactivates_the_chat_and_keeps_its_watches(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await queue_alert(bot.store, tg(READER), make_alert())
    bot.api.block(READER)
    report = await bot.sender().run_once()
    assert report.dead == 1
    chat = await bot.store.get_chat(tg(READER))
    assert chat is not None
    assert not chat.active
    assert [w.rule_text for w in await bot.store.list_watches(tg(READER))] == [WATCH]


async def test_chat_not_found_counts_as_gone(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await queue_alert(bot.store, tg(READER), make_alert())
    bot.api.forget(READER)
    report = await bot.sender().run_once()
    assert report.dead == 1
    chat = await bot.store.get_chat(tg(READER))
    assert chat is not None
    assert not chat.active


async def test_server_error_is_retried_later(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await queue_alert(bot.store, tg(READER), make_alert())
    bot.api.fail_next(502, "Bad Gateway")
    report = await bot.sender().run_once()
    assert (report.sent, report.retried, report.dead) == (0, 1, 0)
    assert await outbox_status(bot.store, tg(READER)) == [OUTBOX_PENDING]


def _long_quote() -> str:
    sentence = 'Officials said <b>unconfirmed</b> & "disputed" figures of 12,000 troops. '
    return sentence * 150  # about 11,000 characters, more once escaped


async def test_long_alert_is_split_into_valid_messages(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    quote = _long_quote()
    await queue_alert(bot.store, tg(READER), make_alert(quote))
    report = await bot.sender().run_once()
    assert report.sent == 1
    parts = bot.api.messages_to(READER)[1:]
    assert len(parts) >= 4
    for part in parts:
        assert len(part.text.encode("utf-16-le")) // 2 <= 4096
        parse_html(part.text)  # the stand-in accepted it; check again for the record
    assert [bool(p.buttons()) for p in parts] == [False] * (len(parts) - 1) + [True]
    words = " ".join(p.plain for p in parts).split()
    assert " ".join(quote.split()) in " ".join(words)


async def test_split_alert_resumes_after_a_429_without_repeating_parts(bot: Running) -> None:
    await bot.say(f"/watch {WATCH}")
    await queue_alert(bot.store, tg(READER), make_alert(_long_quote()))
    now = [datetime.now(UTC)]
    sender = bot.sender(clock=lambda: now[0])
    # Part one goes through, part two is refused.
    bot.api.fail_next(
        429, "Too Many Requests: retry after 2", retry_after=2, chat_id=READER, after=1
    )
    assert (await sender.run_once()).retried == 1
    assert len(bot.api.messages_to(READER)) == 2  # the /watch reply and part one
    now[0] += timedelta(seconds=3)
    assert (await sender.run_once()).sent == 1
    texts_sent = [m.text for m in bot.api.messages_to(READER)[1:]]
    assert len(texts_sent) == len(set(texts_sent))
    assert bot.api.messages_to(READER)[-1].buttons()


# --- webhook mode ----------------------------------------------------------------------------


async def test_webhook_mode_takes_updates_with_the_secret_only(
    api: BotApiServer,
    store: Store,
    gazetteer: Gazetteer,
) -> None:
    app = build_application(api.token, CommandCore(store, gazetteer), base_url=api.root_url)
    web_app = web.Application()
    web_app.router.add_post(WEBHOOK_PATH, webhook_handler(app, "s3cret-token"))
    runner = web.AppRunner(web_app)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}{WEBHOOK_PATH}"
    try:
        async with running_bot(app, webhook=WebhookConfig(url=url, secret_token="s3cret-token")):
            assert api.webhook is not None
            assert (api.webhook["url"], api.webhook["secret_token"]) == (url, "s3cret-token")
            assert not any(m == "getUpdates" for m, _ in api.calls)
            update = {
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "text": "/start",
                    "chat": {"id": READER, "type": "private", "first_name": "R"},
                    "from": {"id": READER, "is_bot": False, "first_name": "R"},
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                }
            }
            assert await api.post_to_webhook(update, secret="wrong") == 403
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            async with aiohttp.ClientSession(headers=headers) as session:
                for junk in (b"not json", b"null", b"[1, 2]"):
                    async with session.post(url, data=junk) as response:
                        assert response.status == 400, junk
            assert await api.post_to_webhook(update) == 200
            [reply] = await api.wait_sent(1, chat_id=READER)
            assert reply.plain == texts.START
    finally:
        await runner.cleanup()


async def test_one_chats_commands_are_answered_in_order(bot: Running) -> None:
    names = ["Pyongyang", "Seoul", "Kyiv", "Moscow", "Warsaw"]
    for name in names:
        bot.api.push_command(f"/watch {name}", chat_id=READER)
    bot.api.push_command("/watches", chat_id=READER)
    replies = await bot.api.wait_sent(6, chat_id=READER)
    assert [r.plain for r in replies[:5]] == [
        texts.WATCH_ADDED.format(number=n, rule=name) for n, name in enumerate(names, 1)
    ]
    assert replies[5].plain.splitlines()[1:] == [
        f"#{n} {x} — no alerts yet" for n, x in enumerate(names, 1)
    ]


async def test_a_failed_menu_does_not_stop_the_bot(
    api: BotApiServer, store: Store, gazetteer: Gazetteer
) -> None:
    api.fail_next(500, "Internal Server Error", method="setMyCommands")
    app = build_application(api.token, CommandCore(store, gazetteer), base_url=api.root_url)
    async with running_bot(app, poll_timeout=10):
        api.push_command("/start", chat_id=READER)
        [reply] = await api.wait_sent(1, chat_id=READER)
    assert reply.plain == texts.START
    assert api.my_commands == []


async def test_a_wrong_token_fails_at_start_and_leaves_nothing_running(
    api: BotApiServer, store: Store, gazetteer: Gazetteer
) -> None:
    app = build_application("999:WRONG", CommandCore(store, gazetteer), base_url=api.root_url)
    with pytest.raises(InvalidToken):
        async with running_bot(app, poll_timeout=10):
            pytest.fail("the bot must not run with a token Telegram refuses")
    assert not app.running
    assert app.updater is not None
    assert not app.updater.running
