"""When to poll each feed again, and how many requests one host gets at once.

Pure scheduling arithmetic plus one small asyncio helper. A feed that keeps publishing is polled
near the floor; one that keeps answering 304 drifts towards the ceiling. The server's own
hints (Cache-Control max-age, Expires, an RSS <ttl>, Retry-After) are honoured as a lower bound,
capped at the ceiling so a wrong hint cannot silence a feed for a week. Errors back off
exponentially; jitter spreads feeds added together so they do not hit their hosts in lockstep.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

__all__ = [
    "HostLimiter",
    "PollPolicy",
    "after_failure",
    "after_success",
    "cache_lifetime",
    "jittered",
    "retry_after_seconds",
]

# Newly published items shorten the interval this much; an unchanged feed lengthens it.
_SPEED_UP = 0.5
_SLOW_DOWN = 1.5


@dataclass(frozen=True, slots=True)
class PollPolicy:
    floor: float = 300.0
    ceiling: float = 6 * 3600.0
    failures_to_disable: int = 8
    jitter: float = 0.1
    # A Retry-After longer than this is read as "much later", not obeyed literally.
    max_retry_after: float = 24 * 3600.0

    def clamp(self, seconds: float) -> float:
        return min(self.ceiling, max(self.floor, seconds))


def after_success(
    policy: PollPolicy,
    previous: float | None,
    *,
    new_items: bool,
    server_hint: float | None = None,
) -> float:
    """The next interval after a successful poll (304 included)."""
    base = policy.floor if previous is None else previous
    base = base * _SPEED_UP if new_items else base * _SLOW_DOWN
    if server_hint is not None:
        base = max(base, min(server_hint, policy.ceiling))
    return policy.clamp(base)


def after_failure(
    policy: PollPolicy, previous: float | None, failures: int, *, retry_after: float | None = None
) -> float:
    """The delay before retrying a feed that has now failed `failures` times in a row."""
    base = policy.floor if previous is None else policy.clamp(previous)
    delay = min(policy.ceiling, base * float(2 ** max(failures - 1, 0)))
    if retry_after is not None:
        delay = max(delay, min(retry_after, policy.max_retry_after))
    return delay


def jittered(seconds: float, fraction: float, rng: random.Random) -> float:
    if fraction <= 0:
        return seconds
    return seconds * (1.0 + rng.uniform(-fraction, fraction))


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as delta seconds or an HTTP date; None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def cache_lifetime(
    headers: Mapping[str, str], now: datetime, *, ttl_minutes: float | None = None
) -> float | None:
    """How long the server says the response stays fresh, in seconds.

    `no-cache`/`no-store` mean no hint (they are about caching, not about polling politeness);
    max-age wins over Expires as HTTP says; an RSS <ttl> counts when larger.
    """
    hint: float | None = None
    directives = _cache_directives(headers.get("cache-control", ""))
    if "max-age" in directives or "s-maxage" in directives:
        raw = directives.get("s-maxage") or directives.get("max-age") or ""
        if raw.isdigit():
            hint = float(raw)
    elif expires := headers.get("expires"):
        when = _http_date(expires)
        if when is not None:
            hint = max(0.0, (when - now).total_seconds())
    if ttl_minutes is not None and ttl_minutes > 0:
        hint = max(hint or 0.0, ttl_minutes * 60.0)
    return hint


def _cache_directives(value: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in value.split(","):
        name, _, arg = part.strip().partition("=")
        if name:
            out[name.lower()] = arg.strip().strip('"')
    return out


def _http_date(value: str) -> datetime | None:
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class HostLimiter:
    """At most `per_host` requests in flight to one host (scheme://host:port), however many of
    its feeds are due: big outlets serve dozens of feeds from one server."""

    def __init__(self, per_host: int) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self._per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._users: dict[str, int] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        key = host_key(url)
        semaphore = self._slots.get(key)
        if semaphore is None:
            semaphore = self._slots[key] = asyncio.Semaphore(self._per_host)
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with semaphore:
                yield
        finally:
            self._users[key] -= 1
            # Forget idle hosts so 10,000 distinct hosts do not pin 10,000 semaphores.
            if self._users[key] == 0:
                del self._users[key]
                del self._slots[key]

    def hosts_in_use(self) -> int:
        return len(self._slots)


def host_key(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        port = 0  # an unreadable port fails at fetch time; it still needs some key here
    return f"{host}:{port}"
