from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from support.feedserver import FeedServer

from bot.feeds import FeedFetcher, make_client
from bot.fulltext import TEXT_FROM_FEED, TEXT_FROM_PAGE, FullTextFetcher, extract_main_text
from bot.models import Article

PAGE = """<!DOCTYPE html><html><head><title>Kursk deployment grows</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<header><p>Subscribe to our newsletter for 1,000 reasons</p></header>
<article>
<h1>Kursk deployment grows</h1>
<p>Ukraine's military intelligence said on Thursday that North Korea has sent about 12,000
troops to Russia, several weeks after the first units were seen at training grounds in the
Far East.</p>
<p>The agency said some of the soldiers had already reached the Kursk region, where Ukrainian
forces have held ground since August, and that more were expected before the winter.</p>
<p>Officials in Seoul said they were studying the report and would brief lawmakers on Friday
about what their own services had seen along the border.</p>
</article>
<footer><p>Copyright 2024 Example Wire. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(timeout=5.0) as made:
        yield made


def test_main_text_keeps_the_article_and_drops_navigation() -> None:
    text = extract_main_text(PAGE.encode(), "https://wire.example/kursk")
    assert "about 12,000" in text and "Kursk region" in text
    assert "Sport" not in text and "newsletter" not in text
    assert extract_main_text(b"", "https://wire.example/empty") == ""


def _teaser(url: str) -> Article:
    return Article(id="k1", url=url, title="Kursk deployment grows",
                   text="More troops arrive, Kyiv says.", outlet="Example Wire")


async def test_summary_only_entry_gets_the_page_text(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/kursk", PAGE, content_type="text/html; charset=utf-8")
    full = FullTextFetcher(FeedFetcher(client))
    teaser = _teaser(server.url("/kursk"))
    other = Article(id="o", url=server.url("/never"), title="t", text="t")
    done = await full.complete([teaser, other], [True, False], untrusted=False)
    assert done[0].source == TEXT_FROM_PAGE and "12,000 troops" in " ".join(
        done[0].article.text.split())
    assert done[1].source == TEXT_FROM_FEED and done[1].article == other
    assert server.hits("/never") == 0


async def test_failures_keep_the_summary_with_a_reason(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/json", b'{"a": 1}', content_type="application/json")
    server.serve("/thin", "<html><body><p>Short.</p></body></html>", content_type="text/html")
    full = FullTextFetcher(FeedFetcher(client))
    urls = [server.url("/missing"), server.url("/json"), server.url("/thin")]
    done = await full.complete([_teaser(u) for u in urls], [True] * 3, untrusted=False)
    assert [d.source for d in done] == [TEXT_FROM_FEED] * 3
    assert all(d.article.text == "More troops arrive, Kyiv says." for d in done)
    assert done[0].error is not None and "404" in done[0].error
    assert done[1].error is not None and "application/json" in done[1].error


async def test_a_chat_feed_article_page_on_loopback_is_refused(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/kursk", PAGE, content_type="text/html")
    full = FullTextFetcher(FeedFetcher(client))
    (done,) = await full.complete([_teaser(server.url("/kursk"))], [True], untrusted=True)
    assert done.source == TEXT_FROM_FEED
    assert done.error is not None and "loopback" in done.error
    assert server.hits("/kursk") == 0
