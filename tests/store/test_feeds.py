from __future__ import annotations

import pytest

from bot.errors import StoreError
from bot.store import Store

ALICE = ("telegram", "1001")
BOB = ("telegram", "2002")
NEWSROOM = ("slack", "C0NEWS")

WIRE = "https://wire.example/rss"
BLOG = "https://blog.example/atom.xml"


async def test_add_feed_is_idempotent_on_url(store: Store) -> None:
    feed, created = await store.add_feed(WIRE, title="The Wire")
    again, created_again = await store.add_feed(WIRE, title="Other title")
    assert created
    assert not created_again
    assert again == feed
    assert (feed.url, feed.title, feed.added_by, feed.failures, feed.enabled) == (
        WIRE,
        "The Wire",
        None,
        0,
        True,
    )
    assert await store.get_feed(feed.id) == feed
    assert await store.get_feed(feed.id + 100) is None


async def test_chat_feeds_are_listed_per_chat(store: Store) -> None:
    operator, _ = await store.add_feed(WIRE)
    blog, created = await store.add_feed(BLOG, added_by=ALICE)
    alice = await store.get_chat(ALICE)
    assert created
    assert alice is not None
    assert blog.added_by == alice.id

    assert [f.url for f in await store.list_feeds()] == [WIRE, BLOG]
    assert [f.url for f in await store.list_feeds(chat=ALICE)] == [WIRE, BLOG]
    assert [f.url for f in await store.list_feeds(chat=BOB)] == [WIRE]

    # Bob adding the same feed subscribes him without creating a second row.
    same, created = await store.add_feed(BLOG, added_by=BOB)
    assert not created
    assert same.id == blog.id
    assert same.added_by == alice.id
    assert [f.url for f in await store.list_feeds(chat=BOB)] == [WIRE, BLOG]
    assert operator.added_by is None


async def test_feed_subscribers(store: Store) -> None:
    for key in (ALICE, BOB, NEWSROOM):
        await store.upsert_chat(key)
    operator, _ = await store.add_feed(WIRE)
    blog, _ = await store.add_feed(BLOG, added_by=ALICE)
    await store.add_feed(BLOG, added_by=NEWSROOM)

    assert [c.key for c in await store.feed_subscribers(operator.id)] == [ALICE, BOB, NEWSROOM]
    assert [c.key for c in await store.feed_subscribers(blog.id)] == [ALICE, NEWSROOM]
    await store.set_chat_active(NEWSROOM, False)
    assert [c.key for c in await store.feed_subscribers(operator.id)] == [ALICE, BOB]
    assert [c.key for c in await store.feed_subscribers(blog.id)] == [ALICE]
    assert await store.feed_subscribers(blog.id + 100) == []


async def test_operator_adding_a_chat_feed_makes_it_an_operator_feed(store: Store) -> None:
    await store.upsert_chat(BOB)
    blog, _ = await store.add_feed(BLOG, added_by=ALICE)
    promoted, created = await store.add_feed(BLOG, title="A blog")
    assert not created
    assert promoted.id == blog.id
    assert promoted.added_by is None
    assert promoted.title == "A blog"
    # Now every active chat reads it, in chat creation order.
    assert [c.key for c in await store.feed_subscribers(blog.id)] == [BOB, ALICE]


async def test_remove_feed_by_chat_unsubscribes_then_deletes_when_unused(store: Store) -> None:
    operator, _ = await store.add_feed(WIRE)
    blog, _ = await store.add_feed(BLOG, added_by=ALICE)
    await store.add_feed(BLOG, added_by=BOB)

    assert await store.remove_feed(blog.id, chat=ALICE)
    assert await store.get_feed(blog.id) is not None  # Bob still reads it
    assert [f.url for f in await store.list_feeds(chat=ALICE)] == [WIRE]
    assert not await store.remove_feed(blog.id, chat=ALICE)

    assert await store.remove_feed(blog.id, chat=BOB)
    assert await store.get_feed(blog.id) is None

    # A chat cannot remove an operator feed; the operator can.
    assert not await store.remove_feed(operator.id, chat=ALICE)
    assert not await store.remove_feed(operator.id, chat=("telegram", "stranger"))
    assert await store.get_feed(operator.id) is not None
    assert await store.remove_feed(operator.id)
    assert not await store.remove_feed(operator.id)
    assert await store.list_feeds() == []


async def test_chat_unsubscribing_from_a_promoted_feed_keeps_it(store: Store) -> None:
    blog, _ = await store.add_feed(BLOG, added_by=ALICE)
    await store.add_feed(BLOG)
    assert await store.remove_feed(blog.id, chat=ALICE)
    assert await store.get_feed(blog.id) is not None


