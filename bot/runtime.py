"""The composition root's parts: build every component from Settings, run the service, stop
it cleanly. Clients are built here and injected everywhere else."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Protocol

import structlog

from bot.delivery import Channel, Sender, SendReport
from bot.feeds import FeedFetcher, make_client
from bot.metrics import Metrics
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.poll_report import PollReport
from bot.scheduler import ServiceScheduler
from bot.service import Poller, poll_policy
from bot.settings import Settings
from bot.store.repository import Store
from bot.urlguard import URLGuard
from handlers.commands import CommandCore

log = structlog.get_logger(__name__)


class Adapter(Protocol):
    """A chat platform at run time: its outbound channel and its listener's lifecycle."""

    @property
    def channel(self) -> Channel: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass
class Components:
    settings: Settings
    store: Store
    fetcher: FeedFetcher
    gazetteer: Gazetteer
    extractor: Extractor
    poller: Poller
    core: CommandCore


@asynccontextmanager
async def open_components(settings: Settings) -> AsyncIterator[Components]:
    store = await Store.open(settings.database_url)
    client = make_client(timeout=settings.feed_timeout)
    try:
        fetcher = FeedFetcher(client, max_bytes=settings.feed_max_bytes, guard=URLGuard())
        gazetteer = default_gazetteer()
        extractor = Extractor(gazetteer, model=settings.spacy_model)
        poller = Poller(store, fetcher, extractor, gazetteer,
                        allow_private_feeds=settings.allow_private_feeds,
                        policy=poll_policy(settings), per_host=settings.feed_per_host)
        core = CommandCore(
            store,
            gazetteer,
            fetcher=fetcher,
            allow_private_feeds=settings.allow_private_feeds,
            everyone_can_edit=settings.group_everyone_can_edit,
            allowed_chats=frozenset(settings.allowed_chats),
            on_watches_changed=poller.invalidate,
        )
        yield Components(settings, store, fetcher, gazetteer, extractor, poller, core)
    finally:
        await client.aclose()
        await store.close()


class Service(Protocol):
    """Something with a start/stop lifecycle that runs beside the adapters (the shared HTTP
    server)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


async def serve(components: Components, adapters: Sequence[Adapter],
                stop: asyncio.Event, *, metrics: Metrics | None = None,
                http: Service | None = None) -> None:
    """Run scheduler and adapters until `stop` is set, then wind down without losing work."""
    sender = Sender(components.store, {a.channel.platform: a.channel for a in adapters})
    # Feeds disabled for failing are announced to their chats at the end of each poll.
    components.poller.attach_channels({a.channel.platform: a.channel for a in adapters})
    counters = metrics or Metrics()

    async def send() -> SendReport:
        report = await sender.run_once()
        counters.record_send("all", report)
        return report

    async def poll_then_send() -> PollReport:
        # Alerts a poll queued go out at once rather than at the sender's next tick.
        report = await components.poller.poll_once()
        counters.record_poll(report)
        if report.queued:
            await send()
        return report

    async def settle_then_release() -> SendReport:
        # Rows a crash left in doubt (and any the platform could not be asked about last
        # time) are settled before digests go out.
        await sender.reconcile()
        return await sender.release_once()

    scheduler = ServiceScheduler(
        poll_then_send, send, poll_interval=components.settings.poll_interval,
        release=settle_then_release,
    )
    started: list[Adapter | Service] = []
    try:
        if http is not None:
            await http.start()
            started.append(http)
        for adapter in adapters:
            await adapter.start()
            started.append(adapter)
        # A previous run killed mid-delivery left rows in doubt: settle them before sending.
        try:
            await sender.reconcile()
        except Exception:  # the release job tries again; starting matters more
            log.exception("service.reconcile_failed")
        scheduler.start()
        log.info("service.started", adapters=[a.channel.platform for a in adapters],
                 poll_interval=components.settings.poll_interval)
        await stop.wait()
    finally:
        log.info("service.stopping")
        await scheduler.stop()
        for running in reversed(started):
            with suppress(Exception):
                await running.stop()
        log.info("service.stopped")


def install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        # Event loops without Unix signals (Windows) refuse; Ctrl-C still ends the process.
        with suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
