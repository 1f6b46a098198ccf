"""The worker's side: per-feed and per-article entry points (crash-safe, idempotent), the
Redis leases, and the whole scaled flow in real processes — a feed poll going scheduler →
Celery worker → outbox → sender into a stand-in Slack."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fixtures.feeds import TROOPS_3K, TROOPS_12K, rss
from redis import Redis
from sqlalchemy import text
from support.faultrun import Cluster, role_env
from support.feedserver import FeedServer
from support.slackapi import SlackStandIn

from bot.models import Article
from bot.runtime import Components, open_components
from bot.settings import Settings
from bot.store import Store
from bot.store.outbox import JOINED, QUEUED, SEEN, MatchedAlert
from bot.tasks import Leases, chunks, make_celery

WATCH = "North Korea troops >= 10000"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def feeds() -> AsyncIterator[FeedServer]:
    async with FeedServer() as server:
        server.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
        yield server


@pytest.fixture
async def components(db_url: str) -> AsyncIterator[Components]:
    async with open_components(Settings(database_url=db_url, spacy_model="blank")) as c:
        yield c


async def _outbox_total(components: Components) -> int:
    return sum((await components.store.outbox_counts()).values())


async def test_poll_feed_stores_and_records_but_leaves_processing_to_its_task(
    components: Components, feeds: FeedServer,
) -> None:
    store, poller = components.store, components.poller
    await store.add_watch(("slack", "C0DESK"), WATCH)
    feed, _ = await store.add_feed(feeds.url("/wire.xml"))
    report, ids = await poller.poll_feed(feed.id)
    assert report.feeds == 1 and report.articles == 2 and len(ids) == 2
    assert await _outbox_total(components) == 0
    assert sorted(a for _, a in await store.unprocessed_article_ids(feed_id=feed.id)) == ids
    refreshed = await store.get_feed(feed.id)
    assert refreshed is not None and refreshed.last_polled_at is not None

    # A second task for the same feed (queued twice, or redelivered) finds it polled.
    again, more = await poller.poll_feed(feed.id)
    assert (again.feeds, more) == (0, [])

    processed = await poller.process_articles(feed.id, ids)
    assert processed.queued == 1 and processed.facts > 0
    assert await store.unprocessed_article_ids(feed_id=feed.id) == []
    # Redelivered after it had finished: nothing left to do, nothing queued twice.
    assert (await poller.process_articles(feed.id, ids)).queued == 0
    assert await _outbox_total(components) == 1


async def test_a_batch_cut_short_before_its_mark_is_redone_without_a_second_alert(
    components: Components, feeds: FeedServer,
) -> None:
    store, poller = components.store, components.poller
    await store.add_watch(("slack", "C0DESK"), WATCH)
    feed, _ = await store.add_feed(feeds.url("/wire.xml"))
    _, ids = await poller.poll_feed(feed.id)
    assert (await poller.process_articles(feed.id, ids)).queued == 1
    # The worker died after queueing the alert and before marking the articles processed.
    async with store.engine.begin() as conn:
        await conn.execute(text("UPDATE articles SET processed_at = NULL"))
    again = await poller.process_articles(feed.id, ids)
    assert again.queued == 0 and again.matches == 1
    assert await _outbox_total(components) == 1
    assert await store.unprocessed_article_ids() == []


async def test_matches_and_alerts_are_written_together(store: Store) -> None:
    watch = await store.add_watch(("slack", "C0DESK"), WATCH)
    other = await store.add_watch(("slack", "C0DESK"), "North Korea")
    stored = await store.add_articles(None, [
        Article(id=f"m{n}", url=f"https://wire.example/m{n}", title="t", text="x")
        for n in range(2)
    ])
    first, second = stored

    def alert(w: int, a: int, story: str) -> MatchedAlert:
        return MatchedAlert(w, watch.chat.id, a, story, {"headline": f"{w}/{a}"})

    outcomes = await store.queue_matches([
        alert(watch.id, first.id, "story-1"),
        alert(watch.id, first.id, "story-1"),  # the same rule twice in one article
        alert(other.id, first.id, "story-1"),
        alert(watch.id, second.id, "story-1"),  # another outlet's copy of the story
    ])
    assert [o for o, _ in outcomes] == [QUEUED, SEEN, QUEUED, JOINED]
    assert all(i is not None for o, i in outcomes if o == QUEUED)
    assert [o for o, _ in await store.queue_matches([alert(watch.id, first.id, "story-1")])] \
        == [SEEN]
    assert (await store.outbox_counts())["pending"] == 2


async def test_articles_of_a_removed_feed_are_closed_without_alerts(
    components: Components, feeds: FeedServer,
) -> None:
    store, poller = components.store, components.poller
    await store.add_watch(("slack", "C0DESK"), WATCH)
    feed, _ = await store.add_feed(feeds.url("/wire.xml"))
    _, ids = await poller.poll_feed(feed.id)
    assert await store.remove_feed(feed.id)
    assert (await poller.process_articles(feed.id, ids)).queued == 0
    assert await store.unprocessed_article_ids() == []


def test_leases_exclude_until_dropped_or_expired(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    try:
        leases = Leases(client)
        assert leases.take("feed:1", 60)
        assert not leases.take("feed:1", 60)
        leases.drop("feed:1")
        assert leases.take("feed:1", 0.2)
        time.sleep(0.3)
        assert leases.take("feed:1", 60)
    finally:
        client.close()


def test_celery_app_never_acknowledges_a_task_before_it_finished(redis_url: str) -> None:
    app = make_celery(Settings(redis_url=redis_url, task_visibility_timeout=42))
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.broker_transport_options["visibility_timeout"] == 42
    assert chunks(list(range(20))) == [list(range(8)), list(range(8, 16)), list(range(16, 20))]


@pytest.mark.postgres
async def test_a_feed_poll_flows_scheduler_worker_outbox_sender_into_slack(
    postgres_url: str, redis_url: str, feeds: FeedServer, tmp_path: Path,
) -> None:
    async with SlackStandIn() as slack:
        async with open_components(Settings(database_url=postgres_url)) as c:
            await c.store.upsert_chat(("slack", "C0DESK"), kind="group")
            await c.store.add_watch(("slack", "C0DESK"), WATCH)
            await c.store.add_feed(feeds.url("/wire.xml"))
        cluster = Cluster(role_env(postgres_url, redis_url, slack), tmp_path)
        try:
            for name in ("scheduler", "worker", "sender"):
                cluster.start(name, name)
            try:
                await slack.wait_until(lambda: len(slack.messages) == 1, within=60)
            except TimeoutError:
                pytest.fail("no alert arrived:\n" + "\n".join(
                    f"--- {n} ---\n{cluster.log(n)[-2500:]}"
                    for n in ("scheduler", "worker", "sender")))
            await asyncio.sleep(1.0)
        finally:
            codes = cluster.stop()
    [message] = slack.messages
    assert message["channel"] == "C0DESK"
    assert "12,000" in str(message["blocks"])
    assert message["metadata"]["event_type"] == "tripwire_alert"
    # SIGTERM: each role finishes what it holds and exits cleanly.
    assert codes == {"scheduler": 0, "worker": 0, "sender": 0}, {
        n: cluster.log(n)[-1500:] for n in codes}
    assert "task.poll_feed" in cluster.log("worker")
    assert "sender.leading" in cluster.log("sender")
