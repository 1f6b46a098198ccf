"""Stored articles → facts → matches → alerts in the outbox: the second half of a poll, and
all of a `process_articles` worker task. The poller (bot.service) stores the articles and
hands them here.

The rule index is rebuilt only when the watches change (the command core says so, and a
cheap fingerprint of the stored watches catches changes made by another process).

A watch alerts once per story per chat (the outbox is unique on it), and a later copy from
another outlet adds its outlet to the alert's "also reported by" while the alert is still
pending. A sent alert is left as it is: a second message for the same story is exactly the
noise stories exist to prevent.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import structlog

from bot import texts
from bot.alerts import PreviousFigure, render
from bot.errors import RuleError
from bot.matching import Matcher
from bot.models import Facts, Match, Quantity, Rule
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer
from bot.poll_report import PollReport
from bot.rules import parse_rule
from bot.store.codec import alert_to_json
from bot.store.outbox import JOINED, QUEUED, MatchedAlert
from bot.store.records import FeedRecord, StoredArticle, WatchRecord
from bot.store.repository import Store

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class _Index:
    fingerprint: tuple[tuple[int, str], ...]
    matcher: Matcher
    watches_by_rule: dict[str, list[WatchRecord]]


class ArticleProcessor:
    def __init__(self, store: Store, extractor: Extractor, gazetteer: Gazetteer) -> None:
        self._store = store
        self._extractor = extractor
        self._gazetteer = gazetteer
        self._index: _Index | None = None
        self._rules: dict[str, Rule] = {}

    def invalidate(self) -> None:
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

    async def process(self, feed: FeedRecord, stored: Sequence[StoredArticle],
                      report: PollReport) -> None:
        """Extract, match and queue alerts for articles just stored from `feed`, then mark
        them processed. Each article's matches and alerts are written in one transaction, so
        a crash never leaves a match recorded without its alert."""
        items = [(s.article.text, s.article.title or None) for s in stored]
        # spaCy is CPU-bound: keep the event loop (chat adapters, scheduler) responsive.
        all_facts = await asyncio.to_thread(lambda: list(self._extractor.extract_many(items)))
        index = await self._current_index()
        subscribers = {c.id for c in await self._store.feed_subscribers(feed.id)}
        for item, facts in zip(stored, all_facts, strict=True):
            matches = index.matcher.match(item.article, facts)
            previous = await self._previous_figures(item, matches)
            await self._store.save_facts(item.id, facts, item.article.published)
            report.facts += facts_count(facts)
            wanted: list[tuple[WatchRecord, MatchedAlert]] = []
            for match in matches:
                report.matches += 1
                alert = render(match, previous=previous.get(id(match)))
                payload = alert_to_json(alert)
                for watch in index.watches_by_rule.get(match.rule.text, ()):
                    if watch.chat.id in subscribers:
                        wanted.append((watch, MatchedAlert(watch.id, watch.chat.id, item.id,
                                                           item.story_key, payload)))
            outcomes = await self._store.queue_matches([m for _, m in wanted])
            for (watch, _), (outcome, _) in zip(wanted, outcomes, strict=True):
                if outcome == QUEUED:
                    report.queued += 1
                elif outcome == JOINED:
                    report.joined += 1
                    await self._also_reported(watch, item)
        await self._store.mark_processed([s.id for s in stored])

    async def _also_reported(self, watch: WatchRecord, item: StoredArticle) -> None:
        pending = await self._store.pending_story_alert(watch.chat.id, watch.id, item.story_key)
        if pending is None:
            return
        outbox_id, payload = pending
        updated = with_also_reported(payload, item.article.outlet)
        if updated is not None:
            await self._store.replace_pending_payload(outbox_id, updated)

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


def with_also_reported(payload: dict[str, Any], outlet: str) -> dict[str, Any] | None:
    """The alert payload with `outlet` added to its "also reported by", or None when the
    outlet is already named. The first outlet and the list are kept beside the rendered line
    so each later copy rebuilds it from scratch."""
    first = str(payload.get("first_outlet") or payload.get("outlet") or "")
    others = [str(o) for o in payload.get("also_reported_by") or []]
    if not outlet or outlet == first or outlet in others:
        return None
    others.append(outlet)
    return {
        **payload,
        "first_outlet": first,
        "also_reported_by": others,
        "outlet": texts.ALSO_REPORTED.format(outlet=first, others=", ".join(others)),
    }
