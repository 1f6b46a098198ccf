from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
from fixtures.feeds import ATOM, RSS2, corpus_files, needs_corpus
from support.feedserver import FeedServer, gzip_bomb_bytes
from support.loopback import PUBLIC_IP, LoopbackRouter

from bot.errors import (
    FeedError,
    FeedFetchError,
    FeedParseError,
    FeedThrottled,
    NotAFeedError,
    UnsafeURLError,
)
from bot.feeds import FeedFetcher, FetchResult, make_client
from bot.urlguard import GuardedTransport, URLGuard

RSS1 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://wire.example/">
    <title>Plains Wire</title>
    <link>https://wire.example/</link>
    <description>Wire copy</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://wire.example/a1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://wire.example/a1">
    <title>Convoy of 80 trucks crosses the pass</title>
    <link>https://wire.example/a1</link>
    <description>Witnesses counted 80 trucks before dawn.</description>
    <dc:date>2025-01-15T06:45:00+01:00</dc:date>
  </item>
</rdf:RDF>
"""

# Unescaped ampersand, an undeclared entity and unclosed tags: not XML, still readable.
MALFORMED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Bits & Pieces Daily</title>
<item><title>Ceasefire talks &mdash; day two</title><link>https://bits.example/talks</link>
<description>Delegates met for six hours & agreed on a prisoner exchange.</description>
</item>
<item><title>Second report<link>https://bits.example/second</link>
</channel>
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Welcome</title></head>
<body><h1>Our homepage</h1><p>No feed here.</p></body></html>
"""


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(timeout=5.0) as made:
        yield made


