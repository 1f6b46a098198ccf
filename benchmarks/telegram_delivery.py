"""Telegram delivery under Telegram's flood limits: 2,000 alerts to 200 chats.

    python benchmarks/telegram_delivery.py [--alerts 2000] [--chats 200]

The real outbox sender and TelegramChannel (with the application's AIORateLimiter and the
per-chat pacer) deliver to the stand-in Bot API server from tests/support/botapi.py, which
enforces 30 messages/s overall and 1 message/s per chat by answering 429 with retry_after.
Prints the achieved rate against the 30/s ceiling, the 429s drawn, and how many alerts were
lost or duplicated (both must be 0; the exit status is 1 otherwise). `--unthrottled` turns
the client-side limits off to show the 429 path alone keeps every alert, once.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import structlog

# The stand-in server lives with the tests; this script is run from a checkout.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.botapi import BotApiServer, Limits

from bot.delivery import Sender
from bot.models import Alert, Article
from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from bot.store.codec import alert_to_json
from handlers.commands import CommandCore
from handlers.telegram import ChatPacer, TelegramChannel, build_application

CEILING = 30.0
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _quiet() -> None:
    # Each 429 is already counted here; PTB's limiter would log every one as an exception.
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("telegram").setLevel(logging.CRITICAL)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


async def _fill(store: Store, *, alerts: int, chats: int) -> None:
    """One watch per chat; alerts queued round-robin over the chats, as a busy news day
    would (every chat watching the same developing story)."""
    watches = []
    for c in range(chats):
        watches.append(await store.add_watch(("telegram", str(10_000 + c)), "North Korea"))
    articles = [
        Article(
            id=f"bench-{n}",
            url=f"https://bench.example.org/{n}",
            title=f"Story {n}",
            text="North Korea moved more troops to the border region, officials said.",
            published=datetime(2024, 11, 5, tzinfo=UTC),
            outlet="Bench Wire",
        )
        for n in range(alerts)
    ]
    stored = await store.add_articles(None, articles)
    for n, article in enumerate(stored):
        watch = watches[n % chats]
        alert = Alert(
            headline=f"Alert {n:05d}",
            quote=article.article.text,
            claimant="South Korea's NIS",
            outlet="Bench Wire",
            published=article.article.published,
            link=article.article.url,
            watch=watch.rule_text,
        )
        await store.enqueue_alert(
            chat_id=watch.chat.id,
            watch_id=watch.id,
            article_id=article.id,
            story_key=article.story_key,
            payload=alert_to_json(alert),
        )


async def run(alerts: int, chats: int, *, throttled: bool = True) -> int:
    for name in _PROXY_VARS:
        os.environ.pop(name, None)
    os.environ["PTB_TIMEDELTA"] = "true"
    _quiet()
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(f"sqlite+aiosqlite:///{tmp}/bench.db")
        try:
            await _fill(store, alerts=alerts, chats=chats)
            async with BotApiServer(limits=Limits(overall=30, per_chat_interval=1.0)) as api:
                app = build_application(
                    api.token,
                    CommandCore(store, default_gazetteer()),
                    base_url=api.root_url,
                    rate_limit=throttled,
                )
                await app.initialize()
                try:
                    pacer = ChatPacer(1.0 if throttled else 0.0)
                    sender = Sender(store, {"telegram": TelegramChannel(app.bot, pacer=pacer)})
                    started = time.monotonic()
                    rounds = 0
                    while (await store.outbox_counts())["pending"] and rounds < 10_000:
                        rounds += 1
                        report = await sender.run_once()
                        if report.sent == 0:
                            await asyncio.sleep(0.1)  # everything left is paused for a 429
                    elapsed = time.monotonic() - started
                finally:
                    await app.shutdown()
                counts = await store.outbox_counts()
                return _report(api, alerts, chats, elapsed, counts)
        finally:
            await store.close()


def _report(
    api: BotApiServer, alerts: int, chats: int, elapsed: float, counts: dict[str, int]
) -> int:
    seen = Counter(m.plain.splitlines()[0] for m in api.sent)
    expected = {f"Alert {n:05d}" for n in range(alerts)}
    lost = len(expected - set(seen))
    duplicated = sum(c - 1 for h, c in seen.items() if c > 1)
    per_chat_gap = min(_gaps_in_chats(api), default=float("nan"))
    rate = len(api.sent) / elapsed if elapsed else 0.0
    print(f"alerts {alerts} to {chats} chats in {elapsed:.1f} s")
    print(f"achieved {rate:.1f} msg/s = {rate / CEILING:.0%} of the {CEILING:.0f}/s ceiling")
    print(f"429 answers drawn: {api.rejected_429}")
    print(f"smallest gap between two messages in one chat: {per_chat_gap:.3f} s")
    print(f"outbox: {counts}")
    print(f"lost: {lost}  duplicated: {duplicated}")
    return 0 if lost == 0 and duplicated == 0 and counts["sent"] == alerts else 1


def _gaps_in_chats(api: BotApiServer) -> list[float]:
    """Seconds between consecutive accepted messages in the same chat."""
    by_chat: dict[str, list[float]] = {}
    for m in api.sent:
        by_chat.setdefault(m.chat_id, []).append(m.at)
    return [b - a for times in by_chat.values() for a, b in itertools.pairwise(times)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument(
        "--unthrottled",
        action="store_true",
        help="no client-side limits: every excess message draws a 429 the sender must absorb",
    )
    args = parser.parse_args()
    sys.exit(asyncio.run(run(args.alerts, args.chats, throttled=not args.unthrottled)))


if __name__ == "__main__":
    main()
