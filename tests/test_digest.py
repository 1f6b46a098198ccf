"""Digests, quiet hours and chat mutes: the pure rules (bot.digest) with an injected clock, then
the sender holding and releasing real outbox rows on a real store — no sleeping anywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, time

import pytest

from bot import texts
from bot.delivery import Sender
from bot.digest import (
    ChatPrefs,
    HeldAlert,
    QuietHours,
    Release,
    holding,
    in_quiet,
    last_quiet_end,
    next_digest,
    parse_clock,
    parse_quiet,
    parse_timezone,
    release_due,
    render_release,
)
from bot.errors import RetryLater
from bot.models import Alert, Article
from bot.nlp.gazetteer import default_gazetteer
from bot.store import ChatRecord, OutboxRecord, Store
from bot.store.codec import alert_to_json
from handlers.commands import ChatRef, Command, CommandCore

KYIV = "Europe/Kyiv"
# 2026-01-10 is a Saturday in winter: Kyiv is UTC+2, Los Angeles UTC-8.
JAN10 = datetime(2026, 1, 10, tzinfo=UTC)


def at(hour: int, minute: int = 0, *, day: int = 10) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=UTC)


# --- parsing --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("08:00", time(8)), ("8:05", time(8, 5)), ("0730", time(7, 30)), ("22.30", time(22, 30)),
     ("24:00", None), ("8", None), ("noon", None), ("12:60", None)],
)
def test_parse_clock(text: str, expected: time | None) -> None:
    assert parse_clock(text) == expected


def test_parse_quiet_and_timezone() -> None:
    assert parse_quiet("22:00-07:00") == QuietHours(time(22), time(7))
    assert parse_quiet("23:00 to 06:30") == QuietHours(time(23), time(6, 30))
    assert parse_quiet("07:00-07:00") is None
    assert parse_quiet("late") is None
    assert parse_timezone("europe/kyiv") == KYIV
    assert parse_timezone("America/New York") == "America/New_York"
    assert parse_timezone("utc") == "UTC"
    assert parse_timezone("Mars/Olympus") is None


# --- the rules ------------------------------------------------------------------------------
def test_next_digest_is_the_local_hour_in_the_chats_zone() -> None:
    prefs = ChatPrefs(timezone=KYIV, digest_at=time(8))
    # 05:00 UTC is 07:00 in Kyiv: today's 08:00 Kyiv (06:00 UTC) is still ahead.
    assert next_digest(prefs, at(5)) == at(6)
    # Exactly at the digest hour, the next one is tomorrow's.
    assert next_digest(prefs, at(6)) == at(6, day=11)


def test_digest_hour_follows_daylight_saving() -> None:
    prefs = ChatPrefs(timezone=KYIV, digest_at=time(8))
    # Kyiv moves to UTC+3 on 2026-03-29: 08:00 local is 05:00 UTC from then on.
    before = datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    assert next_digest(prefs, before) == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)


def test_time_zone_change_across_midnight_moves_the_next_digest() -> None:
    # The Kyiv digest went out at 06:00 UTC (08:00 local). At 23:30 UTC it is already
    # Sunday 01:30 in Kyiv but still Saturday 15:30 in Los Angeles.
    kyiv = ChatPrefs(timezone=KYIV, digest_at=time(8), released_at=at(6))
    assert next_digest(kyiv, at(6)) == at(6, day=11)
    # Changing zone re-anchors at the change, so Saturday 08:00 in Los Angeles (16:00 UTC,
    # already past) does not fire at once; Sunday 08:00 there (16:00 UTC) is next.
    moved = ChatPrefs(timezone="America/Los_Angeles", digest_at=time(8),
                      released_at=at(23, 30))
    assert next_digest(moved, at(23, 30)) == at(16, day=11)
    assert release_due(moved, at(23, 31)) is None
    assert release_due(moved, at(6, day=11)) is None  # Kyiv's hour is not the chat's now
    assert release_due(moved, at(16, day=11)) is Release.DIGEST
    assert holding(moved, at(23, 31))


def test_quiet_hours_across_midnight_in_the_chats_zone() -> None:
    prefs = ChatPrefs(timezone=KYIV, quiet=QuietHours(time(22), time(7)), released_at=at(12))
    assert not in_quiet(prefs, at(19, 59))  # 21:59 in Kyiv
    assert in_quiet(prefs, at(20))  # 22:00 in Kyiv
    assert in_quiet(prefs, at(4, 59, day=11))  # 06:59 the next morning
    assert not in_quiet(prefs, at(5, day=11))
    assert last_quiet_end(prefs, at(5, 1, day=11)) == at(5, day=11)
    assert release_due(prefs, at(4, day=11)) is None  # still quiet: nothing leaves
    assert release_due(prefs, at(5, day=11)) is Release.QUIET_ENDED
    released = ChatPrefs(timezone=KYIV, quiet=prefs.quiet, released_at=at(5, 1, day=11))
    assert release_due(released, at(9, day=11)) is None
    assert not holding(released, at(9, day=11))


def test_mute_holds_until_it_ends_then_asks_for_a_summary() -> None:
    prefs = ChatPrefs(muted_until=at(14))
    assert holding(prefs, at(13, 59))
    assert release_due(prefs, at(13, 59)) is None
    assert release_due(prefs, at(14)) is Release.MUTE_ENDED


def test_a_digest_hour_inside_quiet_hours_waits_for_them_to_end() -> None:
    prefs = ChatPrefs(digest_at=time(6), quiet=QuietHours(time(22), time(7)),
                      released_at=at(8))
    assert release_due(prefs, at(6, 30, day=11)) is None
    assert release_due(prefs, at(7, day=11)) is Release.DIGEST


def _alert(n: int, watch: str = "North Korea troops >= 10000") -> Alert:
    return Alert(f"North Korea · troops · {n},000", f"quote {n}", "the GUR", "Wire", None,
                 f"https://wire.example/{n}", watch=watch)


def test_render_groups_by_watch_and_counts_what_it_does_not_list() -> None:
    held = [HeldAlert(2, _alert(i, "treaty Russia North Korea")) for i in range(7)]
    held.append(HeldAlert(1, _alert(12)))
    prefs = ChatPrefs(timezone=KYIV, digest_at=time(8), released_at=at(6))
    text = render_release(Release.DIGEST, held, prefs, at(6, day=11))
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == "Digest of 2026-01-11 08:00 (Europe/Kyiv): 8 alerts"
    assert lines[1] == "Watch #1: North Korea troops >= 10000 (1)"
    assert lines[2] == ("• North Korea · troops · 12,000 — per the GUR — "
                        "https://wire.example/12")
    assert lines[3] == "Watch #2: treaty Russia North Korea (7)"
    assert lines[-1] == texts.DIGEST_MORE.format(count=2)
    assert render_release(Release.DIGEST, [], prefs, at(6, day=11)) is None
    mute = render_release(Release.MUTE_ENDED, [], prefs, at(6, day=11))
    assert mute is not None and texts.SUMMARY_NOTHING in mute


# --- the sender on a real store -------------------------------------------------------------
class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Channel:
    platform = "console"

    def __init__(self) -> None:
        self.alerts: list[tuple[str, str]] = []
        self.notices: list[tuple[str, str]] = []
        self.refuse: list[Exception] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        self.alerts.append((item.chat.chat_id, alert.headline))
        return f"a{len(self.alerts)}"

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        if self.refuse:
            raise self.refuse.pop(0)
        self.notices.append((chat.chat_id, text))
        return f"n{len(self.notices)}"


@dataclass
class World:
    store: Store
    clock: Clock
    channel: Channel
    sender: Sender
    core: CommandCore
    seq: int = 0

    async def say(self, chat: str, name: str, args: str = "") -> str:
        ref = ChatRef("console", chat)
        reply = await self.core.handle(Command(ref, "u1", name, args))
        assert reply.ok, reply.text
        return reply.text

    async def alert(self, chat: str, number: int = 1) -> int:
        """Queue an alert for the chat's watch `number` (created on first use)."""
        key = ("console", chat)
        watch = await self.store.get_watch(key, number)
        if watch is None:
            watch = await self.store.add_watch(key, "North Korea troops >= 10000")
        self.seq += 1
        [stored] = await self.store.add_articles(None, [Article(
            f"a{self.seq}", f"https://wire.example/{self.seq}", "t", "x")])
        outbox_id = await self.store.enqueue_alert(
            chat_id=watch.chat.id, watch_id=watch.id, article_id=stored.id,
            story_key=stored.story_key, payload=alert_to_json(_alert(self.seq)))
        assert outbox_id is not None
        return outbox_id

    async def tick(self) -> None:
        """What the scheduler does: release what is due, then send what is not held."""
        await self.sender.release_once()
        await self.sender.run_once()


