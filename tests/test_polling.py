from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

import pytest

from bot.polling import (
    HostLimiter,
    PollPolicy,
    after_failure,
    after_success,
    cache_lifetime,
    host_key,
    jittered,
    retry_after_seconds,
)

NOW = datetime(2024, 10, 24, 12, 0, tzinfo=UTC)
POLICY = PollPolicy(floor=300, ceiling=3600, failures_to_disable=4, jitter=0.1)


def test_first_poll_starts_at_the_floor_and_quiet_feeds_slow_down_to_the_ceiling() -> None:
    interval = after_success(POLICY, None, new_items=False)
    assert interval == 450
    seen = [interval]
    for _ in range(10):
        interval = after_success(POLICY, interval, new_items=False)
        seen.append(interval)
    assert seen == sorted(seen) and seen[-1] == 3600


def test_new_items_speed_up_but_never_below_the_floor() -> None:
    assert after_success(POLICY, 2400, new_items=True) == 1200
    assert after_success(POLICY, 400, new_items=True) == 300


def test_server_hint_is_a_lower_bound_capped_at_the_ceiling() -> None:
    assert after_success(POLICY, 300, new_items=True, server_hint=1800) == 1800
    assert after_success(POLICY, 300, new_items=True, server_hint=7 * 86_400) == 3600
    assert after_success(POLICY, 300, new_items=True, server_hint=10) == 300


def test_failures_back_off_exponentially_up_to_the_ceiling() -> None:
    delays = [after_failure(POLICY, 300, n) for n in range(1, 6)]
    assert delays == [300, 600, 1200, 2400, 3600]


def test_retry_after_is_obeyed_up_to_a_day() -> None:
    assert after_failure(POLICY, 300, 1, retry_after=5000) == 5000
    assert after_failure(POLICY, 300, 1, retry_after=30 * 86_400) == 86_400


def test_jitter_stays_within_its_fraction_and_spreads_values() -> None:
    rng = random.Random(7)
    values = [jittered(1000, 0.1, rng) for _ in range(200)]
    assert all(900 <= v <= 1100 for v in values)
    assert len({round(v) for v in values}) > 50
    assert jittered(1000, 0, rng) == 1000


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120.0), ("Thu, 24 Oct 2024 12:05:00 GMT", 300.0), ("soon", None), (None, None),
     ("Thu, 24 Oct 2024 11:00:00 GMT", 0.0)],
)
def test_retry_after_forms(value: str | None, expected: float | None) -> None:
    assert retry_after_seconds(value, NOW) == expected


def test_cache_lifetime_reads_max_age_expires_and_ttl() -> None:
    assert cache_lifetime({"cache-control": "public, max-age=900"}, NOW) == 900
    assert cache_lifetime({"cache-control": "s-maxage=60, max-age=900"}, NOW) == 60
    assert cache_lifetime({"expires": "Thu, 24 Oct 2024 12:10:00 GMT"}, NOW) == 600
    # max-age wins over Expires, as HTTP says.
    both = {"cache-control": "max-age=30", "expires": "Thu, 24 Oct 2024 13:00:00 GMT"}
    assert cache_lifetime(both, NOW) == 30
    assert cache_lifetime({"cache-control": "no-cache"}, NOW) is None
    assert cache_lifetime({}, NOW, ttl_minutes=60) == 3600
    assert cache_lifetime({"cache-control": "max-age=x"}, NOW) is None
    assert cache_lifetime({"expires": "0"}, NOW) is None


def test_host_key_normalises_default_ports() -> None:
    assert host_key("https://News.Example/rss") == "news.example:443"
    assert host_key("http://news.example:80/a") == host_key("http://news.example/b")
    assert host_key("http://news.example:99999/") == "news.example:0"


async def test_host_limiter_caps_each_host_separately() -> None:
    limiter = HostLimiter(2)
    active: dict[str, int] = {"a": 0, "b": 0}
    peak: dict[str, int] = {"a": 0, "b": 0}

    async def one(host: str) -> None:
        async with limiter.slot(f"https://{host}.example/feed"):
            active[host] += 1
            peak[host] = max(peak[host], active[host])
            await asyncio.sleep(0.01)
            active[host] -= 1

    await asyncio.gather(*(one(h) for h in "ab" * 6))
    assert peak == {"a": 2, "b": 2}
    assert limiter.hosts_in_use() == 0
    with pytest.raises(ValueError):
        HostLimiter(0)
