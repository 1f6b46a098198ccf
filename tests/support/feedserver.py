"""A real local HTTP server for tests that fetch feeds (aiohttp.web on 127.0.0.1, ephemeral port).

Usage (tests/ is on sys.path through tests/conftest.py, so import it as `support.feedserver`):

    from support.feedserver import FeedServer

    @pytest.fixture
    async def server() -> AsyncIterator[FeedServer]:
        async with FeedServer() as running:
            yield running

    async def test_something(server: FeedServer) -> None:
        server.serve("/feed.xml", RSS_BYTES, etag='"v1"')
        url = server.url("/feed.xml")
        ...
        assert server.hits("/feed.xml") == 1

What a path can do (each call replaces what the path did before):
- `serve(path, body, status=200, content_type=..., headers=..., etag=..., last_modified=...,
  delay=0.0)`: a fixed answer. With `etag` / `last_modified` set, a request carrying a matching
  If-None-Match / If-Modified-Since gets 304. `delay` stalls before the headers are sent.
- `redirect(path, to, status=302)`: `to` may be a path on this server or an absolute URL.
- `stall(path, seconds, after=b"")`: headers at once, `after` as the first body bytes, then
  nothing for `seconds` (a server that hangs mid-body).
- `huge(path, size, prefix=b"", chunk=65536, pace=0.0)`: a streamed body of `size` bytes (no
  Content-Length), built chunk by chunk so the server never holds it in memory; `pace` sleeps
  between chunks (a server that trickles).
- `gzip_bomb(path, size)`: gzip of `size` zero bytes after a feed-like prefix, sent with
  Content-Encoding: gzip (≈1 KiB on the wire per MiB inflated).
Every request is recorded in `requests` (method, path, headers), in arrival order.
"""

from __future__ import annotations

import asyncio
import socket
import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import TracebackType

from aiohttp import web

__all__ = ["FeedServer", "RecordedRequest", "gzip_bomb_bytes"]

_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    headers: Mapping[str, str]


@lru_cache(maxsize=4)
def gzip_bomb_bytes(
    size: int, prefix: bytes = b"<?xml version='1.0'?><rss version='2.0'>"
) -> bytes:
    """gzip of `prefix` followed by zero bytes up to `size` in total (cached: 1 GiB takes ~3 s)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(prefix)]
    block = bytes(1024 * 1024)
    remaining = size - len(prefix)
    while remaining > 0:
        parts.append(packer.compress(block[: min(remaining, len(block))]))
        remaining -= len(block)
    parts.append(packer.flush())
    return b"".join(parts)


class FeedServer:
    """Async context manager: starts on enter, stops on exit. `url(path)` gives the address."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._routes: dict[str, _Handler] = {}
        self.requests: list[RecordedRequest] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FeedServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        # Short shutdown: a stalled handler must not keep the test waiting at teardown.
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def url(self, path: str = "/") -> str:
        return f"http://{self._host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    # ------------------------------------------------------------------ what a path does

    def serve(
        self,
        path: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str | None = "application/rss+xml; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        fixed = dict(headers or {})
        if content_type is not None:
            fixed["Content-Type"] = content_type
        if etag is not None:
            fixed["ETag"] = etag
        if last_modified is not None:
            fixed["Last-Modified"] = last_modified

        async def handler(request: web.Request) -> web.StreamResponse:
            if delay:
                await asyncio.sleep(delay)
            if _not_modified(request, etag, last_modified):
                return web.Response(status=304, headers=_validators(etag, last_modified))
            return web.Response(status=status, body=data, headers=fixed)

        self._routes[path] = handler

    def redirect(self, path: str, to: str, *, status: int = 302) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            target = self.url(to) if to.startswith("/") else to
            return web.Response(status=status, headers={"Location": target})

        self._routes[path] = handler

    def stall(self, path: str, seconds: float, *, after: bytes = b"") -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            await response.prepare(request)
            await response.write(after)
            await asyncio.sleep(seconds)
            return response

        self._routes[path] = handler

    def huge(
        self,
        path: str,
        size: int,
        *,
        prefix: bytes = b"",
        chunk: int = _CHUNK,
        pace: float = 0.0,
    ) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            response.enable_chunked_encoding()
            await response.prepare(request)
            await response.write(prefix)
            block = b" " * chunk
            sent = len(prefix)
            while sent < size:
                piece = block[: min(chunk, size - sent)]
                await response.write(piece)
                sent += len(piece)
                if pace:
                    await asyncio.sleep(pace)
            return response

        self._routes[path] = handler

    def gzip_bomb(self, path: str, size: int) -> None:
        packed = gzip_bomb_bytes(size)
        self.serve(
            path,
            packed,
            content_type="application/rss+xml",
            headers={"Content-Encoding": "gzip"},
        )

    # ------------------------------------------------------------------ plumbing

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(RecordedRequest(request.method, request.path, dict(request.headers)))
        handler = self._routes.get(request.path)
        if handler is None:
            return web.Response(status=404, text="no such path on the test server")
        return await handler(request)


def _not_modified(request: web.Request, etag: str | None, last_modified: str | None) -> bool:
    offered = [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]
    if etag is not None and etag in offered:
        return True
    return last_modified is not None and request.headers.get("If-Modified-Since") == last_modified


def _validators(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if etag is not None:
        headers["ETag"] = etag
    if last_modified is not None:
        headers["Last-Modified"] = last_modified
    return headers
