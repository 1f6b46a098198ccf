"""Fetch feeds over HTTP and parse them into Articles: the first edge of the flow.

`FeedFetcher.fetch` is the only I/O here. It makes conditional GETs, follows redirects itself so
the SSRF guard sees every hop of a chat user's URL, and reads the body as a bounded stream: the
size cap applies on the wire and again after decompression, so neither a huge body nor a gzip
bomb can exhaust memory. Parsing the body is bot.feedparse's (pure) business.
"""

from __future__ import annotations

import asyncio
import hashlib
import zlib
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.errors import (
    FeedFetchError,
    FeedParseError,
    FeedThrottled,
    NotAFeedError,
    UnsafeURLError,
)
from bot.feedparse import parse_feed_details
from bot.models import Article
from bot.polling import cache_lifetime, retry_after_seconds
from bot.urlguard import GuardedTransport, URLGuard, guarding

__all__ = ["FeedFetcher", "FetchResult", "Page", "make_client"]

DEFAULT_USER_AGENT = "Tripwire/0.1 (+https://github.com/tripwire-bot/tripwire)"

_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_THROTTLING = frozenset({429, 503})
# The whole fetch (every hop, the full body) gets this many times the client's longest single
# timeout: httpx's timeouts bound each read, so without it a server trickling one byte per
# read timeout could hold a poll forever.
_DEADLINE_FACTOR = 3


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    final_url: str
    permanent_url: str | None
    status: int
    not_modified: bool
    etag: str | None
    last_modified: str | None
    title: str | None
    articles: tuple[Article, ...]
    content_hash: str | None = None
    # Seconds the server says the answer stays fresh (Cache-Control, Expires, RSS <ttl>).
    cache_lifetime: float | None = None
    # Parallel to `articles`: True where the entry carried only a short summary.
    summary_only: tuple[bool, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    final_url: str
    content_type: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class _Got:
    """One finished GET after redirects: what `fetch` and `fetch_page` build on."""

    final_url: str
    permanent: bool
    status: int
    headers: dict[str, str]
    content_type: str | None
    body: bytes


def make_client(
    *, timeout: float = 20.0, user_agent: str = DEFAULT_USER_AGENT
) -> httpx.AsyncClient:
    """The HTTP client for feeds: HTTP/1.1, no automatic redirects (FeedFetcher follows them so
    each hop is checked), environment proxies ignored, and connections that honour the SSRF
    guard at connect time (see bot.urlguard)."""
    return httpx.AsyncClient(
        transport=GuardedTransport(),
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
        trust_env=False,
    )


class FeedFetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        guard: URLGuard | None = None,
    ) -> None:
        self._client = client
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._guard = guard or URLGuard()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        untrusted: bool = False,
        content_hash: str | None = None,
    ) -> FetchResult:
        """Conditional GET of `url`; `untrusted` (a chat user's URL) turns the SSRF guard on.

        `content_hash` (from an earlier result) makes an identical body count as not modified,
        for servers that send neither ETag nor Last-Modified. Raises FeedFetchError (or
        FeedThrottled), FeedParseError (or NotAFeedError) or UnsafeURLError, each with `url`
        the URL asked for; the message names the redirect hop when the failure followed one.
        """
        headers = {"Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = self._deadline()
        try:
            async with asyncio.timeout(deadline):
                with guarding(self._guard) if untrusted else nullcontext():
                    return await self._fetch(
                        url, headers, etag, last_modified, content_hash, untrusted
                    )
        except TimeoutError as exc:
            raise FeedFetchError(
                f"timed out: no complete answer in {deadline:g} s", url=url
            ) from exc

    def _deadline(self) -> float | None:
        t = self._client.timeout
        limits = [s for s in (t.connect, t.read, t.write, t.pool) if s is not None]
        return _DEADLINE_FACTOR * max(limits) if limits else None

    async def check_url(self, url: str, *, untrusted: bool) -> None:
        """Refuse a URL the fetcher would refuse before sending anything (scheme; for an
        untrusted URL also the SSRF guard's resolution). Raises UnsafeURLError/FeedFetchError."""
        if untrusted:
            await self._guard.check(url)
        elif urlsplit(url).scheme.lower() not in ("http", "https"):
            raise FeedFetchError("only http and https URLs can be fetched", url=url)

    async def fetch_page(self, url: str, *, untrusted: bool = False) -> Page:
        """GET any document (an article page, an OPML list) under the same guards as a feed:
        redirects checked hop by hop, size cap, decompression guard, whole-fetch deadline."""
        headers = {"Accept": "text/html, application/xhtml+xml, */*;q=0.5",
                   "Accept-Encoding": "gzip, deflate"}
        deadline = self._deadline()
        try:
            async with asyncio.timeout(deadline):
                with guarding(self._guard) if untrusted else nullcontext():
                    got = await self._follow(url, headers, untrusted)
        except TimeoutError as exc:
            raise FeedFetchError(
                f"timed out: no complete answer in {deadline:g} s", url=url
            ) from exc
        if got.status == 304:
            raise FeedFetchError("the server answered 304 to an unconditional request", url=url)
        return Page(url=url, final_url=got.final_url, content_type=got.content_type,
                    body=got.body)

    async def _fetch(
        self,
        url: str,
        headers: dict[str, str],
        etag: str | None,
        last_modified: str | None,
        content_hash: str | None,
        untrusted: bool,
    ) -> FetchResult:
        got = await self._follow(url, headers, untrusted)
        permanent_url = got.final_url if got.permanent and got.final_url != url else None
        lifetime = cache_lifetime(got.headers, datetime.now(UTC))
        if got.status == 304:
            return FetchResult(
                url=url, final_url=got.final_url, permanent_url=permanent_url,
                status=304, not_modified=True,
                etag=got.headers.get("etag") or etag,
                last_modified=got.headers.get("last-modified") or last_modified,
                title=None, articles=(), content_hash=content_hash, cache_lifetime=lifetime,
            )
        digest = hashlib.sha256(got.body).hexdigest()
        if content_hash is not None and digest == content_hash:
            # No validators, same bytes: as good as a 304, and no parsing spent on it.
            return FetchResult(
                url=url, final_url=got.final_url, permanent_url=permanent_url,
                status=got.status, not_modified=True,
                etag=got.headers.get("etag"), last_modified=got.headers.get("last-modified"),
                title=None, articles=(), content_hash=digest, cache_lifetime=lifetime,
            )
        where = "" if got.final_url == url else f"redirect to {got.final_url}: "
        try:
            parsed = await asyncio.to_thread(
                parse_feed_details, got.body, url=got.final_url, content_type=got.content_type
            )
        except NotAFeedError as exc:
            raise NotAFeedError(
                f"{where}{exc.reason}", url=url, alternates=exc.alternates
            ) from exc
        except FeedParseError as exc:
            raise FeedParseError(f"{where}{exc.reason}", url=url) from exc
        if parsed.ttl_minutes is not None:
            lifetime = max(lifetime or 0.0, parsed.ttl_minutes * 60.0)
        return FetchResult(
            url=url, final_url=got.final_url, permanent_url=permanent_url,
            status=got.status, not_modified=False,
            etag=got.headers.get("etag"), last_modified=got.headers.get("last-modified"),
            title=parsed.title, articles=parsed.articles, content_hash=digest,
            cache_lifetime=lifetime, summary_only=parsed.summary_only,
        )

    async def _follow(self, url: str, headers: dict[str, str], untrusted: bool) -> _Got:
        current, seen, permanent, hops = url, {_normal(url)}, True, 0
        while True:
            where = "" if current == url else f"redirect to {current}: "
            response = await self._send(current, headers, untrusted, url, where)
            try:
                status = response.status_code
                location = response.headers.get("location")
                if status in _REDIRECTS and location:
                    hops += 1
                    if hops > self._max_redirects:
                        raise FeedFetchError(f"more than {self._max_redirects} redirects", url=url)
                    try:
                        target = str(response.url.join(location.strip()))
                    except httpx.InvalidURL as exc:
                        raise FeedFetchError(
                            f"{where}bad redirect location {location!r}", url=url
                        ) from exc
                    if _normal(target) in seen:
                        raise FeedFetchError(
                            f"redirect loop: {target} was already visited", url=url
                        )
                    seen.add(_normal(target))
                    permanent = permanent and status in _PERMANENT
                    current = target
                    continue
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if status == 304:
                    return _Got(current, permanent, 304, response_headers, None, b"")
                if status >= 300:
                    phrase = f"HTTP {status} {response.reason_phrase}".strip()
                    wait = retry_after_seconds(
                        response.headers.get("retry-after"), datetime.now(UTC)
                    )
                    if status in _THROTTLING and wait is not None:
                        raise FeedThrottled(
                            f"{where}{phrase}, retry after {wait:g} s",
                            url=url, status=status, retry_after=wait,
                        )
                    raise FeedFetchError(f"{where}{phrase}", url=url, status=status)
                body = await self._read_body(response, url, where)
            finally:
                await response.aclose()
            return _Got(current, permanent, status, response_headers,
                        response.headers.get("content-type"), body)

    async def _send(
        self, current: str, headers: dict[str, str], untrusted: bool, url: str, where: str
    ) -> httpx.Response:
        try:
            if untrusted:
                await self._guard.check(current)
            elif urlsplit(current).scheme.lower() not in ("http", "https"):
                raise FeedFetchError(f"{where}only http and https URLs can be fetched", url=url)
            request = self._client.build_request("GET", current, headers=headers)
            return await self._client.send(request, stream=True)
        except UnsafeURLError as exc:
            if exc.url == url:
                raise
            raise UnsafeURLError(f"{where}{exc.reason}", url=url) from exc
        except FeedFetchError as exc:
            if exc.url == url:
                raise
            raise FeedFetchError(f"{where}{exc.reason}", url=url) from exc
        except httpx.TimeoutException as exc:
            raise FeedFetchError(f"{where}timed out ({type(exc).__name__})", url=url) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            detail = str(exc) or type(exc).__name__
            raise FeedFetchError(f"{where}network error: {detail}", url=url) from exc

    async def _read_body(self, response: httpx.Response, url: str, where: str) -> bytes:
        cap = self._max_bytes
        too_large = f"{where}the feed is larger than {cap} bytes"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FeedFetchError(too_large, url=url)
        decoder = _decoder(response.headers.get("content-encoding", ""), url, where)
        body = bytearray()
        wire = 0
        try:
            async for chunk in response.aiter_raw():
                wire += len(chunk)
                if wire > cap:
                    raise FeedFetchError(too_large, url=url)
                body += decoder.feed(chunk, cap - len(body)) if decoder else chunk
                if len(body) > cap:
                    raise FeedFetchError(too_large, url=url)
        except _TooLarge as exc:
            raise FeedFetchError(f"{too_large} once decompressed", url=url) from exc
        except httpx.TimeoutException as exc:
            raise FeedFetchError(f"{where}timed out reading the body", url=url) from exc
        except httpx.HTTPError as exc:
            raise FeedFetchError(f"{where}network error reading the body: {exc}", url=url) from exc
        return bytes(body)


def _normal(url: str) -> str:
    try:
        return str(httpx.URL(url).copy_with(fragment=None))
    except httpx.InvalidURL:
        return url


class _TooLarge(Exception):
    """Decompressed output would pass the cap (internal: turned into FeedFetchError)."""


class _Inflater:
    """gzip/deflate decoding that never produces more than the caller has room for: zlib's
    max_length stops a bomb after `room` bytes instead of inflating a whole chunk."""

    def __init__(self, coding: str, url: str, where: str) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        self._url, self._where = url, where
        self._obj: Any = zlib.decompressobj(31) if self._gzip else None
        self._pending = b""
        self._members = 0

    def feed(self, data: bytes, room: int) -> bytes:
        if self._obj is None:
            # "deflate" is zlib-wrapped by the standard and raw deflate on some servers: the
            # first two bytes tell which.
            self._pending += data
            if len(self._pending) < 2:
                return b""
            cmf, flg = self._pending[0], self._pending[1]
            zlib_wrapped = cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0
            self._obj = zlib.decompressobj(15 if zlib_wrapped else -15)
            data, self._pending = self._pending, b""
        out = bytearray()
        try:
            while data:
                if self._obj.eof:
                    self._members += 1
                    if not self._gzip:
                        break
                    self._obj = zlib.decompressobj(31)  # concatenated gzip members are legal
                out += self._obj.decompress(data, room + 1 - len(out))
                if len(out) > room:
                    raise _TooLarge
                data = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
        except zlib.error as exc:
            if self._members:  # padding after a complete member, as gzip(1) tolerates
                return bytes(out)
            raise FeedFetchError(
                f"{self._where}corrupt compressed body ({exc})", url=self._url
            ) from exc
        return bytes(out)


def _decoder(header: str, url: str, where: str) -> _Inflater | None:
    codings = [
        c.strip().lower() for c in header.split(",") if c.strip().lower() not in ("", "identity")
    ]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater(codings[0], url, where)
    raise FeedFetchError(f"{where}unsupported content encoding {header!r}", url=url)
