"""One poll end to end on real parts: a local HTTP feed, httpx, feedparser, spaCy, the store
(SQLite and PostgreSQL) and the sender with a recording channel."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fixtures.feeds import DUMA, FEDERATION_COUNCIL, TROOPS_3K, TROOPS_12K, rss
from support.feedserver import FeedServer

from bot.delivery import Sender
from bot.feeds import FeedFetcher, make_client
from bot.models import Alert
from bot.nlp import Extractor
from bot.nlp.gazetteer import default_gazetteer
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


@pytest.fixture
async def parts(store: Store, extractor: Extractor
                ) -> AsyncIterator[tuple[Poller, CommandCore, Sender, Recorder]]:
    client = make_client(timeout=5)
    gaz = default_gazetteer()
    poller = Poller(store, FeedFetcher(client), extractor, gaz)
    core = CommandCore(store, gaz, on_watches_changed=poller.invalidate)
    recorder = Recorder()
    yield poller, core, Sender(store, {"console": recorder}), recorder
    await client.aclose()


async def watch(core: CommandCore, chat: ChatRef, rule: str) -> None:
    reply = await core.handle(Command(chat, "u", "watch", rule))
    assert reply.ok, reply.text


async def test_poll_queues_and_sends_each_alert_once(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
) -> None:
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
    again = await poller.poll_once()
    assert again.not_modified == 1 and again.articles == 0
    assert (await sender.drain()).sent == 0
    assert len(recorder.got) == 3


async def test_new_article_alerts_only_new_matches(
    server: FeedServer, store: Store, parts: tuple[Poller, CommandCore, Sender, Recorder]
) -> None:
    poller, core, sender, recorder = parts
    server.serve("/wire.xml", rss(DUMA))
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "treaty Russia North Korea ratified")
    await poller.poll_once()
    assert (await sender.drain()).sent == 0  # the Duma step is approval; ratification is due
    server.serve("/wire.xml", rss(FEDERATION_COUNCIL, DUMA))
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
) -> None:
    poller, core, sender, _ = parts
    server.serve("/wire.xml", rss(TROOPS_3K))
    await store.add_feed(server.url("/wire.xml"))
    await watch(core, ALICE, "Iran")
    await poller.poll_once()
    await watch(core, ALICE, "North Korea troops < 5000")
    server.serve("/wire.xml", rss(TROOPS_12K, TROOPS_3K))
    await poller.poll_once()
    # The 12,000 article is new; the watch for < 5000 does not fire on it.
    assert (await sender.drain()).sent == 0
