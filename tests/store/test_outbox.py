from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.errors import StoreError
from bot.models import Article
from bot.store import ChatRecord, Store, WatchRecord


@dataclass(frozen=True)
class Scene:
    chat: ChatRecord
    watch: WatchRecord
    article_ids: list[int]


async def _scene(store: Store, key: tuple[str, str] = ("telegram", "1001")) -> Scene:
    watch = await store.add_watch(key, "Freedonia troops > 1000", thread_id="77")
    stored = await store.add_articles(
        None,
        [
            Article(
                id=f"{key[1]}-{n}",
                url=f"https://wire.example/{key[1]}/{n}",
                title=f"Troops, part {n}",
                text="Freedonia sent 2,000 troops, the ministry said.",
            )
            for n in range(3)
        ],
    )
    return Scene(chat=watch.chat, watch=watch, article_ids=[s.id for s in stored])


def _later(seconds: float = 1) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def _enqueue(store: Store, scene: Scene, n: int, story: str | None = None) -> int | None:
    return await store.enqueue_alert(
        chat_id=scene.chat.id,
        watch_id=scene.watch.id,
        article_id=scene.article_ids[n],
        story_key=story or f"story-{n}",
        payload={"headline": f"alert {n}", "numbers": [n, 1.5], "nested": {"ok": True}},
    )


async def test_enqueue_twice_for_the_same_story_returns_none(store: Store) -> None:
    scene = await _scene(store)
    first = await _enqueue(store, scene, 0, "border-story")
    assert first is not None
    # Another outlet's article about the same story is not a second alert.
    assert await _enqueue(store, scene, 1, "border-story") is None
    assert await store.outbox_counts() == {"pending": 1, "sent": 0, "dead": 0}


async def test_concurrent_enqueue_queues_exactly_once(store: Store) -> None:
    scene = await _scene(store)
    ids = await asyncio.gather(*(_enqueue(store, scene, i % 3, "same-story") for i in range(12)))
    assert len([i for i in ids if i is not None]) == 1
    assert (await store.outbox_counts())["pending"] == 1


async def test_due_alerts_carry_chat_watch_and_payload(store: Store) -> None:
    scene = await _scene(store)
    outbox_id = await _enqueue(store, scene, 0)
    [due] = await store.due_alerts("telegram", now=_later())
    assert due.id == outbox_id
    assert due.chat == scene.chat
    assert (due.watch_id, due.watch_number, due.thread_id) == (scene.watch.id, 1, "77")
    assert (due.article_id, due.story_key) == (scene.article_ids[0], "story-0")
    assert due.payload == {"headline": "alert 0", "numbers": [0, 1.5], "nested": {"ok": True}}
    assert (due.status, due.attempts, due.platform_message_id, due.last_error) == (
        "pending",
        0,
        None,
        None,
    )
    assert due.next_attempt_at.tzinfo is not None


async def test_due_alerts_order_platform_activity_and_time(store: Store) -> None:
    tg = await _scene(store, ("telegram", "1001"))
    other_tg = await _scene(store, ("telegram", "2002"))
    slack = await _scene(store, ("slack", "C1"))
    a = await _enqueue(store, tg, 0)
    b = await _enqueue(store, slack, 0)
    c = await _enqueue(store, other_tg, 0)
    d = await _enqueue(store, tg, 1)

    assert [r.id for r in await store.due_alerts("telegram", now=_later())] == [a, c, d]
    assert [r.id for r in await store.due_alerts("slack", now=_later())] == [b]
    assert [r.id for r in await store.due_alerts("telegram", now=_later(), limit=2)] == [a, c]
    # Not yet due when "now" is before they were queued.
    assert await store.due_alerts("telegram", now=_later(-3600)) == []

    await store.set_chat_active(("telegram", "2002"), False)
    assert [r.id for r in await store.due_alerts("telegram", now=_later())] == [a, d]

    assert a is not None
    retry_at = _later(600)
    await store.mark_retry(a, error="429 Too Many Requests", next_attempt_at=retry_at)
    assert [r.id for r in await store.due_alerts("telegram", now=_later())] == [d]
    [retried, _] = await store.due_alerts("telegram", now=retry_at)
    assert retried.id == a
    assert retried.attempts == 1
    assert retried.last_error == "429 Too Many Requests"
    assert retried.next_attempt_at == retry_at


async def test_mark_sent_and_dead_are_final(store: Store) -> None:
    scene = await _scene(store)
    sent = await _enqueue(store, scene, 0)
    dead = await _enqueue(store, scene, 1)
    assert sent is not None
    assert dead is not None

    await store.mark_retry(dead, error="timeout", next_attempt_at=_later(-1))
    await store.mark_sent(sent, platform_message_id="5551", now=_later())
    await store.mark_dead(dead, error="403 Forbidden: bot was blocked by the user")
    assert await store.outbox_counts() == {"pending": 0, "sent": 1, "dead": 1}
    assert await store.due_alerts("telegram", now=_later(3600)) == []

    for call in (
        store.mark_sent(sent, platform_message_id="x", now=_later()),
        store.mark_retry(sent, error="e", next_attempt_at=_later()),
        store.mark_dead(dead, error="again"),
    ):
        with pytest.raises(StoreError, match="not pending"):
            await call
    with pytest.raises(StoreError, match="no outbox row"):
        await store.mark_dead(dead + 100, error="e")


async def test_removing_a_watch_drops_its_unsent_alerts(store: Store) -> None:
    scene = await _scene(store)
    await _enqueue(store, scene, 0)
    await store.remove_watch(scene.chat.key, scene.watch.number)
    assert await store.due_alerts("telegram", now=_later()) == []
    assert await store.outbox_counts() == {"pending": 0, "sent": 0, "dead": 0}


async def test_enqueue_for_an_unknown_chat_is_a_store_error(store: Store) -> None:
    scene = await _scene(store)
    with pytest.raises(StoreError):
        await store.enqueue_alert(
            chat_id=scene.chat.id + 100,
            watch_id=scene.watch.id,
            article_id=scene.article_ids[0],
            story_key="s",
            payload={},
        )


async def test_a_muted_watch_holds_its_alerts_until_the_mute_ends(store: Store) -> None:
    scene = await _scene(store)
    queued = await _enqueue(store, scene, 0)
    until = _later(3600)
    await store.set_watch_muted(scene.watch.id, until)
    assert await store.due_alerts("telegram", now=_later()) == []
    due = await store.due_alerts("telegram", now=until)
    assert [d.id for d in due] == [queued]
    await store.set_watch_muted(scene.watch.id, None)
    assert [d.id for d in await store.due_alerts("telegram", now=_later())] == [queued]
