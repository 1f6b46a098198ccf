"""One poll: due feeds → new articles → full text → stories → stored, then handed to
bot.processing (facts → matches → outbox). I/O lives here, at the edge; extraction, matching,
rendering and story hashing are the pure core it calls.

Each feed has its own schedule (bot.polling): `poll_once` fetches only the feeds whose
`next_poll_at` has come, at most `per_host` at a time per host, and sets the next time from
what happened (new items, 304, server hints, errors). After `failures_to_disable` errors in a
row a feed is disabled; `announce_disabled` tells the chats that added it, once.

Near-duplicates from other outlets join the first article's story (bot.stories), so
bot.processing alerts once per story per chat and names the later outlets in that alert.

Scaled out (bot.tasks), a worker runs one feed (`poll_feed`: fetch, store, then record the
fetch, so a crash before the articles are stored refetches them) and batches of stored
articles (`process_articles`). An article is marked processed once its alerts are queued;
processing it again after a crash is harmless (facts are replaced, the outbox is unique per
story, and a match is recorded in the same transaction as its alert).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from bot import texts
from bot.delivery import Channel
from bot.errors import DeliveryError, FeedError, FeedThrottled, StoreError
from bot.feeds import FeedFetcher, FetchResult
from bot.fulltext import FullTextFetcher
from bot.models import Article
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer
from bot.poll_report import PollReport
from bot.polling import HostLimiter, PollPolicy, after_failure, after_success, jittered
from bot.processing import ArticleProcessor
from bot.settings import Settings
from bot.store.records import FeedRecord, StoredArticle
from bot.store.repository import Store
from bot.stories import Known, bands, best_story, from_bytes, signature, story_text, to_bytes

log = structlog.get_logger(__name__)

FEED_CONCURRENCY = 16
PER_HOST = 2
# How far back a new article looks for the story it belongs to.
STORY_WINDOW = timedelta(hours=72)
_PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class _Fetched:
    result: FetchResult
    fresh: list[Article]
    # The fetch's bookkeeping when the caller records it itself (after storing the articles).
    record: dict[str, Any] | None = None


def poll_policy(settings: Settings) -> PollPolicy:
    floor = settings.feed_min_interval or settings.poll_interval
    return PollPolicy(
        floor=floor,
        ceiling=max(floor, settings.feed_max_interval),
        failures_to_disable=settings.feed_failures_to_disable,
    )


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Poller:
    def __init__(
        self,
        store: Store,
        fetcher: FeedFetcher,
        extractor: Extractor,
        gazetteer: Gazetteer,
        *,
        concurrency: int = FEED_CONCURRENCY,
        per_host: int = PER_HOST,
        allow_private_feeds: bool = False,
        policy: PollPolicy | None = None,
        fulltext: FullTextFetcher | None = None,
        fetch_full_text: bool = True,
        clock: Callable[[], datetime] = _utc_now,
        rng: random.Random | None = None,
        story_window: timedelta = STORY_WINDOW,
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._limit = asyncio.Semaphore(concurrency)
        self._hosts = HostLimiter(per_host)
        self._allow_private = allow_private_feeds
        self._policy = policy or PollPolicy()
        self._fulltext = fulltext or FullTextFetcher(fetcher, limiter=self._hosts)
        self._full_text_on = fetch_full_text
        self._clock = clock
        self._rng = rng or random.Random()
        self._story_window = story_window
        self._channels: dict[str, Channel] = {}
        self._pruned_at: datetime | None = None
        self._processor = ArticleProcessor(store, extractor, gazetteer)

    def attach_channels(self, channels: Mapping[str, Channel]) -> None:
        """Chat channels for plain notices (a feed disabled); each poll then announces."""
        self._channels = dict(channels)

    async def invalidate(self) -> None:
        """Watches changed: rebuild the rule index before the next article is matched."""
        self._processor.invalidate()

    async def poll_once(self) -> PollReport:
        report = PollReport()
        now = self._clock()
        feeds = await self._store.due_feeds(now)
        report.feeds = len(feeds)
        fetched = await asyncio.gather(*(self._fetch(f, now, report) for f in feeds))
        for feed, got in zip(feeds, fetched, strict=True):
            if got is None or got.result.not_modified or not got.fresh:
                continue
            try:
                await self._ingest(feed, got, now, report)
            except StoreError:
                raise
            except Exception as exc:  # one hostile entry must not stop the poll
                report.failed += 1
                report.errors.append(f"{feed.url}: {type(exc).__name__}: {exc}")
                log.exception("feed.ingest_failed", feed=feed.url)
        if self._channels:
            await self.announce_disabled()
        if self._pruned_at is None or now - self._pruned_at >= _PRUNE_EVERY:
            self._pruned_at = now
            await self._store.prune_story_bands(now - self._story_window)
        return report

    async def announce_disabled(self, channels: Mapping[str, Channel] | None = None) -> int:
        """Tell each chat that added a feed now disabled, once; returns notices sent. Operator
        feeds are the operator's business: logged at error level, not announced to chats."""
        targets = self._channels if channels is None else dict(channels)
        sent = 0
        for feed in await self._store.feeds_to_announce():
            if not await self._store.mark_feed_announced(feed.id):
                continue
            if feed.added_by is None:
                log.error("feed.disabled", feed=feed.url, error=feed.last_error)
                continue
            text = texts.FEED_DISABLED_NOTICE.format(
                url=feed.url, failures=feed.failures, error=feed.last_error or "unknown"
            )
            for chat in await self._store.feed_subscribers(feed.id):
                channel = targets.get(chat.platform)
                if channel is None:
                    continue
                try:
                    await channel.notify(chat, text)
                    sent += 1
                except DeliveryError as err:
                    log.warning("feed.notice_failed", feed=feed.url, chat=chat.chat_id,
                                error=str(err))
        return sent

    async def poll_feed(self, feed_id: int) -> tuple[PollReport, list[int]]:
        """One feed, for a worker task: fetch it, store its new articles, then record the
        fetch. Returns the report and the new articles' ids, left for `process_articles`."""
        report = PollReport()
        feed = await self._store.get_feed(feed_id)
        now = self._clock()
        if feed is None or not feed.enabled:
            return report, []
        if feed.next_poll_at is not None and feed.next_poll_at > now:
            return report, []  # a duplicate task: another worker polled it already
        report.feeds = 1
        got = await self._fetch(feed, now, report, defer_record=True)
        if got is None:
            return report, []
        stored: list[StoredArticle] = []
        if not got.result.not_modified and got.fresh:
            stored = await self._ingest(feed, got, now, report, process=False)
        if got.record is not None:
            await self._store.record_fetch(feed.id, **got.record)
        if self._pruned_at is None or now - self._pruned_at >= _PRUNE_EVERY:
            self._pruned_at = now
            await self._store.prune_story_bands(now - self._story_window)
        return report, [s.id for s in stored]

    async def process_articles(self, feed_id: int | None,
                               article_ids: Sequence[int]) -> PollReport:
        """Extract, match and queue alerts for stored articles not processed yet (a worker
        task; safe to run twice)."""
        report = PollReport()
        stored = await self._store.get_articles(article_ids, unprocessed_only=True)
        if not stored:
            return report
        feed = None if feed_id is None else await self._store.get_feed(feed_id)
        if feed is None:  # the feed was removed: nobody subscribes to its articles any more
            await self._store.mark_processed([s.id for s in stored])
            return report
        await self._processor.process(feed, stored, report)
        return report

    async def _fetch(self, feed: FeedRecord, now: datetime, report: PollReport, *,
                     defer_record: bool = False) -> _Fetched | None:
        # The limit covers the database writes too: 10,000 due feeds must not ask the
        # connection pool for 10,000 connections at once.
        async with self._limit:
            return await self._fetch_one(feed, now, report, defer_record=defer_record)

    async def _fetch_one(self, feed: FeedRecord, now: datetime, report: PollReport, *,
                         defer_record: bool = False) -> _Fetched | None:
        # A chat user's feed stays untrusted at every poll: DNS can change.
        untrusted = feed.added_by is not None and not self._allow_private
        try:
            async with self._hosts.slot(feed.url):
                result = await self._fetcher.fetch(
                    feed.url, etag=feed.etag, last_modified=feed.last_modified,
                    untrusted=untrusted, content_hash=feed.content_hash,
                )
            fresh = [] if result.not_modified else await self._store.unseen_articles(
                result.articles
            )
        except FeedError as err:
            await self._failed(feed, now, report, err.reason, getattr(err, "status", None),
                               err.retry_after if isinstance(err, FeedThrottled) else None)
            return None
        except StoreError:
            raise
        except Exception as exc:  # no input may crash the poller
            log.exception("feed.crashed", feed=feed.url)
            await self._failed(feed, now, report, f"unexpected {type(exc).__name__}: {exc}",
                               None, None)
            return None
        if result.not_modified:
            report.not_modified += 1
        interval = after_success(self._policy, feed.poll_interval, new_items=bool(fresh),
                                 server_hint=result.cache_lifetime)
        record: dict[str, Any] = {
            "status": result.status, "etag": result.etag,
            "last_modified": result.last_modified, "error": None,
            "url": result.permanent_url, "content_hash": result.content_hash,
            "poll_interval": interval, "new_items": bool(fresh),
            "next_poll_at": now + timedelta(seconds=jittered(interval, self._policy.jitter,
                                                             self._rng)),
        }
        if defer_record:
            return _Fetched(result, fresh, record)
        await self._store.record_fetch(feed.id, **record)
        return _Fetched(result, fresh)

    async def _failed(self, feed: FeedRecord, now: datetime, report: PollReport, reason: str,
                      status: int | None, retry_after: float | None) -> None:
        report.failed += 1
        report.errors.append(f"{feed.url}: {reason}")
        delay = after_failure(self._policy, feed.poll_interval, feed.failures + 1,
                              retry_after=retry_after)
        updated = await self._store.record_fetch(
            feed.id, status=status, etag=None, last_modified=None, error=reason,
            next_poll_at=now + timedelta(seconds=jittered(delay, self._policy.jitter,
                                                          self._rng)),
            disable_after=self._policy.failures_to_disable,
        )
        log.warning("feed.failed", feed=feed.url, error=reason, failures=updated.failures)
        if not updated.enabled:
            report.disabled += 1
            log.error("feed.disabled", feed=feed.url, error=reason, failures=updated.failures)

    async def _ingest(self, feed: FeedRecord, got: _Fetched, now: datetime,
                      report: PollReport, *, process: bool = True) -> list[StoredArticle]:
        result = got.result
        flags = dict(zip((a.id for a in result.articles), result.summary_only, strict=False))
        untrusted = feed.added_by is not None and not self._allow_private
        needed = [self._full_text_on and flags.get(a.id, False) for a in got.fresh]
        completed = await self._fulltext.complete(got.fresh, needed, untrusted=untrusted)
        items = [c.article for c in completed]
        sources = [c.source for c in completed]
        report.full_text += sum(1 for c in completed if c.source == "page")
        sigs = await asyncio.to_thread(
            lambda: [signature(story_text(a.title, a.text)) for a in items]
        )
        keys: list[str] = []
        batch: list[Known] = []
        for article, sig in zip(items, sigs, strict=True):
            known = list(batch)
            if sig is not None:
                for c in await self._store.story_candidates(bands(sig),
                                                            since=now - self._story_window):
                    other = from_bytes(c.minhash)
                    if other is not None:
                        known.append(Known(c.story_key, c.outlet, other))
            best = best_story(sig, known)
            key = best.story_key if best is not None else article.id
            keys.append(key)
            if sig is not None:
                batch.append(Known(key, article.outlet, sig))
        stored = await self._store.add_articles(
            feed.id, items, story_keys=keys, text_sources=sources,
            minhashes=[None if s is None else to_bytes(s) for s in sigs],
        )
        report.articles += len(stored)
        if stored and process:
            await self._processor.process(feed, stored, report)
        return stored
