"""Feeds polled per second per process, and CPU per poll, against a local server.

    python benchmarks/feed_polling.py [--feeds 10000] [--changed 0.02] [--db URL]

A feed server runs in a child process (so its CPU is not counted) and serves `--feeds`
distinct feed URLs with ETags. One warm-up poll stores every feed's validators; the measured
poll then sends 10,000 conditional GETs of which a `--changed` fraction return a new item
(extracted with the blank spaCy pipeline) and the rest answer 304. Target: 10,000 feeds at a
5-minute interval with under half a core, i.e. one poll under 150 CPU-seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import socket
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web

from bot.feeds import FeedFetcher, make_client
from bot.nlp import Extractor
from bot.nlp.gazetteer import default_gazetteer
from bot.polling import PollPolicy
from bot.service import Poller
from bot.store import Store

_ITEM = (
    "<item><title>Report {n}</title><link>https://wire.example/{feed}/{n}</link>"
    "<guid>{feed}-{n}</guid><pubDate>Thu, 24 Oct 2024 09:00:00 GMT</pubDate>"
    "<description>Officials said {n} trucks crossed the border near station {feed} on "
    "Thursday, the regional governor told reporters at a briefing.</description></item>"
)


def _feed(feed: int, version: int) -> bytes:
    # The warm-up version is empty: it only has to store validators, not extract 100k items.
    items = "".join(_ITEM.format(feed=feed, n=version * 10 + i) for i in range(3 * version))
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>Feed {feed}</title>{items}</channel></rss>"
    ).encode()


def _serve(port: int, changed_every: int) -> None:
    versions: dict[int, int] = {}

    async def handler(request: web.Request) -> web.Response:
        feed = int(request.match_info["n"])
        # Every `changed_every`-th feed publishes between the warm-up and the measured poll.
        version = versions.get(feed, 0)
        if request.headers.get("If-None-Match") == f'"{feed}-{version}"':
            if changed_every and feed % changed_every == 0 and version == 0:
                versions[feed] = version = 1
            else:
                return web.Response(status=304, headers={"ETag": f'"{feed}-{version}"'})
        return web.Response(body=_feed(feed, version), content_type="application/rss+xml",
                            headers={"ETag": f'"{feed}-{version}"'})

    app = web.Application()
    app.router.add_get("/f/{n}.xml", handler)
    web.run_app(app, host="127.0.0.1", port=port, print=None, handle_signals=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 10, 24, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def _run(feeds: int, changed: float, db: str, port: int) -> None:
    store = await Store.open(db)
    for start in range(0, feeds, 500):
        for n in range(start, min(start + 500, feeds)):
            await store.add_feed(f"http://127.0.0.1:{port}/f/{n}.xml")
    clock = _Clock()
    async with make_client(timeout=30) as client:
        poller = Poller(store, FeedFetcher(client), Extractor(default_gazetteer(), model="blank"),
                        default_gazetteer(), clock=clock, concurrency=16, per_host=16,
                        policy=PollPolicy(floor=300, jitter=0), fetch_full_text=False)
        warm = await poller.poll_once()
        print(f"warm-up: {warm.feeds} feeds, {warm.articles} articles, {warm.failed} failed")
        clock.now += timedelta(days=1)
        wall, cpu = time.perf_counter(), time.process_time()
        report = await poller.poll_once()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await store.close()
    print(f"measured poll: {report.feeds} feeds, {report.not_modified} not modified, "
          f"{report.articles} new articles, {report.failed} failed")
    print(f"wall {wall:.1f} s -> {report.feeds / wall:,.0f} feeds/s per process")
    print(f"CPU {cpu:.1f} s -> {1000 * cpu / max(report.feeds, 1):.2f} ms CPU per feed poll")
    share = cpu / 300
    print(f"at a 5-minute interval: {share:.2f} of one core (target < 0.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--changed", type=float, default=0.02)
    parser.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    args = parser.parse_args()
    port = _free_port()
    every = round(1 / args.changed) if args.changed > 0 else 0
    server = multiprocessing.Process(target=_serve, args=(port, every), daemon=True)
    server.start()
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            asyncio.run(_run(args.feeds, args.changed, db, port))
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