@pytest.fixture
async def world(sqlite_url: str) -> AsyncIterator[World]:
    clock = Clock(at(12))
    store = await Store.open(sqlite_url, clock=clock)
    channel = Channel()
    sender = Sender(store, {"console": channel}, clock=clock)
    core = CommandCore(store, default_gazetteer(), clock=clock)
    try:
        yield World(store, clock, channel, sender, core)
    finally:
        await store.close()


async def test_daily_digest_collects_and_sends_once_at_the_hour(world: World) -> None:
    await world.say("desk", "timezone", "Europe/Kyiv")
    assert "08:00" in await world.say("desk", "digest", "daily 08:00")
    await world.say("other", "start")
    for _ in range(3):
        await world.alert("desk")
    await world.alert("other")
    await world.tick()
    assert world.channel.alerts == [("other", "North Korea · troops · 4,000")]
    assert world.channel.notices == []
    world.clock.now = at(5, 59, day=11)  # 07:59 in Kyiv
    await world.tick()
    assert world.channel.notices == []
    world.clock.now = at(6, day=11)
    await world.tick()
    [(chat, text)] = world.channel.notices
    assert chat == "desk"
    assert text.startswith("Digest of 2026-01-11 08:00 (Europe/Kyiv): 3 alerts")
    assert text.count("• ") == 3
    counts = await world.store.outbox_counts()
    assert counts == {"pending": 0, "sent": 4, "dead": 0}
    # Nothing new: no second digest that day, and none the next with nothing to say.
    world.clock.now = at(6, day=12)
    await world.tick()
    assert len(world.channel.notices) == 1


