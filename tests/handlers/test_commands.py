"""The command core on a real store: every command, its errors and the group/allowlist rules."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.models import Alert, Article
from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from bot.store.codec import alert_to_json
from handlers.commands import ChatRef, Command, CommandCore, parse_duration, split_command

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
PRIVATE = ChatRef("telegram", "100", "private")
GROUP = ChatRef("telegram", "-200", "group", title="Desk")


@pytest.fixture
async def store(sqlite_url: str) -> AsyncIterator[Store]:
    s = await Store.open(sqlite_url)
    yield s
    await s.close()


def make_core(store: Store, **kwargs: object) -> CommandCore:
    return CommandCore(store, default_gazetteer(), clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def cmd(name: str, args: str = "", chat: ChatRef = PRIVATE, *, admin: bool = True) -> Command:
    return Command(chat=chat, user_id="u1", name=name, args=args, is_admin=admin)


async def test_start_subscribes_and_explains(store: Store) -> None:
    core = make_core(store)
    reply = await core.handle(cmd("start"))
    assert reply.ok
    assert "/watch" in reply.text and len(reply.text.splitlines()) == 3
    chat = await store.get_chat(PRIVATE.key)
    assert chat is not None and chat.active


async def test_help_lists_grammar_and_examples(store: Store) -> None:
    reply = await make_core(store).handle(cmd("help"))
    assert "treaty [<party> ...]" in reply.text
    assert "/watch North Korea troops >= 10000" in reply.text


async def test_watch_list_unwatch_cycle(store: Store) -> None:
    changed: list[int] = []

    async def on_change() -> None:
        changed.append(1)

    core = make_core(store, on_watches_changed=on_change)
    r1 = await core.handle(cmd("watch", "North Korea troops >= 10000"))
    r2 = await core.handle(cmd("watch", "treaty Russia North Korea ratified"))
    assert r1.ok and "#1" in r1.text and r2.ok and "#2" in r2.text
    listing = await core.handle(cmd("watches"))
    assert "#1 North Korea troops >= 10000" in listing.text
    assert "#2 treaty Russia North Korea ratified" in listing.text
    removed = await core.handle(cmd("unwatch", "1"))
    assert removed.ok and "North Korea troops >= 10000" in removed.text
    assert "#1" not in (await core.handle(cmd("watches"))).text
    missing = await core.handle(cmd("unwatch", "1"))
    assert not missing.ok and "no watch #1" in missing.text
    assert len(changed) == 3


async def test_malformed_watch_explains_and_stores_nothing(store: Store) -> None:
    core = make_core(store)
    reply = await core.handle(cmd("watch", "North Korea troops >= lots"))
    assert not reply.ok
    assert "Expected a number" in reply.text
    assert "Example: /watch North Korea troops >= 10000" in reply.text
    assert await store.list_watches(PRIVATE.key) == []
    empty = await core.handle(cmd("watch"))
    assert not empty.ok and "Example: /watch" in empty.text


async def test_unwatch_needs_a_number(store: Store) -> None:
    reply = await make_core(store).handle(cmd("unwatch", "all"))
    assert not reply.ok and "Example: /unwatch 2" in reply.text


async def test_group_non_admin_refused_unless_allowed(store: Store) -> None:
    core = make_core(store)
    refused = await core.handle(cmd("watch", "North Korea", GROUP, admin=False))
    assert not refused.ok and "admins" in refused.text
    assert (await core.handle(cmd("watches", chat=GROUP, admin=False))).ok
    assert (await core.handle(cmd("watch", "North Korea", GROUP, admin=True))).ok
    open_core = make_core(store, everyone_can_edit=True)
    assert (await open_core.handle(cmd("watch", "Iran", GROUP, admin=False))).ok


async def test_allowlist(store: Store) -> None:
    core = make_core(store, allowed_chats=frozenset({"telegram:100"}))
    assert (await core.handle(cmd("start"))).ok
    other = ChatRef("telegram", "999")
    reply = await core.handle(cmd("start", chat=other))
    assert not reply.ok and await store.get_chat(other.key) is None


async def test_mutewatch(store: Store) -> None:
    core = make_core(store)
    await core.handle(cmd("watch", "North Korea"))
    reply = await core.handle(cmd("mutewatch", "1 2h"))
    assert reply.ok and "2026-11-26 14:00 UTC" in reply.text
    watches = await store.list_watches(PRIVATE.key)
    assert watches[0].muted_until == NOW + timedelta(hours=2)
    assert "muted until" in (await core.handle(cmd("watches"))).text
    assert not (await core.handle(cmd("mutewatch", "1 forever"))).ok


async def test_feeds_without_fetcher(store: Store) -> None:
    core = make_core(store)
    assert "No feeds yet" in (await core.handle(cmd("feeds"))).text
    bad = await core.handle(cmd("addfeed", "ftp://example.org/feed"))
    assert not bad.ok and "Example: /addfeed" in bad.text
    await store.add_feed("https://operator.example/rss", title="Operator Wire")
    added = await core.handle(cmd("addfeed", "https://chat.example/rss"))
    assert added.ok
    listing = await core.handle(cmd("feeds"))
    assert "1. Operator Wire" in listing.text and "https://chat.example/rss" in listing.text
    refused = await core.handle(cmd("removefeed", "1"))
    assert not refused.ok  # operator feeds are not the chat's to remove
    removed = await core.handle(cmd("removefeed", "2"))
    assert removed.ok and "chat.example" in removed.text


async def test_unknown_command(store: Store) -> None:
    reply = await make_core(store).handle(cmd("frobnicate"))
    assert not reply.ok and "/help" in reply.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/watch North Korea", ("watch", "North Korea")),
        ("/watch@TripwireBot  DPRK troops > 5", ("watch", "DPRK troops > 5")),
        ("/Watches", ("watches", "")),
        ("hello", None),
    ],
)
def test_split_command(text: str, expected: tuple[str, str] | None) -> None:
    assert split_command(text) == expected


@pytest.mark.parametrize(
    ("text", "seconds"), [("30m", 1800), ("2h", 7200), ("1d", 86400), ("2 hrs", 7200), ("x", None)]
)
def test_parse_duration(text: str, seconds: int | None) -> None:
    got = parse_duration(text)
    assert (got.total_seconds() if got else None) == seconds


# --- analyst features ---------------------------------------------------------------------
async def test_watches_show_last_alert_and_the_weeks_count(sqlite_url: str) -> None:
    now = [NOW - timedelta(days=10)]
    clocked = await Store.open(sqlite_url, clock=lambda: now[0])
    try:
        core = make_core(clocked)
        await core.handle(cmd("watch", "North Korea"))
        await core.handle(cmd("watch", "treaty Russia North Korea"))
        watch = await clocked.get_watch(PRIVATE.key, 1)
        assert watch is not None
        alert = Alert("North Korea · mentioned", "q", None, "Wire", None, "https://w.example")
        for n in range(3):  # alerts 10, 6 and 2 days ago
            now[0] = NOW - timedelta(days=10 - 4 * n)
            [stored] = await clocked.add_articles(None, [
                Article(f"k{n}", f"https://wire.example/k{n}", "t", "x")])
            await clocked.enqueue_alert(chat_id=watch.chat.id, watch_id=watch.id,
                                        article_id=stored.id, story_key=stored.story_key,
                                        payload=alert_to_json(alert))
        await core.handle(cmd("timezone", "Europe/Kyiv"))
        lines = (await core.handle(cmd("watches"))).text.splitlines()
    finally:
        await clocked.close()
    assert lines[1] == ("#1 North Korea — last alert 2026-11-24 14:00 Europe/Kyiv, "
                        "2 in 7 days")
    assert lines[2] == "#2 treaty Russia North Korea — no alerts yet"


async def test_analyst_settings_are_for_admins_in_groups(store: Store) -> None:
    core = make_core(store)
    for name, args in [("digest", "daily 08:00"), ("quiet", "22:00-07:00"),
                       ("timezone", "Europe/Kyiv"), ("mute", "2h"), ("unmute", "")]:
        refused = await core.handle(cmd(name, args, chat=GROUP, admin=False))
        assert not refused.ok, name
    assert (await core.handle(cmd("digest", "daily 08:00", chat=GROUP))).ok
    # Reading is for everyone: a backtest or a bare /digest changes nothing.
    shown = await core.handle(cmd("digest", "", chat=GROUP, admin=False))
    assert "Digest: daily at 08:00" in shown.text
    assert (await core.handle(cmd("backtest", "1", chat=GROUP, admin=False))).text


@pytest.mark.parametrize(
    ("name", "args"),
    [("digest", "daily 25:00"), ("digest", "hourly 08:00"), ("quiet", "all night"),
     ("quiet", "07:00-07:00"), ("timezone", "Atlantis/Capital"), ("mute", "forever"),
     ("mute", ""), ("trend", ""), ("trend", "7"), ("backtest", "x")],
)
async def test_analyst_commands_explain_bad_arguments(store: Store, name: str,
                                                       args: str) -> None:
    reply = await make_core(store).handle(cmd(name, args))
    assert not reply.ok
    assert "Example: /" in reply.text or "no watch #" in reply.text or "Expected" in reply.text


async def test_trend_reply_carries_the_png_and_its_caption(store: Store) -> None:
    from fixtures.figures import FIGURE_WATCH, store_history

    await store_history(store)
    core = make_core(store)
    await core.handle(cmd("watch", FIGURE_WATCH))
    reply = await core.handle(cmd("trend", "1"))
    assert reply.ok and reply.image is not None
    assert reply.image.startswith(b"\x89PNG\r\n\x1a\n")
    assert reply.caption == reply.text
    assert reply.text.startswith("North Korea troops: 6 reported values")


async def test_unmute_when_not_muted_and_quiet_off(store: Store) -> None:
    core = make_core(store)
    assert (await core.handle(cmd("unmute"))).text == "This chat is not muted."
    assert (await core.handle(cmd("quiet", "22:00-07:00"))).ok
    assert (await core.handle(cmd("quiet", "off"))).text == "Quiet hours off."
    prefs = await store.get_preferences(PRIVATE.key)
    assert prefs.quiet is None
