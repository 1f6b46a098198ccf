"""`tripwire run` as a user meets it: the service with its Telegram and Slack adapters talking
to stand-in platform servers, a local feed, a /watch typed in chat and the alert arriving
within one poll interval."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode

import aiohttp
import pytest
from fixtures.feeds import TROOPS_3K, TROOPS_12K, rss
from support.botapi import BotApiServer
from support.feedserver import FeedServer
from support.slackapi import SlackStandIn, signed_headers

from bot.runtime import Components, open_components, serve
from bot.settings import Settings
from handlers.console import ConsoleAdapter
from handlers.slack import EVENTS_PATH, SlackAdapter
from handlers.telegram import TelegramAdapter
from handlers.wiring import build_adapters

POLL = 1.0
SECRET = "run-test-signing-secret"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def feeds() -> AsyncIterator[FeedServer]:
    async with FeedServer() as server:
        server.serve("/wire.xml", rss(TROOPS_3K))
        yield server


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[tuple[Components, list[object]]]:
    async with open_components(settings) as components:
        adapters = build_adapters(components)
        stop = asyncio.Event()
        task = asyncio.create_task(serve(components, adapters, stop))
        try:
            yield components, list(adapters)
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)


def test_console_is_used_when_no_platform_is_configured(sqlite_url: str) -> None:
    async def go() -> None:
        async with open_components(Settings(database_url=sqlite_url)) as components:
            adapters = build_adapters(components)
            assert [type(a) for a in adapters] == [ConsoleAdapter]

    asyncio.run(go())


async def test_telegram_watch_then_alert_within_one_poll(sqlite_url: str,
                                                         feeds: FeedServer) -> None:
    async with BotApiServer() as api:
        settings = Settings(database_url=sqlite_url, poll_interval=POLL,
                            telegram_bot_token=api.token, telegram_base_url=api.root_url)
        async with running(settings) as (components, adapters):
            assert isinstance(adapters[0], TelegramAdapter)
            await components.store.add_feed(feeds.url("/wire.xml"))
            api.push_command("/start", chat_id=501, user_id=501)
            api.push_command("/watch North Korea troops >= 10000", chat_id=501, user_id=501)
            await api.wait_sent(2, chat_id=501)
            assert "Watch #1 added" in api.messages_to(501)[-1].text
            await asyncio.sleep(POLL * 1.5)  # a poll passes: the 3,000 figure must not fire
            assert len(api.messages_to(501)) == 2

            feeds.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
            # Within one poll interval, with room for a loaded CI machine.
            await api.wait_sent(3, chat_id=501, within=POLL * 2 + 3)
            alert = api.messages_to(501)[-1]
            assert "12,000" in alert.text and "GUR" in alert.text
            assert [b[0] for b in alert.buttons()] == ["Mute this watch", "Unwatch"]


async def test_slack_signed_watch_then_alert_within_one_poll(sqlite_url: str,
                                                             feeds: FeedServer) -> None:
    async with SlackStandIn() as slack:
        settings = Settings(database_url=sqlite_url, poll_interval=POLL,
                            slack_bot_token=slack.bot_token, slack_signing_secret=SECRET,
                            slack_api_url=slack.api_url, http_port=0)
        async with running(settings) as (components, adapters):
            adapter = adapters[0]
            assert isinstance(adapter, SlackAdapter) and adapter.http is not None
            await components.store.add_feed(feeds.url("/wire.xml"))
            body = urlencode({
                "team_id": "T0TEST", "channel_id": "C0DESK", "channel_name": "desk",
                "user_id": "U0DM", "command": "/watch", "text": "North Korea troops >= 10000",
                "response_url": slack.response_url("watch"), "trigger_id": "1.2.3",
                "api_app_id": "A0TEST",
            }).encode()
            slack.add_user("U0DM", admin=True)
            async with aiohttp.ClientSession() as session, session.post(
                adapter.http.url + EVENTS_PATH, data=body, headers=signed_headers(SECRET, body)
            ) as response:
                assert response.status == 200
            await slack.wait_until(lambda: any(r.name == "watch" for r in slack.responses))
            feeds.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
            await slack.wait_until(lambda: len(slack.messages) == 1, within=POLL * 2 + 3)
            message = slack.messages[0]
            assert message["channel"] == "C0DESK"
            assert "12,000" in str(message["blocks"])


def test_sigterm_stops_the_service_gracefully(sqlite_url: str, tmp_path: object) -> None:
    import os
    import signal
    import subprocess
    import sys

    env = {**os.environ, "TRIPWIRE_DATABASE_URL": sqlite_url, "TRIPWIRE_POLL_INTERVAL": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=str(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "service.started" in line:
                break
        else:
            pytest.fail(f"the service did not start: exit {proc.wait()}")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        rest = proc.stderr.read()
        assert "service.stopped" in rest
    finally:
        if proc.poll() is None:
            proc.kill()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _command_update(text: str, chat_id: int) -> dict[str, object]:
    name = text.split()[0]
    return {"message": {
        "message_id": 1, "date": 0, "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "R"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "R"},
        "entities": [{"type": "bot_command", "offset": 0, "length": len(name)}],
    }}


async def test_telegram_webhook_mode_through_run_service(sqlite_url: str) -> None:
    from handlers.wiring import run_service

    port = _free_port()
    async with BotApiServer() as api:
        settings = Settings(
            database_url=sqlite_url, poll_interval=POLL, telegram_bot_token=api.token,
            telegram_base_url=api.root_url, http_port=port,
            telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/webhook",
            telegram_webhook_secret="webhook-secret-1",
        )
        stop = asyncio.Event()
        service = asyncio.create_task(run_service(settings, stop))
        try:
            await api.wait_until(lambda: api.webhook is not None, within=15)
            assert api.webhook is not None
            assert api.webhook["secret_token"] == "webhook-secret-1"
            assert await api.post_to_webhook(_command_update("/start", 601), secret="bad") == 403
            assert await api.post_to_webhook(_command_update("/start", 601)) == 200
            update = _command_update("/watch North Korea troops >= 10000", 601)
            assert await api.post_to_webhook(update) == 200
            await api.wait_sent(2, chat_id=601)
            async with aiohttp.ClientSession() as session:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as health:
                    assert health.status == 200
                async with session.get(f"http://127.0.0.1:{port}/metrics") as metrics:
                    assert "tripwire_feeds_polled_total" in await metrics.text()
        finally:
            stop.set()
            await asyncio.wait_for(service, 30)
