from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.errors import StoreError
from bot.store import Store

ALICE = ("telegram", "1001")
NEWSROOM = ("slack", "C0NEWS")


async def test_upsert_chat_creates_then_updates_and_reactivates(store: Store) -> None:
    created = await store.upsert_chat(NEWSROOM, kind="channel", title="#newsroom")
    assert (created.platform, created.chat_id, created.kind, created.title, created.active) == (
        "slack",
        "C0NEWS",
        "channel",
        "#newsroom",
        True,
    )
    assert created.key == NEWSROOM
    await store.set_chat_active(NEWSROOM, False)
    assert (await store.get_chat(NEWSROOM)) == created.__class__(
        id=created.id,
        platform="slack",
        chat_id="C0NEWS",
        kind="channel",
        title="#newsroom",
        active=False,
    )
    # A later upsert without a title keeps the old title and turns the chat back on.
    again = await store.upsert_chat(NEWSROOM, kind="group")
    assert (again.id, again.kind, again.title, again.active) == (
        created.id,
        "group",
        "#newsroom",
        True,
    )


async def test_get_chat_unknown_is_none_and_bad_kind_is_refused(store: Store) -> None:
    assert await store.get_chat(("telegram", "nobody")) is None
    await store.set_chat_active(("telegram", "nobody"), False)  # nothing to do, no error
    with pytest.raises(StoreError, match="kind"):
        await store.upsert_chat(ALICE, kind="supergroup")


async def test_watch_numbers_start_at_one_and_are_never_reused(store: Store) -> None:
    await store.upsert_chat(ALICE)
    first = await store.add_watch(ALICE, "Freedonia troops >= 10k")
    second = await store.add_watch(ALICE, 'treaty Sylvania ratified by "the senate"')
    assert (first.number, second.number) == (1, 2)
    assert second.rule_text == 'treaty Sylvania ratified by "the senate"'

    removed = await store.remove_watch(ALICE, 2)
    assert removed is not None
    assert removed.id == second.id
    assert await store.remove_watch(ALICE, 2) is None
    third = await store.add_watch(ALICE, "drones > 50")
    assert third.number == 3
    assert [w.number for w in await store.list_watches(ALICE)] == [1, 3]

    # Another chat has its own sequence.
    other = await store.add_watch(NEWSROOM, "Sylvania")
    assert other.number == 1


async def test_concurrent_adds_get_distinct_numbers(store: Store) -> None:
    await store.upsert_chat(ALICE)
    added = await asyncio.gather(*(store.add_watch(ALICE, f"rule {i}") for i in range(8)))
    assert sorted(w.number for w in added) == list(range(1, 9))


async def test_add_watch_creates_an_unknown_chat_and_keeps_the_rule_exactly(store: Store) -> None:
    text = "  Pyongyang   troops >= 1,5k by “Seoul” "
    watch = await store.add_watch(("console", "demo"), text, thread_id="1700000000.000100")
    assert watch.rule_text == text
    assert watch.thread_id == "1700000000.000100"
    assert watch.chat.key == ("console", "demo")
    assert watch.chat.kind == "private"
    assert watch.chat.active
    assert watch.created_at.tzinfo is not None
    assert watch.muted_until is None
    assert await store.get_watch(("console", "demo"), 1) == watch
    assert await store.get_watch(("console", "demo"), 2) is None
    assert await store.get_watch(("console", "ghost"), 1) is None
    assert await store.list_watches(("console", "ghost")) == []


async def test_mute_round_trips_in_utc(store: Store) -> None:
    watch = await store.add_watch(ALICE, "Freedonia")
    until = datetime(2025, 6, 1, 15, 0, tzinfo=timezone(timedelta(hours=2)))
    await store.set_watch_muted(watch.id, until)
    muted = await store.get_watch(ALICE, watch.number)
    assert muted is not None
    assert muted.muted_until == until
    assert muted.muted_until.utcoffset() == timedelta(0)
    await store.set_watch_muted(watch.id, None)
    unmuted = await store.get_watch(ALICE, watch.number)
    assert unmuted is not None
    assert unmuted.muted_until is None
    with pytest.raises(StoreError):
        await store.set_watch_muted(watch.id + 1000, datetime.now(UTC))


async def test_active_watches_skip_inactive_chats(store: Store) -> None:
    a1 = await store.add_watch(ALICE, "Freedonia")
    a2 = await store.add_watch(ALICE, "Sylvania")
    n1 = await store.add_watch(NEWSROOM, "tanks > 10")
    assert [w.id for w in await store.active_watches()] == [a1.id, a2.id, n1.id]
    await store.set_chat_active(ALICE, False)
    assert [w.id for w in await store.active_watches()] == [n1.id]
    await store.upsert_chat(ALICE)
    assert len(await store.active_watches()) == 3
