"""`tripwire demo`: the whole flow on embedded defaults, in one process, in a few seconds.

A bundled feed of our own writing is served on 127.0.0.1 (so the real fetcher reads it over
HTTP), a console chat subscribes with a few watches, one poll runs, and every alert the chat
would receive is printed.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TextIO

from aiohttp import web

from bot import texts
from bot.delivery import Sender
from bot.runtime import open_components
from bot.settings import Settings
from handlers.console import CONSOLE_CHAT, ConsoleChannel, run_console_command

DEMO_WATCHES = (
    "North Korea troops >= 10000",
    "North Korea troops by NIS",
    "treaty Russia North Korea",
    "deal >= $1bn",
    '"Hanwha Aerospace"',
)


@dataclass(frozen=True)
class DemoResult:
    alerts: int
    watches: int
    articles: int


def demo_feed() -> bytes:
    return resources.files("bot").joinpath("data/demo_feed.xml").read_bytes()


@asynccontextmanager
async def serve_demo_feed() -> AsyncIterator[str]:
    """Serve the bundled feed on an ephemeral loopback port; yield its URL."""
    body = demo_feed()

    async def handler(_request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/demo.xml", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        yield f"http://127.0.0.1:{port}/demo.xml"
    finally:
        await runner.cleanup()


async def run_demo(
    settings: Settings, out: TextIO, *, database_url: str | None = None
) -> DemoResult:
    with tempfile.TemporaryDirectory(prefix="tripwire-demo-") as tmp:
        url = database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'demo.db'}"
        demo_settings = settings.model_copy(update={"database_url": url})
        async with serve_demo_feed() as feed_url, open_components(demo_settings) as parts:
            await parts.store.add_feed(feed_url, title="Tripwire Demo Wire")
            for line in ("/start", *(f"/watch {w}" for w in DEMO_WATCHES)):
                reply = await run_console_command(parts.core, line, CONSOLE_CHAT)
                print(f"> {line}\n{reply.text}\n", file=out)
            print(texts.CLI_DEMO_HEAD.format(feeds=1, watches=len(DEMO_WATCHES)) + "\n", file=out)
            report = await parts.poller.poll_once()
            channel = ConsoleChannel(out)
            sent = await Sender(parts.store, {channel.platform: channel}).drain()
            print(texts.CLI_DEMO_DONE.format(alerts=sent.sent), file=out)
            return DemoResult(alerts=sent.sent, watches=len(DEMO_WATCHES),
                              articles=report.articles)
