"""The shared HTTP server: /healthz, /metrics, and the routes chat adapters contribute."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from support.slackapi import SlackStandIn, signed_headers

from bot.delivery import SendReport
from bot.errors import ConfigError
from bot.metrics import Metrics
from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from handlers.commands import CommandCore
from handlers.http import HttpServer, ThreadedHttpServer
from handlers.slack import EVENTS_PATH, SlackAdapter

SECRET = "http-test-secret"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


async def _get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, response.headers.get("Content-Type", ""), await response.text()


@pytest.fixture
async def server() -> AsyncIterator[tuple[HttpServer, Metrics]]:
    metrics = Metrics()
    srv = HttpServer(metrics, port=0)
    yield srv, metrics
    await srv.stop()


async def test_healthz_answers_the_check_and_metrics_expose_counters(
    server: tuple[HttpServer, Metrics],
) -> None:
    srv, metrics = server
    state: dict[str, Any] = {"ok": True, "role": "scheduler"}

    async def check() -> dict[str, Any]:
        return dict(state)

    srv.set_health(check)
    await srv.start()
    status, _, body = await _get(srv.url + "/healthz")
    assert status == 200 and '"role": "scheduler"' in body

    metrics.record_send("slack", SendReport(sent=3, latencies=[0.2, 1.5, 4.0]))
    status, content_type, body = await _get(srv.url + "/metrics")
    assert status == 200 and content_type.startswith("text/plain")
    assert 'tripwire_alerts_sent_total{platform="slack"} 3.0' in body
    assert 'tripwire_delivery_latency_seconds_count{platform="slack"} 3.0' in body


async def test_unhealthy_or_failing_check_gives_503(server: tuple[HttpServer, Metrics]) -> None:
    srv, _ = server

    async def broken() -> dict[str, Any]:
        raise OSError("database unreachable")

    srv.set_health(broken)
    await srv.start()
    status, _, body = await _get(srv.url + "/healthz")
    assert status == 503 and "database unreachable" in body


async def test_routes_must_come_before_start(server: tuple[HttpServer, Metrics]) -> None:
    srv, _ = server
    await srv.start()
    with pytest.raises(ConfigError, match="before the HTTP server starts"):
        srv.add_routes([])


async def test_slack_adds_its_route_to_the_shared_server(sqlite_url: str) -> None:
    store = await Store.open(sqlite_url)
    metrics = Metrics()
    srv = HttpServer(metrics, port=0)
    try:
        async with SlackStandIn() as slack:
            core = CommandCore(store, default_gazetteer())
            adapter = SlackAdapter(core, token=slack.bot_token, signing_secret=SECRET,
                                   api_url=slack.api_url, server=srv)
            assert adapter.http is srv
            await srv.start()
            await adapter.start()  # nothing of its own to listen on
            body = urlencode({
                "team_id": "T0TEST", "channel_id": "D0DM", "user_id": "U0DM",
                "command": "/help", "text": "", "response_url": slack.response_url("help"),
                "trigger_id": "1.2.3", "api_app_id": "A0TEST",
            }).encode()
            async with aiohttp.ClientSession() as session:
                async with session.post(srv.url + EVENTS_PATH, data=body,
                                        headers=signed_headers(SECRET, body)) as response:
                    assert response.status == 200
                async with session.post(srv.url + EVENTS_PATH, data=body,
                                        headers=signed_headers("wrong", body)) as response:
                    assert response.status == 401
            await slack.wait_until(lambda: any(r.name == "help" for r in slack.responses))
            status, _, _ = await _get(srv.url + "/metrics")
            assert status == 200
            await adapter.stop()
    finally:
        await srv.stop()
        await store.close()


async def test_threaded_server_serves_from_its_own_loop() -> None:
    metrics = Metrics()
    metrics.tasks.labels("poll_feed", "ok").inc()
    threaded = ThreadedHttpServer(HttpServer(metrics, port=0))
    threaded.start()
    try:
        status, _, body = await _get(threaded.server.url + "/metrics")
        assert status == 200
        assert 'tripwire_tasks_total{outcome="ok",task="poll_feed"} 1.0' in body
    finally:
        threaded.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_the_chat_role_serves_slack_health_and_metrics_on_one_port(
    sqlite_url: str,
) -> None:
    import asyncio

    from bot.settings import Settings
    from handlers.wiring import run_chat

    port = _free_port()
    async with SlackStandIn() as slack:
        settings = Settings(database_url=sqlite_url, slack_bot_token=slack.bot_token,
                            slack_signing_secret=SECRET, slack_api_url=slack.api_url,
                            http_port=port)
        stop = asyncio.Event()
        role = asyncio.create_task(run_chat(settings, stop))
        root = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    status, _, body = await _get(root + "/healthz")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            assert status == 200 and '"role": "chat"' in body
            status, _, body = await _get(root + "/metrics")
            assert status == 200 and "tripwire_alerts_sent_total" in body
            payload = urlencode({
                "team_id": "T0TEST", "channel_id": "C0DESK", "user_id": "U0ADMIN",
                "command": "/watch", "text": "North Korea",
                "response_url": slack.response_url("watch"), "trigger_id": "1.2.3",
                "api_app_id": "A0TEST",
            }).encode()
            slack.add_user("U0ADMIN", admin=True)
            async with aiohttp.ClientSession() as session, session.post(
                root + EVENTS_PATH, data=payload, headers=signed_headers(SECRET, payload)
            ) as response:
                assert response.status == 200
            await slack.wait_until(lambda: any(r.name == "watch" for r in slack.responses))
            store = await Store.open(sqlite_url)
            try:
                [watch] = await store.list_watches(("slack", "C0DESK"))
                assert watch.rule_text == "North Korea"
            finally:
                await store.close()
        finally:
            stop.set()
            await asyncio.wait_for(role, 15)
