"""`tripwire trend-demo`: the README's trend chart, drawn from the bundled demo data.

The demo feed (bot/data/demo_feed.xml) goes through the real service path (served on
127.0.0.1, fetched, extracted, stored) and a few earlier wire stories of our own writing
(bot/data/demo_history.jsonl) are extracted and stored alongside, so the chart shows a figure
moving over six weeks as three claimants reported it.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
from importlib import resources
from pathlib import Path

from bot.batch import read_articles
from bot.demo import serve_demo_feed
from bot.rules import parse_rule
from bot.runtime import open_components
from bot.settings import Settings
from bot.trends import TrendChart, trend_for

DEMO_TREND_WATCH = "North Korea troops >= 10000"


def demo_history() -> str:
    return resources.files("bot").joinpath("data/demo_history.jsonl").read_text("utf-8")


async def demo_trend(settings: Settings, *, database_url: str | None = None) -> TrendChart:
    with tempfile.TemporaryDirectory(prefix="tripwire-trend-") as tmp:
        url = database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'trend.db'}"
        demo_settings = settings.model_copy(update={"database_url": url})
        async with serve_demo_feed() as feed_url, open_components(demo_settings) as parts:
            await parts.store.add_feed(feed_url, title="Tripwire Demo Wire")
            await parts.poller.poll_once()
            items = read_articles(io.StringIO(demo_history()))
            stored = await parts.store.add_articles(None, [i.article for i in items])
            found = await asyncio.to_thread(lambda: list(parts.extractor.extract_many(
                (s.article.text, s.article.title or None) for s in stored)))
            for s, facts in zip(stored, found, strict=True):
                await parts.store.save_facts(s.id, facts, s.article.published)
            rule = parse_rule(DEMO_TREND_WATCH, parts.gazetteer)
            return await trend_for(parts.store, rule)
