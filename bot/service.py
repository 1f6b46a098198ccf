"""One poll: feeds → new articles → facts → matches → outbox. I/O lives here, at the edge;
extraction, matching and rendering are the pure core it calls.

The rule index is rebuilt only when the watches change (the command core says so, and a
cheap fingerprint of the stored watches catches changes made by another process).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import structlog

from bot.alerts import PreviousFigure, render
from bot.errors import FeedError, RuleError
from bot.feeds import FeedFetcher, FetchResult
from bot.matching import Matcher
from bot.models import Facts, Match, Quantity, Rule
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer
from bot.rules import parse_rule
from bot.store.codec import alert_to_json
from bot.store.records import FeedRecord, StoredArticle, WatchRecord
from bot.store.repository import Store

log = structlog.get_logger(__name__)

FEED_CONCURRENCY = 16


@dataclass
class PollReport:
    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    articles: int = 0
    matches: int = 0
    queued: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Index:
    fingerprint: tuple[tuple[int, str], ...]
    matcher: Matcher
    watches_by_rule: dict[str, list[WatchRecord]]


class Poller:
    def __init__(
        self,
        store: Store,
        fetcher: FeedFetcher,
        extractor: Extractor,
        gazetteer: Gazetteer,
        *,
        concurrency: int = FEED_CONCURRENCY,
        allow_private_feeds: bool = False,
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._extractor = extractor
        self._gazetteer = gazetteer
        self._limit = asyncio.Semaphore(concurrency)
        self._allow_private = allow_private_feeds
        self._index: _Index | None = None
        self._rules: dict[str, Rule] = {}

    async def invalidate(self) -> None:
        """Watches changed: rebuild the rule index before the next article is matched."""
        self._index = None

    async def _current_index(self) -> _Index:
        watches = await self._store.active_watches()
        fingerprint = tuple(sorted((w.id, w.rule_text) for w in watches))
        if self._index is not None and self._index.fingerprint == fingerprint:
            return self._index
        by_rule: dict[str, list[WatchRecord]] = defaultdict(list)
        for w in watches:
            if w.rule_text not in self._rules:
                try:
                    self._rules[w.rule_text] = parse_rule(w.rule_text, self._gazetteer)
                except RuleError as err:
                    # A watch stored under an older grammar must not stop everyone's alerts.
                    log.warning("watch.unparsable", watch=w.id, error=str(err))
                    continue
            by_rule[w.rule_text].append(w)
        matcher = Matcher((self._rules[t] for t in by_rule), self._gazetteer)
        self._index = _Index(fingerprint, matcher, dict(by_rule))
        return self._index

    async def poll_once(self) -> PollReport:
        report = PollReport()
        feeds = await self._store.due_feeds()
        report.feeds = len(feeds)
        fetched = await asyncio.gather(*(self._fetch(f, report) for f in feeds))
        for feed, result in zip(feeds, fetched, strict=True):
            if result is None or result.not_modified:
                continue
            stored = await self._store.add_articles(feed.id, result.articles)
            report.articles += len(stored)
            if stored:
                await self.process(feed, stored, report)
        return report

    async def _fetch(self, feed: FeedRecord, report: PollReport) -> FetchResult | None:
        async with self._limit:
            try:
                result = await self._fetcher.fetch(
                    feed.url,
                    etag=feed.etag,
                    last_modified=feed.last_modified,
                    # A chat user's feed stays untrusted at every poll: DNS can change.
                    untrusted=feed.added_by is not None and not self._allow_private,
                )
            except FeedError as err:
                report.failed += 1
                report.errors.append(str(err))
                status = getattr(err, "status", None)
                await self._store.record_fetch(
                    feed.id, status=status, etag=feed.etag, last_modified=feed.last_modified,
                    error=err.reason,
                )
                log.warning("feed.failed", feed=feed.url, error=err.reason)
                return None
        if result.not_modified:
            report.not_modified += 1
        await self._store.record_fetch(
            feed.id, status=result.status, etag=result.etag or feed.etag,
            last_modified=result.last_modified or feed.last_modified, error=None,
            url=result.permanent_url,
        )
        return result

    async def process(self, feed: FeedRecord, stored: Sequence[StoredArticle],
                      report: PollReport) -> None:
        """Extract, match and queue alerts for articles just stored from `feed`."""
        items = [(s.article.text, s.article.title or None) for s in stored]
        # spaCy is CPU-bound: keep the event loop (chat adapters, scheduler) responsive.
        all_facts = await asyncio.to_thread(lambda: list(self._extractor.extract_many(items)))
        index = await self._current_index()
        subscribers = {c.id for c in await self._store.feed_subscribers(feed.id)}
        for item, facts in zip(stored, all_facts, strict=True):
            matches = index.matcher.match(item.article, facts)
            previous = await self._previous_figures(item, matches)
            await self._store.save_facts(item.id, facts, item.article.published)
            for match in matches:
                report.matches += 1
                alert = render(match, previous=previous.get(id(match)))
                payload = alert_to_json(alert)
                for watch in index.watches_by_rule.get(match.rule.text, ()):
                    if watch.chat.id not in subscribers:
                        continue
                    if not await self._store.record_match(watch.id, item.id):
                        continue
                    outbox_id = await self._store.enqueue_alert(
                        chat_id=watch.chat.id, watch_id=watch.id, article_id=item.id,
                        story_key=item.story_key, payload=payload,
                    )
                    if outbox_id is not None:
                        report.queued += 1

    async def _previous_figures(self, item: StoredArticle,
                                matches: list[Match]) -> dict[int, PreviousFigure]:
        out: dict[int, PreviousFigure] = {}
        for match in matches:
            q = match.fact
            if not isinstance(q, Quantity) or q.actor is None or q.value is None:
                continue
            history = await self._store.figure_history(
                q.actor, q.category, before=item.article.published, limit=1
            )
            if history and history[0].value is not None:
                point = history[0]
                out[id(match)] = PreviousFigure(point.value, point.claimant, point.published)
        return out


def facts_count(facts: Facts) -> int:
    return len(facts.mentions) + len(facts.quantities) + len(facts.events)