async def fetch(client: httpx.AsyncClient, url: str, **kwargs: object) -> FetchResult:
    return await FeedFetcher(client).fetch(url, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- feed formats


async def test_rss2(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/rss", RSS2, etag='"r1"', last_modified="Tue, 04 Mar 2025 08:00:00 GMT")
    result = await fetch(client, server.url("/rss"))
    assert result.status == 200
    assert not result.not_modified
    assert result.title == "Harbour Gazette"
    assert result.etag == '"r1"'
    assert result.last_modified == "Tue, 04 Mar 2025 08:00:00 GMT"
    first, second = result.articles
    assert first.id == "gazette-1001"
    assert first.url == server.url("/world/brigade")
    assert first.title == "Border brigade grows to 4,500 troops"
    assert first.text == (
        "The defence ministry said on Tuesday that 4,500 troops had arrived near Korvel.\n"
        "A spokesman gave no timetable."
    )
    assert first.published == datetime(2025, 3, 4, 7, 30, tzinfo=UTC)
    assert first.outlet == "Harbour Gazette"
    assert second.id == second.url == "https://gazette.example/world/guid-only"
    assert second.text == "Plain summary & nothing more."
    assert second.published is None
    request = server.requests[0]
    assert "rss+xml" in request.headers["Accept"]
    assert request.headers["User-Agent"].startswith("Tripwire/")


async def test_atom(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/atom", ATOM, content_type="application/atom+xml")
    result = await fetch(client, server.url("/atom"))
    assert result.title == "Northern Ledger"
    treaty, xhtml = result.articles
    assert treaty.id == "tag:ledger.example,2025:treaty"
    assert treaty.url == "https://ledger.example/treaty"
    assert treaty.text == (
        "The upper house voted 61 to 30.\nThe treaty enters into force next month."
    )
    assert treaty.published == datetime(2025, 5, 2, 12, 15, tzinfo=UTC)
    assert xhtml.text == "First part.\nSecond part with 12 howitzers."


async def test_rss1(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/rdf", RSS1, content_type="application/rdf+xml")
    result = await fetch(client, server.url("/rdf"))
    assert result.title == "Plains Wire"
    (article,) = result.articles
    assert article.id == article.url == "https://wire.example/a1"
    assert article.text == "Witnesses counted 80 trucks before dawn."
    assert article.published == datetime(2025, 1, 15, 5, 45, tzinfo=UTC)


async def test_malformed_xml_is_read_loosely(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/broken", MALFORMED)
    result = await fetch(client, server.url("/broken"))
    assert result.title == "Bits & Pieces Daily"
    assert [a.url for a in result.articles][:1] == ["https://bits.example/talks"]
    assert result.articles[0].title == "Ceasefire talks \u2014 day two"
    assert "prisoner exchange" in result.articles[0].text


async def test_garbage_is_not_a_feed(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/junk", bytes(range(256)) * 8, content_type="application/octet-stream")
    with pytest.raises(FeedParseError, match="not an RSS or Atom feed"):
        await fetch(client, server.url("/junk"))


async def test_html_page_is_named(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/page", HTML_PAGE, content_type="text/html; charset=utf-8")
    with pytest.raises(FeedParseError, match="the page is HTML, not a feed"):
        await fetch(client, server.url("/page"))
    # Mislabelled as XML, the markup still gives it away.
    server.serve("/page", HTML_PAGE, content_type="application/xml")
    with pytest.raises(FeedParseError, match="the page is HTML, not a feed"):
        await fetch(client, server.url("/page"))


# ---------------------------------------------------------------------- encodings

CYRILLIC_TITLE = "Парламент одобрил соглашение"
CYRILLIC_TEXT = "Депутаты поддержали договор о поставке 300 бронемашин."
LATIN_TEXT = "Délégués à Genève, Zürich et São Paulo ont signé l'accord."


def _rss(title: str, text: str, declaration: str | None) -> str:
    decl = f'<?xml version="1.0" encoding="{declaration}"?>\n' if declaration else ""
    return (
        f'{decl}<rss version="2.0"><channel><title>{title}</title><item><title>{title}</title>'
        f"<link>https://press.example/1</link><description>{text}</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("body", "content_type", "title", "text"),
    [
        pytest.param(
            _rss(CYRILLIC_TITLE, CYRILLIC_TEXT, "windows-1251").encode("cp1251"),
            "application/rss+xml; charset=windows-1251",
            CYRILLIC_TITLE,
            CYRILLIC_TEXT,
            id="windows-1251 declared twice",
        ),
        pytest.param(
            _rss(CYRILLIC_TITLE, CYRILLIC_TEXT, "windows-1251").encode("cp1251"),
            "application/rss+xml; charset=utf-8",
            CYRILLIC_TITLE,
            CYRILLIC_TEXT,
            id="windows-1251 body labelled utf-8 by the server",
        ),
        pytest.param(
            _rss(CYRILLIC_TITLE, CYRILLIC_TEXT, "windows-1251").encode("cp1251"),
            "text/xml; charset=iso-8859-1",
            CYRILLIC_TITLE,
            CYRILLIC_TEXT,
            id="windows-1251 body behind a latin-1 server default",
        ),
        pytest.param(
            _rss("Revue", LATIN_TEXT, "iso-8859-1").encode("latin-1"),
            "application/xml",
            "Revue",
            LATIN_TEXT,
            id="latin-1 declared",
        ),
        pytest.param(
            _rss("Revue", LATIN_TEXT, None).encode("latin-1"),
            "text/xml; charset=iso-8859-1",
            "Revue",
            LATIN_TEXT,
            id="latin-1 declared by the server only",
        ),
        pytest.param(
            _rss(CYRILLIC_TITLE, CYRILLIC_TEXT, "iso-8859-1").encode("utf-8"),
            "application/rss+xml; charset=iso-8859-1",
            CYRILLIC_TITLE,
            CYRILLIC_TEXT,
            id="utf-8 body labelled latin-1 everywhere",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + _rss("Revue", LATIN_TEXT, "utf-8").encode("utf-8"),
            None,
            "Revue",
            LATIN_TEXT,
            id="utf-8 with a byte order mark, no content type",
        ),
        pytest.param(
            _rss("Revue", LATIN_TEXT, "utf-16").encode("utf-16"),
            "application/xml",
            "Revue",
            LATIN_TEXT,
            id="utf-16",
        ),
    ],
)
async def test_encodings(
    server: FeedServer,
    client: httpx.AsyncClient,
    body: bytes,
    content_type: str | None,
    title: str,
    text: str,
) -> None:
    server.serve("/enc", body, content_type=content_type)
    result = await fetch(client, server.url("/enc"))
    assert result.title == title
    (article,) = result.articles
    assert article.title == title
    assert article.text == text


# ---------------------------------------------------------------------- HTTP behaviour


async def test_conditional_get_by_etag(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/rss", RSS2, etag='"v7"')
    result = await fetch(client, server.url("/rss"), etag='"v7"')
    assert server.requests[0].headers["If-None-Match"] == '"v7"'
    assert result.not_modified
    assert result.status == 304
    assert result.etag == '"v7"'
    assert result.title is None
    assert result.articles == ()


async def test_conditional_get_by_date(server: FeedServer, client: httpx.AsyncClient) -> None:
    stamp = "Wed, 05 Mar 2025 10:00:00 GMT"
    server.serve("/rss", RSS2, last_modified=stamp)
    result = await fetch(client, server.url("/rss"), last_modified=stamp)
    assert server.requests[0].headers["If-Modified-Since"] == stamp
    assert "If-None-Match" not in server.requests[0].headers
    assert result.not_modified
    assert result.last_modified == stamp
    # A changed feed answers in full.
    changed = await fetch(client, server.url("/rss"), last_modified="Mon, 03 Mar 2025 00:00:00 GMT")
    assert not changed.not_modified
    assert len(changed.articles) == 2


@pytest.mark.parametrize("status", [404, 410, 500, 503])
async def test_error_status(server: FeedServer, client: httpx.AsyncClient, status: int) -> None:
    server.serve("/gone", "nope", status=status, content_type="text/plain")
    with pytest.raises(FeedFetchError, match=f"HTTP {status}") as caught:
        await fetch(client, server.url("/gone"))
    assert caught.value.status == status
    assert caught.value.url == server.url("/gone")


async def test_temporary_redirect_chain(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.redirect("/old", "/moved", status=301)
    server.redirect("/moved", "/feed", status=302)
    server.serve("/feed", RSS2)
    result = await fetch(client, server.url("/old"))
    assert result.url == server.url("/old")
    assert result.final_url == server.url("/feed")
    assert result.permanent_url is None
    assert len(result.articles) == 2
    assert [r.path for r in server.requests] == ["/old", "/moved", "/feed"]


async def test_permanent_redirect_chain(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.redirect("/old", "/newer", status=301)
    server.redirect("/newer", "/newest", status=308)
    server.serve("/newest", RSS2, etag='"p"')
    result = await fetch(client, server.url("/old"), etag='"p"')
    assert result.permanent_url == server.url("/newest")
    assert result.not_modified
    # The validators travel with every hop: they belong to the resource, not the address.
    assert all(r.headers.get("If-None-Match") == '"p"' for r in server.requests)


async def test_redirect_loop(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(FeedFetchError, match="redirect loop"):
        await fetch(client, server.url("/a"))
    assert len(server.requests) == 2


async def test_too_many_redirects(server: FeedServer, client: httpx.AsyncClient) -> None:
    for hop in range(8):
        server.redirect(f"/r{hop}", f"/r{hop + 1}")
    with pytest.raises(FeedFetchError, match="more than 5 redirects"):
        await fetch(client, server.url("/r0"))
    assert len(server.requests) == 6


async def test_declared_size_over_cap(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/big", b" " * 300_000)
    with pytest.raises(FeedFetchError, match="larger than 100000 bytes"):
        await FeedFetcher(client, max_bytes=100_000).fetch(server.url("/big"))


async def test_streamed_size_over_cap(server: FeedServer, client: httpx.AsyncClient) -> None:
    # Chunked, no Content-Length: the cap must hold while streaming.
    server.huge("/endless", 50 * 1024 * 1024, prefix=b"<rss version='2.0'><channel>")
    started = time.perf_counter()
    with pytest.raises(FeedFetchError, match="larger than 1048576 bytes"):
        await FeedFetcher(client, max_bytes=1024 * 1024).fetch(server.url("/endless"))
    assert time.perf_counter() - started < 10


async def test_gzip_feed_is_decoded(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.serve("/gz", gzip.compress(RSS2.encode()), headers={"Content-Encoding": "gzip"})
    assert len((await fetch(client, server.url("/gz"))).articles) == 2
    server.serve("/zlib", zlib.compress(RSS2.encode()), headers={"Content-Encoding": "deflate"})
    assert len((await fetch(client, server.url("/zlib"))).articles) == 2
    raw = zlib.compressobj(wbits=-15)
    packed = raw.compress(RSS2.encode()) + raw.flush()
    server.serve("/raw", packed, headers={"Content-Encoding": "deflate"})
    assert len((await fetch(client, server.url("/raw"))).articles) == 2
    members = gzip.compress(RSS2[:100].encode()) + gzip.compress(RSS2[100:].encode())
    server.serve("/members", members, headers={"Content-Encoding": "gzip"})
    assert len((await fetch(client, server.url("/members"))).articles) == 2


async def test_unknown_encoding_and_corrupt_gzip(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/br", b"\x1b\x00", headers={"Content-Encoding": "br"})
    with pytest.raises(FeedFetchError, match="unsupported content encoding"):
        await fetch(client, server.url("/br"))
    server.serve("/bad", b"\x1f\x8b not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FeedFetchError, match="corrupt compressed body"):
        await fetch(client, server.url("/bad"))


async def test_gzip_bomb_is_refused_without_inflating(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    inflated = 1024 * 1024 * 1024
    server.gzip_bomb("/bomb", inflated)
    tracemalloc.start()
    try:
        with pytest.raises(FeedFetchError, match="larger than 2097152 bytes once decompressed"):
            await FeedFetcher(client, max_bytes=2 * 1024 * 1024).fetch(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\ngzip bomb: {len(gzip_bomb_bytes(inflated))} bytes on the wire, peak {peak} bytes")
    # 1 GiB inflated would be ~1000x this; the wire body itself is ~1 MiB.
    assert peak < 32 * 1024 * 1024


async def test_stalled_server_times_out(server: FeedServer) -> None:
    server.serve("/slow", RSS2, delay=10)
    server.stall("/half", 10, after=b"<rss version='2.0'><channel>")
    async with make_client(timeout=0.3) as quick:
        for path in ("/slow", "/half"):
            started = time.perf_counter()
            with pytest.raises(FeedFetchError, match="timed out"):
                await FeedFetcher(quick).fetch(server.url(path))
            assert time.perf_counter() - started < 3


async def test_trickling_server_hits_the_whole_fetch_deadline(server: FeedServer) -> None:
    # Each read succeeds inside the read timeout, but the body never ends.
    server.huge("/trickle", 10**6, chunk=10, pace=0.05)
    async with make_client(timeout=0.2) as quick:
        started = time.perf_counter()
        with pytest.raises(FeedFetchError, match=r"timed out: no complete answer in 0.6 s"):
            await FeedFetcher(quick).fetch(server.url("/trickle"))
        assert time.perf_counter() - started < 3


async def test_connection_refused(client: httpx.AsyncClient) -> None:
    async with FeedServer() as gone:
        url = gone.url("/rss")
    with pytest.raises(FeedFetchError, match="network error"):
        await fetch(client, url)


# ---------------------------------------------------------------------- SSRF


async def test_untrusted_loopback_url_is_refused(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/rss", RSS2)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1 is a loopback address"):
        await fetch(client, server.url("/rss"), untrusted=True)
    with pytest.raises(UnsafeURLError, match="loopback"):
        await fetch(client, f"http://localhost:{server.port}/rss", untrusted=True)
    with pytest.raises(UnsafeURLError, match="only http and https"):
        await fetch(client, "file:///etc/passwd", untrusted=True)
    assert server.requests == []
    # The operator's own feeds (trusted) may live anywhere.
    assert len((await fetch(client, server.url("/rss"))).articles) == 2


def _public_client() -> tuple[httpx.AsyncClient, LoopbackRouter]:
    router = LoopbackRouter()
    return httpx.AsyncClient(transport=GuardedTransport(network_backend=router), timeout=5), router


async def test_untrusted_redirect_into_loopback_is_refused(server: FeedServer) -> None:
    async def dns(host: str, port: int) -> list[str]:
        return {"news.example": [PUBLIC_IP]}[host]

    server.redirect("/feed", f"http://127.0.0.1:{server.port}/admin")
    server.serve("/admin", RSS2)
    client, router = _public_client()
    async with client:
        fetcher = FeedFetcher(client, guard=URLGuard(dns))
        url = f"http://news.example:{server.port}/feed"
        with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1 is a loopback address") as caught:
            await fetcher.fetch(url, untrusted=True)
    assert caught.value.url == url
    assert "redirect to http://127.0.0.1" in str(caught.value)
    assert [r.path for r in server.requests] == ["/feed"]
    assert router.connected == [PUBLIC_IP]


async def test_untrusted_public_feed_is_fetched(server: FeedServer) -> None:
    async def dns(host: str, port: int) -> list[str]:
        return {"news.example": [PUBLIC_IP]}[host]

    server.serve("/feed", RSS2)
    client, router = _public_client()
    async with client:
        fetcher = FeedFetcher(client, guard=URLGuard(dns))
        result = await fetcher.fetch(f"http://news.example:{server.port}/feed", untrusted=True)
    assert result.title == "Harbour Gazette"
    assert router.connected == [PUBLIC_IP]


async def test_dns_rebinding_is_refused_at_connect(server: FeedServer) -> None:
    answers = [[PUBLIC_IP], ["127.0.0.1"]]

    async def rebinding(host: str, port: int) -> list[str]:
        return answers.pop(0) if len(answers) > 1 else answers[0]

    server.serve("/feed", RSS2)
    client, router = _public_client()
    async with client:
        fetcher = FeedFetcher(client, guard=URLGuard(rebinding))
        with pytest.raises(UnsafeURLError, match=r"rebind\.example resolves to 127\.0\.0\.1"):
            await fetcher.fetch(f"http://rebind.example:{server.port}/feed", untrusted=True)
    assert server.requests == []
    assert router.connected == []


# ---------------------------------------------------------------------- real-world shapes

@needs_corpus
async def test_corpus_over_http_lands_in_feed_errors_only(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    files = corpus_files()
    for index, path in enumerate(files):
        kind = "application/json" if path.suffix == ".json" else "application/xml"
        server.serve(f"/{index}", path.read_bytes(), content_type=kind)
    fetcher = FeedFetcher(client)
    gate = asyncio.Semaphore(8)
    outcomes: dict[str, int] = {}

    async def one(index: int) -> None:
        async with gate:
            try:
                await fetcher.fetch(server.url(f"/{index}"))
                outcome = "fetched"
            except FeedError as exc:
                outcome = type(exc).__name__
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(len(files))))
    print(f"\ncorpus over HTTP: {outcomes}, {time.perf_counter() - started:.1f} s")
    assert sum(outcomes.values()) == len(files)
    assert outcomes["fetched"] > 0.9 * len(files)


# ---------------------------------------------------------------------- polling hints


async def test_unchanged_body_without_validators_counts_as_not_modified(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/rss", RSS2)
    first = await fetch(client, server.url("/rss"))
    assert not first.not_modified and first.content_hash
    again = await fetch(client, server.url("/rss"), content_hash=first.content_hash)
    assert again.not_modified and again.articles == ()
    server.serve("/rss", RSS2.replace("4,500", "4,800"))
    changed = await fetch(client, server.url("/rss"), content_hash=first.content_hash)
    assert not changed.not_modified and changed.content_hash != first.content_hash


async def test_cache_hints_and_ttl_reach_the_result(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/rss", RSS2, headers={"Cache-Control": "max-age=900"})
    assert (await fetch(client, server.url("/rss"))).cache_lifetime == 900
    with_ttl = RSS2.replace("<channel>", "<channel><ttl>60</ttl>", 1)
    server.serve("/ttl", with_ttl)
    assert (await fetch(client, server.url("/ttl"))).cache_lifetime == 3600


async def test_throttling_carries_retry_after(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    server.serve("/rss", "slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(FeedThrottled) as caught:
        await fetch(client, server.url("/rss"))
    assert caught.value.retry_after == 120 and caught.value.status == 429


async def test_html_page_offers_the_feed_it_links_to(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    page = HTML_PAGE.replace(
        "<title>Welcome</title>",
        '<title>Welcome</title><link rel="stylesheet" href="/s.css">'
        '<link rel="alternate" type="application/rss+xml" title="News" href="/news.rss">',
    )
    server.serve("/", page, content_type="text/html")
    with pytest.raises(NotAFeedError) as caught:
        await fetch(client, server.url("/"))
    assert caught.value.alternates == (server.url("/news.rss"),)
    assert "links to the feed" in caught.value.reason
