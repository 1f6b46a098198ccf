from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from support.feedserver import FeedServer
from support.loopback import PUBLIC_IP, LoopbackRouter

from bot.errors import FeedError, FeedFetchError, UnsafeURLError
from bot.urlguard import GuardedTransport, URLGuard, guarding, refusal


class FakeDNS:
    """A resolver from a fixed table; `answers` may list several answers given in turn
    (the last one repeats), which is how a rebinding DNS server behaves."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self._table = table
        self.asked: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append((host, port))
        answers = self._table.get(host)
        if answers is None:
            raise OSError(f"[Errno -2] Name or service not known: {host}")
        return answers.pop(0) if len(answers) > 1 else answers[0]


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("127.8.9.10", "127.8.9.10 is a loopback address"),
        ("::1", "::1 is a loopback address"),
        ("10.1.2.3", "10.1.2.3 is a private address"),
        ("172.16.0.9", "172.16.0.9 is a private address"),
        ("192.168.1.1", "192.168.1.1 is a private address"),
        ("fc00::5", "fc00::5 is a private address"),
        ("169.254.169.254", "169.254.169.254 is the cloud metadata address"),
        ("fd00:ec2::254", "fd00:ec2::254 is the cloud metadata address"),
        ("169.254.10.1", "169.254.10.1 is a link-local address"),
        ("fe80::1", "fe80::1 is a link-local address"),
        ("fe80::1%eth0", "fe80::1%eth0 is a link-local address"),
        ("224.0.0.251", "224.0.0.251 is a multicast address"),
        ("ff02::1", "ff02::1 is a multicast address"),
        ("0.0.0.0", "0.0.0.0 is an unspecified address"),
        ("::", ":: is an unspecified address"),
        ("240.0.0.1", "240.0.0.1 is a reserved address"),
        ("100.64.0.1", "100.64.0.1 is not a public address"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1 maps to 127.0.0.1, a loopback address"),
        ("::ffff:169.254.169.254", "maps to 169.254.169.254, the cloud metadata address"),
        ("2002:a00:1::", "2002:a00:1:: maps to 10.0.0.1, a private address"),
        ("64:ff9b::7f00:1", "64:ff9b::7f00:1 maps to 127.0.0.1, a loopback address"),
        ("2001:db8::1", "2001:db8::1 is a private address"),
    ],
)
def test_refusal_names_what_is_refused(address: str, reason: str) -> None:
    found = refusal(address)
    assert found is not None
    assert reason in found


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "8.8.4.4", "2606:4700:4700::1111", "::ffff:8.8.4.4", "64:ff9b::808:404"],
)
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


async def test_ip_literal_urls_are_checked_without_dns() -> None:
    dns = FakeDNS({})
    guard = URLGuard(dns)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1 is a loopback address"):
        await guard.check("http://127.0.0.1:8080/feed")
    with pytest.raises(UnsafeURLError, match="::1 is a loopback address"):
        await guard.check("http://[::1]/feed")
    await guard.check(f"https://{PUBLIC_IP}/feed")
    assert dns.asked == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org/", "feed.xml"]
)
async def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="only http and https"):
        await URLGuard(FakeDNS({})).check(url)


async def test_host_refused_when_any_address_is_inside() -> None:
    dns = FakeDNS({"mixed.example": [[PUBLIC_IP, "10.0.0.7"]]})
    with pytest.raises(
        UnsafeURLError, match=r"mixed\.example resolves to 10\.0\.0\.7 is a private"
    ):
        await URLGuard(dns).check("https://mixed.example/rss")
    assert dns.asked == [("mixed.example", 443)]


async def test_public_host_passes_and_port_is_passed_on() -> None:
    dns = FakeDNS({"news.example": [[PUBLIC_IP, "2606:4700:4700::1111"]]})
    await URLGuard(dns).check("http://news.example:8081/rss")
    assert dns.asked == [("news.example", 8081)]


async def test_unresolvable_host_is_a_fetch_error_not_unsafe() -> None:
    with pytest.raises(FeedFetchError, match=r"could not resolve nowhere\.example") as caught:
        await URLGuard(FakeDNS({})).check("http://nowhere.example/")
    assert not isinstance(caught.value, UnsafeURLError)


async def test_default_resolver_refuses_localhost_names() -> None:
    # Both names resolve on the machine itself (hosts file, inet_aton): no DNS traffic.
    guard = URLGuard()
    with pytest.raises(UnsafeURLError, match=r"localhost resolves to .* loopback"):
        await guard.check("http://localhost:9/")
    with pytest.raises(UnsafeURLError, match=r"2130706433 resolves to 127\.0\.0\.1"):
        await guard.check("http://2130706433:9/")


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


async def test_transport_connects_only_to_the_checked_address(server: FeedServer) -> None:
    server.serve("/rss", b"ok", content_type="text/plain")
    router = LoopbackRouter()
    guard = URLGuard(FakeDNS({"news.example": [[PUBLIC_IP]]}))
    url = f"http://news.example:{server.port}/rss"
    async with httpx.AsyncClient(transport=GuardedTransport(network_backend=router)) as client:
        with guarding(guard):
            response = await client.get(url)
    assert response.text == "ok"
    assert router.connected == [PUBLIC_IP]
    assert server.requests[0].headers["Host"] == f"news.example:{server.port}"


async def test_transport_refuses_a_rebinding_answer(server: FeedServer) -> None:
    server.serve("/rss", b"ok", content_type="text/plain")
    router = LoopbackRouter()
    # The first answer satisfies a check made before the request; the connection then gets
    # the second one.
    dns = FakeDNS({"rebind.example": [[PUBLIC_IP], ["127.0.0.1"]]})
    guard = URLGuard(dns)
    url = f"http://rebind.example:{server.port}/rss"
    await guard.check(url)
    async with httpx.AsyncClient(transport=GuardedTransport(network_backend=router)) as client:
        with guarding(guard), pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1 is a loopback"):
            await client.get(url)
    assert router.connected == []
    assert server.requests == []


async def test_transport_without_guarding_connects_normally(server: FeedServer) -> None:
    server.serve("/rss", b"ok", content_type="text/plain")
    async with httpx.AsyncClient(transport=GuardedTransport()) as client:
        response = await client.get(server.url("/rss"))
    assert response.status_code == 200
    assert server.hits("/rss") == 1


def test_errors_share_the_feed_error_root() -> None:
    assert issubclass(UnsafeURLError, FeedError)
    assert issubclass(FeedFetchError, FeedError)