async def test_record_fetch_counts_failures_and_resets_on_success(store: Store) -> None:
    feed, _ = await store.add_feed(WIRE)
    assert feed.last_polled_at is None

    ok = await store.record_fetch(
        feed.id, status=200, etag='"v1"', last_modified="Mon, 03 Mar 2025 10:00:00 GMT", error=None
    )
    assert (ok.last_status, ok.etag, ok.failures, ok.last_error) == (200, '"v1"', 0, None)
    assert ok.last_polled_at is not None
    assert ok.last_polled_at.tzinfo is not None

    first = await store.record_fetch(
        feed.id, status=503, etag=None, last_modified=None, error="HTTP 503"
    )
    second = await store.record_fetch(
        feed.id, status=None, etag=None, last_modified=None, error="timed out"
    )
    assert (first.failures, second.failures) == (1, 2)
    assert (second.last_status, second.last_error) == (None, "timed out")
    # A failed fetch tells nothing about the validators: the conditional GET keeps them.
    assert (second.etag, second.last_modified) == ('"v1"', "Mon, 03 Mar 2025 10:00:00 GMT")

    back = await store.record_fetch(feed.id, status=304, etag=None, last_modified=None, error=None)
    assert (back.failures, back.last_error, back.last_status, back.etag) == (0, None, 304, '"v1"')

    with pytest.raises(StoreError):
        await store.record_fetch(
            feed.id + 50, status=200, etag=None, last_modified=None, error=None
        )


async def test_record_fetch_follows_a_permanent_redirect(store: Store) -> None:
    feed, _ = await store.add_feed(WIRE, added_by=ALICE)
    moved = await store.record_fetch(
        feed.id, status=200, etag=None, last_modified=None, error=None, url=WIRE + "?v=2"
    )
    assert moved.url == WIRE + "?v=2"
    assert moved.enabled
    assert (await store.add_feed(WIRE + "?v=2", added_by=ALICE))[1] is False


async def test_redirect_onto_a_known_feed_merges_subscribers(store: Store) -> None:
    old, _ = await store.add_feed(WIRE, added_by=ALICE)
    target, _ = await store.add_feed(BLOG, added_by=BOB)
    merged = await store.record_fetch(
        old.id, status=200, etag=None, last_modified=None, error=None, url=BLOG
    )
    assert merged.url == WIRE
    assert not merged.enabled
    assert merged.last_error is not None
    assert f"#{target.id}" in merged.last_error
    assert [c.key for c in await store.feed_subscribers(target.id)] == [ALICE, BOB]
    assert [f.id for f in await store.due_feeds()] == [target.id]


async def test_due_feeds_are_enabled_ones_least_recently_polled_first(store: Store) -> None:
    a, _ = await store.add_feed("https://a.example/feed")
    b, _ = await store.add_feed("https://b.example/feed")
    c, _ = await store.add_feed("https://c.example/feed")
    await store.record_fetch(a.id, status=200, etag=None, last_modified=None, error=None)
    await store.record_fetch(b.id, status=200, etag=None, last_modified=None, error=None)
    assert [f.id for f in await store.due_feeds()] == [c.id, a.id, b.id]

    for _ in range(3):
        await store.record_fetch(c.id, status=500, etag=None, last_modified=None, error="HTTP 500")
    await store.set_feed_enabled(c.id, False)
    assert [f.id for f in await store.due_feeds()] == [a.id, b.id]
    disabled = await store.get_feed(c.id)
    assert disabled is not None
    assert not disabled.enabled
    assert disabled.failures == 3

    await store.set_feed_enabled(c.id, True)
    enabled = await store.get_feed(c.id)
    assert enabled is not None
    assert enabled.enabled
    assert enabled.failures == 0
    with pytest.raises(StoreError):
        await store.set_feed_enabled(c.id + 100, True)


async def test_due_feeds_follow_next_poll_at(store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2024, 10, 24, 12, tzinfo=UTC)
    a, _ = await store.add_feed(WIRE)
    b, _ = await store.add_feed(BLOG)
    await store.record_fetch(a.id, status=200, etag=None, last_modified=None, error=None,
                             next_poll_at=now + timedelta(minutes=10), poll_interval=600,
                             content_hash="abc", new_items=True)
    assert [f.id for f in await store.due_feeds(now)] == [b.id]
    assert [f.id for f in await store.due_feeds(now + timedelta(minutes=10))] == [b.id, a.id]
    assert [f.id for f in await store.due_feeds(now, limit=0)] == []
    got = await store.get_feed(a.id)
    assert got is not None
    assert (got.poll_interval, got.content_hash) == (600, "abc")
    assert got.last_success_at is not None and got.last_new_at is not None


async def test_a_run_of_failures_disables_once_and_is_announced_once(store: Store) -> None:
    feed, _ = await store.add_feed(BLOG, added_by=ALICE)
    for _ in range(2):
        await store.record_fetch(feed.id, status=500, etag=None, last_modified=None,
                                 error="HTTP 500", disable_after=3)
    assert await store.feeds_to_announce() == []
    last = await store.record_fetch(feed.id, status=500, etag=None, last_modified=None,
                                    error="HTTP 500", disable_after=3)
    assert not last.enabled and last.disabled_at is not None and last.failures == 3
    assert [f.id for f in await store.feeds_to_announce()] == [feed.id]
    assert await store.mark_feed_announced(feed.id)
    assert not await store.mark_feed_announced(feed.id)
    assert await store.feeds_to_announce() == []
    await store.set_feed_enabled(feed.id, True)
    back = await store.get_feed(feed.id)
    assert back is not None and back.enabled and back.disabled_at is None
    assert not back.disabled_notified and back.failures == 0
