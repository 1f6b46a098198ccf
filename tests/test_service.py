"""One poll end to end on real parts: a local HTTP feed, httpx, feedparser, spaCy, the store
(SQLite and PostgreSQL) and the sender with a recording channel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from fixtures.feeds import DUMA, FEDERATION_COUNCIL, TROOPS_3K, TROOPS_12K, item, rss
from support.feedserver import FeedServer

from bot.delivery import Sender
from bot.feeds import FeedFetcher, make_client
from bot.models import Alert
from bot.nlp import Extractor
from bot.nlp.gazetteer import default_gazetteer
from bot.polling import PollPolicy
from bot.service import Poller
from bot.store import ChatRecord, OutboxRecord, Store
from handlers.commands import ChatRef, Command, CommandCore

# The `store` fixture (tests/conftest.py) runs every test here on SQLite and PostgreSQL.
ALICE = ChatRef("console", "alice")
BOB = ChatRef("console", "bob")


class Recorder:
    platform = "console"

    def __init__(self) -> None:
        self.got: list[tuple[str, int, Alert]] = []
        self.notices: list[tuple[str, str]] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        self.got.append((item.chat.chat_id, item.watch_number, alert))
        return None

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        self.notices.append((chat.chat_id, text))
        return None


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_gazetteer(), model="blank")


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


class Clock:
    """The poller's clock: tests move it past each feed's next poll time."""

    def __init__(self) -> None:
        self.now = datetime(2024, 10, 24, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 86_400) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def parts(store: Store, extractor: Extractor, clock: Clock
                ) -> AsyncIterator[tuple[Poller, CommandCore, Sender, Recorder]]:
    client = make_client(timeout=5)
    gaz = default_gazetteer()
    # The fixture items link to wire.example, which does not resolve: no page fetches here.
    poller = Poller(store, FeedFetcher(client), extractor, gaz, clock=clock,
                    fetch_full_text=False)
    core = CommandCore(store, gaz, on_watches_changed=poller.invalidate)
    recorder = Recorder()
    yield poller, core, Sender(store, {"console": recorder}), recorder
    await client.aclose()


async def watch(core: CommandCore, chat: ChatRef, rule: str) -> None:
    reply = await core.handle(Command(chat, "u", "watch", rule))
    assert reply.ok, reply.text


async def test_poll_queues_and_sends_each_alert_once(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
, clock: Clock) -> None:
    poller, core, sender, recorder = parts
    server.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K, DUMA), etag='"v1"')
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "North Korea troops >= 10000")
    await watch(core, ALICE, "treaty Russia North Korea")
    await watch(core, BOB, "North Korea troops by NIS")

    report = await poller.poll_once()
    assert (report.feeds, report.articles, report.failed) == (1, 3, 0)
    sent = await sender.drain()
    assert sent.sent == 3
    got = {(chat, number): alert for chat, number, alert in recorder.got}
    big = got[("alice", 1)]
    assert "12,000" in big.headline and "12,000 troops" in big.quote
    assert big.claimant is not None and "GUR" in big.claimant
    assert big.link == "https://wire.example/troops-12k"
    assert "State Duma" in got[("alice", 2)].quote
    assert "3,000" in got[("bob", 1)].headline

    # A second poll: the server answers 304, nothing new, nothing sent twice.
    clock.advance()
    again = await poller.poll_once()
    assert again.not_modified == 1 and again.articles == 0
    assert (await sender.drain()).sent == 0
    assert len(recorder.got) == 3


async def test_new_article_alerts_only_new_matches(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
, clock: Clock) -> None:
    poller, core, sender, recorder = parts
    server.serve("/wire.xml", rss(DUMA))
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "treaty Russia North Korea ratified")
    await poller.poll_once()
    assert (await sender.drain()).sent == 0  # the Duma step is approval; ratification is due
    server.serve("/wire.xml", rss(FEDERATION_COUNCIL, DUMA))
    clock.advance()
    report = await poller.poll_once()
    assert report.articles == 1
    assert (await sender.drain()).sent == 1
    assert "Federation Council" in recorder.got[0][2].quote


async def test_broken_feed_is_recorded_and_others_still_polled(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
) -> None:
    poller, core, sender, _ = parts
    server.serve("/broken.xml", b"<html><body>not a feed</body></html>",
                 content_type="text/html")
    server.serve("/missing.xml", b"gone", status=404)
    server.serve("/wire.xml", rss(TROOPS_12K))
    for path in ("/broken.xml", "/missing.xml", "/wire.xml"):
        await store.add_feed(server.url(path))
    await watch(core, ALICE, "North Korea troops")
    report = await poller.poll_once()
    assert report.failed == 2 and report.articles == 1
    feeds = {f.url.rsplit("/", 1)[1]: f for f in await store.list_feeds()}
    assert feeds["missing.xml"].failures == 1 and feeds["missing.xml"].last_status == 404
    assert feeds["broken.xml"].last_error
    assert feeds["wire.xml"].failures == 0
    assert (await sender.drain()).sent == 1


async def test_watch_added_after_a_poll_is_used_next_poll(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
, clock: Clock) -> None:
    poller, core, sender, _ = parts
    server.serve("/wire.xml", rss(TROOPS_3K))
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "Iran")
    await poller.poll_once()
    await watch(core, ALICE, "North Korea troops < 5000")
    server.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
    clock.advance()
    await poller.poll_once()
    # The 12,000 article is new; the watch for < 5000 does not fire on it.
    assert (await sender.drain()).sent == 0


# ---------------------------------------------------------------------- hardened ingestion


def _copy(guid: str, lead: str) -> str:
    return item(
        guid,
        "North Korea has sent 12,000 troops, Kyiv says",
        f"<p>{lead} Ukraine's GUR said on Thursday that North Korea has sent about 12,000 troops "
        "to Russia, and that some of the soldiers have already moved to the Kursk region near "
        "the border, where they are being trained on Russian equipment.</p>",
    )


async def test_three_outlets_one_story_one_alert_also_reported_by(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
) -> None:
    poller, core, sender, recorder = parts
    server.serve("/a.xml", rss(_copy("a-1", "KYIV."), title="Outlet A"))
    server.serve("/b.xml", rss(_copy("b-7", "From our correspondent."), title="Outlet B"))
    server.serve("/c.xml", rss(_copy("c-3", "Updated at noon."), title="Outlet C"))
    for path in ("/a.xml", "/b.xml", "/c.xml"):
        await store.add_feed(server.url(path))
    await watch(core, ALICE, "North Korea troops >= 10000")
    report = await poller.poll_once()
    assert (report.articles, report.queued, report.joined) == (3, 1, 2)
    assert (await sender.drain()).sent == 1
    (alert,) = [a for _, _, a in recorder.got]
    assert alert.outlet == "Outlet A; also reported by Outlet B, Outlet C"


async def test_a_later_higher_figure_says_what_changed(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder],
    clock: Clock,
) -> None:
    poller, core, sender, recorder = parts
    server.serve("/wire.xml", rss(TROOPS_3K))
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "North Korea troops >= 10000")
    await poller.poll_once()
    server.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
    clock.advance()
    await poller.poll_once()
    assert (await sender.drain()).sent == 1
    alert = recorder.got[0][2]
    assert alert.change is not None
    assert alert.change.startswith("up from 3,000 reported on Oct 23 by")


async def test_summary_only_entry_is_matched_on_its_article_page(
    server: FeedServer, store: Store, extractor: Extractor
) -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Deployment grows</h1>"
        "<p>Ukraine's GUR said on Thursday that North Korea has sent about 12,000 troops to "
        "Russia, weeks after the first units were seen in the Far East.</p>"
        "<p>Officials in Seoul said they were studying the report and would brief lawmakers "
        "on Friday about what their own services had seen.</p></article></body></html>"
    )
    server.serve("/story", page, content_type="text/html")
    teaser = (
        f"<item><title>Deployment grows</title><link>{server.url('/story')}</link>"
        "<guid>teaser-1</guid><pubDate>Thu, 24 Oct 2024 09:00:00 GMT</pubDate>"
        "<description>More soldiers arrive, Kyiv says.</description></item>"
    )
    server.serve("/wire.xml", rss(teaser))
    await store.add_feed(server.url("/wire.xml"))
    gaz = default_gazetteer()
    async with make_client(timeout=5) as client:
        poller = Poller(store, FeedFetcher(client), extractor, gaz, clock=Clock())
        core = CommandCore(store, gaz, on_watches_changed=poller.invalidate)
        await watch(core, ALICE, "North Korea troops >= 10000")
        report = await poller.poll_once()
    assert (report.full_text, report.queued) == (1, 1)
    recorder = Recorder()
    assert (await Sender(store, {"console": recorder}).drain()).sent == 1
    assert "12,000 troops" in recorder.got[0][2].quote


async def test_feeds_wait_for_their_own_schedule(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder],
    clock: Clock,
) -> None:
    poller, *_ = parts
    server.serve("/wire.xml", rss(TROOPS_3K), etag='"v1"',
                 headers={"Cache-Control": "max-age=3600"})
    await store.add_feed(server.url("/wire.xml"))
    assert (await poller.poll_once()).feeds == 1
    (feed,) = await store.list_feeds()
    assert feed.poll_interval is not None and feed.poll_interval >= 3600
    assert feed.next_poll_at is not None and feed.next_poll_at > clock.now
    clock.advance(600)
    assert (await poller.poll_once()).feeds == 0
    assert server.hits("/wire.xml") == 1
    clock.advance(86_400)
    assert (await poller.poll_once()).not_modified == 1


async def test_chat_feed_redirecting_into_loopback_is_refused_then_disabled_and_announced(
    server: FeedServer, store: Store, extractor: Extractor
) -> None:
    # Loopback stands in for the bot's own network: a chat-added feed may not reach it, even
    # through a redirect, and the chat hears why once the feed is given up.
    server.redirect("/wire.xml", "/internal.xml")
    server.serve("/internal.xml", rss(TROOPS_12K))
    await store.add_feed(server.url("/wire.xml"), added_by=ALICE.key)
    clock = Clock()
    recorder = Recorder()
    async with make_client(timeout=5) as client:
        poller = Poller(store, FeedFetcher(client), extractor, default_gazetteer(),
                        clock=clock, policy=PollPolicy(floor=60, failures_to_disable=2))
        poller.attach_channels({"console": recorder})
        first = await poller.poll_once()
        assert first.failed == 1 and "loopback" in first.errors[0]
        assert recorder.notices == []
        clock.advance()
        second = await poller.poll_once()
        assert second.disabled == 1
        clock.advance()
        assert (await poller.poll_once()).feeds == 0
    (feed,) = await store.list_feeds()
    assert not feed.enabled and feed.last_error is not None and "loopback" in feed.last_error
    assert len(recorder.notices) == 1
    chat, text = recorder.notices[0]
    assert chat == "alice" and "loopback" in text and "2 failed attempts" in text
    assert server.requests == []


async def test_hostile_feeds_never_crash_the_poll(
    server: FeedServer, store: Store, extractor: Extractor
) -> None:
    server.serve("/good.xml", rss(TROOPS_12K))
    server.serve("/malformed.xml", b"<rss><channel><item><title>x & y</title><link>")
    server.huge("/huge.xml", 50 * 1024 * 1024)
    server.gzip_bomb("/bomb.xml", 64 * 1024 * 1024)
    server.stall("/stall.xml", 30)
    server.redirect("/loop-a.xml", "/loop-b.xml")
    server.redirect("/loop-b.xml", "/loop-a.xml")
    server.serve("/page.html", "<!DOCTYPE html><html><body>hi</body></html>",
                 content_type="text/html")
    paths = ["/good.xml", "/malformed.xml", "/huge.xml", "/bomb.xml", "/stall.xml",
             "/loop-a.xml", "/page.html"]
    for path in paths:
        await store.add_feed(server.url(path))
    # The stand-in server shares the test's event loop, which the bomb and the huge feed keep
    # busy: a sub-second timeout let the redirect loop's connects time out on a loaded
    # machine. The stall (30 s) still outlasts this one.
    async with make_client(timeout=5) as client:
        fetcher = FeedFetcher(client, max_bytes=1024 * 1024)
        poller = Poller(store, fetcher, extractor, default_gazetteer(), clock=Clock(),
                        fetch_full_text=False)
        report = await poller.poll_once()
    assert report.feeds == 7 and report.failed == 5 and report.articles >= 1
    errors = " | ".join(report.errors)
    for needle in ("larger than", "timed out", "redirect loop", "HTML, not a feed"):
        assert needle in errors
