"""SSRF guard for feed URLs that chat users give (`/addfeed`): the bot must not become a way to
reach the machine it runs on, its private network or a cloud metadata service.

`URLGuard.check(url)` refuses a URL whose scheme is not http(s) or whose host resolves to any
address that is not public. Checking before the request leaves a gap: the HTTP client resolves
the name again when it connects, and a hostile DNS server can answer "public" to the check and
"127.0.0.1" to the connection (DNS rebinding). `GuardedTransport` closes it: while a fetch runs
inside `guarding(guard)`, every connection the client opens (each redirect hop included) goes
through the guard's own resolution and connects only to the addresses just checked. Outside
`guarding` (operator-trusted feeds) it connects as httpx normally does.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpcore
import httpx

from bot.errors import FeedFetchError, UnsafeURLError

__all__ = ["GuardedTransport", "Resolver", "URLGuard", "guarding", "refusal"]

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""(host, port) → the IP addresses the host resolves to, as strings."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_METADATA = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SCHEMES = frozenset({"http", "https"})


def refusal(address: str) -> str | None:
    """Why `address` (an IP literal) must not be fetched, or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address} is not an IP address"
    inner = _embedded_ipv4(ip)
    if inner is not None:
        reason = _kind(inner)
        return f"{address} maps to {inner}, {reason}" if reason else None
    reason = _kind(ip)
    return f"{address} is {reason}" if reason else None


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64): the connection
    really goes there, and Python does not classify these by the address inside."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.ipv4_mapped or ip.sixtofour


def _kind(ip: IPAddress) -> str | None:
    if ip in _METADATA:
        return "the cloud metadata address"
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        # Shared (carrier-grade NAT), documentation and other special-purpose ranges.
        (not ip.is_global, "not a public address"),
    )
    return next((reason for hit, reason in checks if hit), None)


async def _getaddrinfo(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class URLGuard:
    """Refuses URLs that lead inside. `resolver` is injectable so tests never touch DNS."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._resolver: Resolver = resolver or _getaddrinfo

    async def check(self, url: str) -> None:
        """Raise UnsafeURLError naming what is refused; FeedFetchError when the host does not
        resolve (that is a network failure, not an attack)."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise UnsafeURLError(f"not a valid URL ({exc})", url=url) from exc
        if parsed.scheme not in _SCHEMES:
            shown = parsed.scheme or "none"
            raise UnsafeURLError(f"only http and https URLs are allowed, not {shown}", url=url)
        host = parsed.raw_host.decode("ascii")
        if not host:
            raise UnsafeURLError("the URL has no host", url=url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        await self.resolve(host, port, url=url)

    async def resolve(self, host: str, port: int, *, url: str | None = None) -> list[str]:
        """The addresses `host` resolves to, every one of them checked; raises UnsafeURLError
        if any is not public, since a connection may pick any of them."""
        shown_url = url or f"{host}:{port}"
        literal = host.strip("[]")
        if _is_ip(literal):
            reason = refusal(literal)
            if reason is not None:
                raise UnsafeURLError(reason, url=shown_url)
            return [literal]
        try:
            addresses = await self._resolver(host, port)
        except OSError as exc:
            raise FeedFetchError(f"could not resolve {host} ({exc})", url=shown_url) from exc
        if not addresses:
            raise FeedFetchError(f"could not resolve {host}", url=shown_url)
        for address in addresses:
            reason = refusal(address)
            if reason is not None:
                raise UnsafeURLError(f"{host} resolves to {reason}", url=shown_url)
        return addresses


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    return True


_ACTIVE_GUARD: ContextVar[URLGuard | None] = ContextVar("tripwire_active_guard", default=None)


@contextmanager
def guarding(guard: URLGuard) -> Iterator[None]:
    """Within this block (same task), connections opened by a GuardedTransport are checked."""
    token = _ACTIVE_GUARD.set(guard)
    try:
        yield
    finally:
        _ACTIVE_GUARD.reset(token)


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore backend interface)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        guard = _ACTIVE_GUARD.get()
        if guard is None:
            return await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            async with asyncio.timeout(timeout):
                addresses = await guard.resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from exc
        # Connect to the addresses just checked, never to a fresh resolution of the name.
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address to connect to for {host}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore backend interface)
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if _ACTIVE_GUARD.get() is not None:
            raise UnsafeURLError("unix sockets are never fetched for chat users", url=path)
        return await self._inner.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's HTTP/1.1 transport whose connections honour `guarding`. `network_backend` is
    injectable so tests can route a fake public address to a local server."""

    def __init__(
        self,
        *,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        super().__init__(trust_env=False, http1=True, http2=False, limits=limits)
        # httpx builds its pool without a way to pass a network backend, so rebuild it with
        # the same settings (trust_env=False: an environment proxy would bypass the pinning).
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=_GuardedBackend(network_backend or httpcore.AnyIOBackend()),
        )
