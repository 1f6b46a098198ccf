"""A network backend for httpx that keeps every connection on this machine.

Tests of the SSRF guard need a hostname that "resolves" to a public address yet is served by
the local FeedServer. `LoopbackRouter` sits under `bot.urlguard.GuardedTransport`: it connects
addresses listed in `routes` to 127.0.0.1 instead, lets loopback through, refuses anything
else, and records every address it was asked to connect to.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping

import httpcore

__all__ = ["PUBLIC_IP", "LoopbackRouter"]

PUBLIC_IP = "93.184.216.34"
"""A globally routable address the guard accepts; LoopbackRouter sends it to 127.0.0.1."""


class LoopbackRouter(httpcore.AsyncNetworkBackend):
    def __init__(self, routes: Mapping[str, str] | None = None) -> None:
        self._routes = dict(routes if routes is not None else {PUBLIC_IP: "127.0.0.1"})
        self._inner = httpcore.AnyIOBackend()
        self.connected: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore backend interface)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.connected.append(host)
        target = self._routes.get(host, host)
        try:
            local = ipaddress.ip_address(target).is_loopback
        except ValueError:
            local = False
        if not local:
            raise httpcore.ConnectError(f"test network: {host} would leave 127.0.0.1")
        return await self._inner.connect_tcp(target, port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore backend interface)
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("test network: no unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
