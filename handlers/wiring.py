"""Which chat adapters run, and how each `tripwire` role is put together from Settings.

`tripwire run` is the all-in-one service: every platform whose token is set, or the console
when none is. The scale-out roles (`scheduler`, `worker`, `sender`, `chat`) are built here
too, because only handlers/ may import the chat libraries: the adapters' imports stay inside
the functions so a deployment without Slack never imports slack_bolt.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from typing import Any

import structlog
from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import text

from bot.delivery import Channel
from bot.errors import ConfigError
from bot.leader import LeaderLock
from bot.metrics import Metrics
from bot.roles import SCHEDULER_LOCK, CeleryDispatcher, SchedulerRole, SenderRole, sender_lock_name
from bot.runtime import Adapter, Components, install_signal_handlers, open_components, serve
from bot.settings import Settings
from bot.store.repository import Store
from bot.tasks import QUEUE, Leases, WorkerRuntime, make_celery, register_tasks
from handlers.console import ConsoleAdapter
from handlers.http import HealthCheck, HttpServer, ThreadedHttpServer

log = structlog.get_logger(__name__)


def build_adapters(components: Components, *, server: HttpServer | None = None) -> list[Adapter]:
    """Every configured chat adapter. With `server` (the process's shared HTTP server) Slack
    and a Telegram webhook add their routes to it instead of listening on their own."""
    settings = components.settings
    adapters: list[Adapter] = []
    if settings.telegram_bot_token:
        from handlers.telegram import TelegramAdapter, WebhookConfig

        webhook = None
        if settings.telegram_webhook_url:
            if server is None or not settings.telegram_webhook_secret:
                raise ConfigError("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET and the "
                                  "HTTP server (TRIPWIRE_HTTP_ENABLED)")
            webhook = WebhookConfig(settings.telegram_webhook_url,
                                    settings.telegram_webhook_secret)
        telegram = TelegramAdapter(settings.telegram_bot_token, components.core,
                                   base_url=settings.telegram_base_url, webhook=webhook)
        route = telegram.webhook_route()
        if route is not None and server is not None:
            server.add_routes([route])
        adapters.append(telegram)
    if settings.slack_bot_token:
        from handlers.slack import SlackAdapter

        if not settings.slack_signing_secret:
            raise ConfigError("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not")
        adapters.append(
            SlackAdapter(components.core, token=settings.slack_bot_token,
                         signing_secret=settings.slack_signing_secret,
                         api_url=settings.slack_api_url, app_token=settings.slack_app_token,
                         host=settings.http_host, port=settings.http_port, server=server)
        )
    if not adapters:
        adapters.append(ConsoleAdapter())
    return adapters


def _needs_http(settings: Settings) -> bool:
    """For `tripwire run`: serve HTTP when asked, or when a chat platform needs it."""
    if settings.http_enabled is not None:
        return settings.http_enabled
    slack_http = bool(settings.slack_bot_token) and not settings.slack_app_token
    return slack_http or bool(settings.telegram_webhook_url)


def database_health(store: Store, **extra: Any) -> HealthCheck:
    async def check() -> dict[str, Any]:
        async with store.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return {"ok": True, **{k: v() if callable(v) else v for k, v in extra.items()}}

    return check


async def run_service(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    metrics = Metrics()
    async with open_components(settings) as components:
        server = None
        if _needs_http(settings):
            server = HttpServer(metrics, host=settings.http_host, port=settings.http_port,
                                health=database_health(components.store, role="run"))
        await serve(components, build_adapters(components, server=server), stop,
                    metrics=metrics, http=server)


@asynccontextmanager
async def _role_http(settings: Settings, metrics: Metrics,
                     health: HealthCheck) -> AsyncIterator[HttpServer | None]:
    if settings.http_enabled is False:
        yield None
        return
    server = HttpServer(metrics, host=settings.http_host, port=settings.http_port,
                        health=health)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def run_scheduler(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    metrics = Metrics()
    # First: it refuses a database that cannot elect a leader (SQLite) before anything opens.
    lock = LeaderLock(settings.database_url, SCHEDULER_LOCK, retry_interval=settings.leader_retry)
    store = await Store.open(settings.database_url)
    redis = Redis.from_url(settings.redis_url)
    try:
        role = SchedulerRole(
            store, CeleryDispatcher(make_celery(settings), redis), lock, metrics,
            tick=settings.scheduler_tick, lease=settings.task_visibility_timeout,
            sweep_after=settings.task_visibility_timeout,
        )
        health = database_health(store, role="scheduler", leader=lambda: role.leading)
        async with _role_http(settings, metrics, health):
            log.info("scheduler.started", pid=os.getpid())
            await role.run(stop)
    finally:
        await lock.close()
        redis.close()
        await store.close()
        log.info("scheduler.stopped")


async def _sender_channels(settings: Settings, components: Components,
                           stack: AsyncExitStack) -> dict[str, tuple[Channel, str]]:
    channels: dict[str, tuple[Channel, str]] = {}
    if settings.telegram_bot_token:
        from handlers.telegram import TelegramChannel, build_application

        # The application is only initialised (never polled): its bot carries the rate
        # limiter; the chat role answers the updates.
        app = build_application(settings.telegram_bot_token, components.core,
                                base_url=settings.telegram_base_url)
        await app.initialize()
        stack.push_async_callback(app.shutdown)
        channels["telegram"] = (TelegramChannel(app.bot),
                                sender_lock_name("telegram", settings.telegram_bot_token))
    if settings.slack_bot_token:
        from handlers.slack_channel import SlackChannel

        channels["slack"] = (SlackChannel.connect(settings.slack_bot_token,
                                                  settings.slack_api_url),
                             sender_lock_name("slack", settings.slack_bot_token))
    if not channels:
        raise ConfigError("the sender needs TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN")
    return channels


async def run_sender(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    metrics = Metrics()
    async with open_components(settings) as components, AsyncExitStack() as stack:
        channels = await _sender_channels(settings, components, stack)
        role = SenderRole(components.store, channels, metrics,
                          database_url=settings.database_url,
                          send_interval=settings.send_interval,
                          leader_retry=settings.leader_retry,
                          announce=components.poller.announce_disabled)
        health = database_health(components.store, role="sender",
                                 leading=lambda: sorted(role.leading))
        async with _role_http(settings, metrics, health):
            log.info("sender.started", platforms=sorted(channels), pid=os.getpid())
            await role.run(stop)
    log.info("sender.stopped")


async def run_chat(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """The chat listeners alone: commands in, replies out; alerts are the sender's."""
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    metrics = Metrics()
    async with open_components(settings) as components:
        server = None
        if settings.http_enabled is not False:
            server = HttpServer(metrics, host=settings.http_host, port=settings.http_port,
                                health=database_health(components.store, role="chat"))
        adapters = build_adapters(components, server=server)
        if any(isinstance(a, ConsoleAdapter) for a in adapters):
            raise ConfigError("the chat role needs TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN")
        started: list[Any] = []
        try:
            if server is not None:
                await server.start()
                started.append(server)
            for adapter in adapters:
                await adapter.start()
                started.append(adapter)
            log.info("chat.started", adapters=[a.channel.platform for a in adapters])
            await stop.wait()
        finally:
            for item in reversed(started):
                with suppress(Exception):
                    await item.stop()
            log.info("chat.stopped")


def run_worker(settings: Settings, *, loglevel: str = "INFO") -> None:
    """A Celery worker process running one task at a time on its own event loop; run more
    processes to scale (compose: `--scale worker=N`)."""
    metrics = Metrics()
    app = make_celery(settings)
    runtime = WorkerRuntime(settings, metrics)
    redis = Redis.from_url(settings.redis_url)
    register_tasks(app, runtime, Leases(redis))

    async def health() -> dict[str, Any]:
        try:
            depth = await asyncio.to_thread(redis.llen, QUEUE)
        except RedisError as err:
            return {"ok": False, "role": "worker", "error": f"redis: {err}"}
        return {"ok": True, "role": "worker", "queue": depth}

    runtime.warm_up()
    http = None
    if settings.http_enabled is not False:
        http = ThreadedHttpServer(HttpServer(metrics, host=settings.http_host,
                                             port=settings.http_port, health=health))
        http.start()
    try:
        app.worker_main([
            "worker", "--pool=solo", f"--loglevel={loglevel}", "-Q", QUEUE,
            "-n", f"tripwire-{os.getpid()}@%h",
            "--without-gossip", "--without-mingle",
        ])
    finally:
        if http is not None:
            http.stop()
        runtime.close()
        redis.close()