async def test_digest_after_a_time_zone_change_across_midnight(world: World) -> None:
    await world.say("desk", "timezone", "Europe/Kyiv")
    await world.say("desk", "digest", "daily 08:00")
    world.clock.now = at(6, day=11)
    await world.alert("desk")
    await world.tick()
    assert len(world.channel.notices) == 1  # Sunday's Kyiv digest
    # Sunday 23:30 UTC: Monday 01:30 in Kyiv, Sunday 15:30 in Los Angeles.
    world.clock.now = at(23, 30, day=11)
    reply = await world.say("desk", "timezone", "America/Los_Angeles")
    assert "2026-01-11 15:30" in reply
    await world.alert("desk")
    world.clock.now = at(6, day=12)  # Monday 08:00 in Kyiv: no longer the chat's hour
    await world.tick()
    assert len(world.channel.notices) == 1
    world.clock.now = at(16, day=12)  # Monday 08:00 in Los Angeles
    await world.tick()
    assert len(world.channel.notices) == 2
    assert "(America/Los_Angeles)" in world.channel.notices[1][1]


async def test_quiet_hours_hold_alerts_and_end_with_one_summary(world: World) -> None:
    await world.say("desk", "timezone", "Europe/Kyiv")
    await world.say("desk", "quiet", "22:00-07:00")
    world.clock.now = at(21)  # 23:00 in Kyiv
    await world.alert("desk")
    await world.alert("desk")
    await world.tick()
    assert world.channel.alerts == [] and world.channel.notices == []
    world.clock.now = at(5, 0, day=11)  # 07:00 in Kyiv
    await world.alert("desk")
    await world.tick()
    [(_, text)] = world.channel.notices
    assert text.startswith("Quiet hours over: 3 alerts waited for you.")
    assert world.channel.alerts == []
    # Daytime alerts go one by one again.
    await world.alert("desk")
    await world.tick()
    assert len(world.channel.alerts) == 1
    assert len(world.channel.notices) == 1


async def test_mute_then_unmute_ends_with_a_summary_and_drops_nothing(world: World) -> None:
    await world.say("desk", "mute", "2h")
    await world.alert("desk")
    await world.tick()
    assert world.channel.alerts == []
    listing = await world.say("desk", "watches")
    assert "Muted until 2026-01-10 14:00 UTC" in listing
    assert "no alerts yet" not in listing  # the held alert counts as the watch's last
    await world.say("desk", "unmute")
    await world.tick()
    [(_, text)] = world.channel.notices
    assert text.startswith("Mute over: 1 alert arrived meanwhile.")
    assert (await world.store.outbox_counts())["sent"] == 1
    assert (await world.store.get_preferences(("console", "desk"))).muted_until is None
    await world.alert("desk")
    await world.tick()
    assert len(world.channel.alerts) == 1


async def test_a_mute_that_runs_out_says_so_even_when_nothing_came(world: World) -> None:
    await world.say("desk", "mute", "30m")
    world.clock.now = at(12, 30)
    await world.tick()
    [(_, text)] = world.channel.notices
    assert text.splitlines() == ["Mute over: 0 alerts arrived meanwhile.",
                                 texts.SUMMARY_NOTHING]


async def test_a_refused_summary_keeps_the_alerts_for_the_next_try(world: World) -> None:
    await world.say("desk", "mute", "1h")
    await world.alert("desk")
    world.clock.now = at(13)
    world.channel.refuse.append(RetryLater("slow down", retry_after=60))
    await world.tick()
    assert world.channel.notices == [] and world.channel.alerts == []
    assert (await world.store.outbox_counts())["pending"] == 1
    world.clock.now = at(13, 1)
    await world.tick()
    assert len(world.channel.notices) == 1
    assert world.channel.alerts == []
    assert (await world.store.outbox_counts())["sent"] == 1


async def test_digest_off_lets_held_alerts_go_one_by_one(world: World) -> None:
    await world.say("desk", "digest", "daily 08:00")
    await world.alert("desk")
    await world.tick()
    assert world.channel.alerts == []
    assert await world.say("desk", "digest", "off") == texts.DIGEST_OFF
    await world.tick()
    assert len(world.channel.alerts) == 1
