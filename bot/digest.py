"""When a chat's alerts are held back and when they are let out again (pure).

A chat may ask for a daily digest at a local time, quiet hours (a local window, possibly across
midnight) and a chat-wide mute until an instant. While any of them holds, its alerts wait in
the outbox; nothing is dropped. They leave as one message: the digest at its hour, or a summary
when a mute or the quiet hours end. Everything here is a function of the chat's preferences and
"now", so the rules are tested with an injected clock and no database.

Local times are read in the chat's time zone on the day in question, so a digest at 08:00 stays
at 08:00 across daylight-saving changes and moves with the chat when it changes zone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot import texts
from bot.alerts import attribution
from bot.models import Alert

DEFAULT_TIMEZONE = "UTC"
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")
_WINDOW = re.compile(r"^(\S+)\s*(?:-|–|to)\s*(\S+)$", re.IGNORECASE)
# A digest lists at most this many alerts per watch; the rest are counted, not dropped.
MAX_PER_WATCH = 5


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A local window [start, end); start after end means it runs across midnight."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class ChatPrefs:
    """`released_at` is when held alerts last left, or a hold or the zone was set: the anchor
    from which the next digest hour and the next end of quiet hours are counted."""

    timezone: str = DEFAULT_TIMEZONE
    digest_at: time | None = None
    quiet: QuietHours | None = None
    muted_until: datetime | None = None
    released_at: datetime | None = None

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.timezone)


class Release(StrEnum):
    DIGEST = "digest"
    MUTE_ENDED = "mute"
    QUIET_ENDED = "quiet"


@dataclass(frozen=True, slots=True)
class HeldAlert:
    watch_number: int
    alert: Alert


def parse_clock(text: str) -> time | None:
    """'08:00', '8:00', '0800', '22.30' → a time; None when it is not one."""
    m = _CLOCK.match(text.strip())
    return None if m is None else time(int(m.group(1)), int(m.group(2)))


def parse_quiet(text: str) -> QuietHours | None:
    """'22:00-07:00' → QuietHours; None when malformed or empty (start equals end)."""
    m = _WINDOW.match(text.strip())
    if m is None:
        return None
    start, end = parse_clock(m.group(1)), parse_clock(m.group(2))
    if start is None or end is None or start == end:
        return None
    return QuietHours(start, end)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_timezone(text: str) -> str | None:
    """An IANA zone name in any letter case ('europe/kyiv' → 'Europe/Kyiv'); None if unknown."""
    name = text.strip().replace(" ", "_")
    if name.upper() in {"UTC", "GMT", "Z"}:
        return DEFAULT_TIMEZONE
    return _zone_names().get(name.lower())


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # A zone removed from the system's database must not stop the chat's alerts.
        return ZoneInfo(DEFAULT_TIMEZONE)


def _at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def next_digest(prefs: ChatPrefs, after: datetime) -> datetime | None:
    """The first digest hour strictly after `after`, in the chat's current zone."""
    if prefs.digest_at is None:
        return None
    tz = prefs.zone
    day = after.astimezone(tz).date()
    for offset in range(3):
        candidate = _at(day + timedelta(days=offset), prefs.digest_at, tz)
        if candidate > after:
            return candidate
    raise AssertionError("a local hour recurs within three days")


def in_quiet(prefs: ChatPrefs, now: datetime) -> bool:
    if prefs.quiet is None:
        return False
    local = now.astimezone(prefs.zone).time().replace(tzinfo=None)
    start, end = prefs.quiet.start, prefs.quiet.end
    if start < end:
        return start <= local < end
    return local >= start or local < end


def last_quiet_end(prefs: ChatPrefs, now: datetime) -> datetime | None:
    """The latest end of the quiet hours at or before `now`."""
    if prefs.quiet is None:
        return None
    tz = prefs.zone
    day = now.astimezone(tz).date()
    for offset in range(3):
        candidate = _at(day - timedelta(days=offset), prefs.quiet.end, tz)
        if candidate <= now:
            return candidate
    raise AssertionError("a local hour recurs within three days")


def muted(prefs: ChatPrefs, now: datetime) -> bool:
    return prefs.muted_until is not None and prefs.muted_until > now


def release_due(prefs: ChatPrefs, now: datetime) -> Release | None:
    """What, if anything, should leave now. Nothing leaves during a mute or quiet hours; a
    digest hour that falls inside them is served when they end."""
    if muted(prefs, now) or in_quiet(prefs, now):
        return None
    if prefs.muted_until is not None:
        return Release.MUTE_ENDED
    anchor = prefs.released_at
    if prefs.digest_at is not None:
        due = next_digest(prefs, anchor) if anchor is not None else None
        return Release.DIGEST if due is None or due <= now else None
    end = last_quiet_end(prefs, now)
    if end is not None and (anchor is None or anchor < end):
        return Release.QUIET_ENDED
    return None


def holding(prefs: ChatPrefs, now: datetime) -> bool:
    """Whether the chat's alerts must wait rather than go out one by one now."""
    return (
        prefs.digest_at is not None
        or muted(prefs, now)
        or in_quiet(prefs, now)
        or release_due(prefs, now) is not None
    )


def _local(when: datetime, prefs: ChatPrefs) -> str:
    return when.astimezone(prefs.zone).strftime("%Y-%m-%d %H:%M")


def _entry(alert: Alert) -> str:
    parts = [alert.headline, attribution(alert)]
    if alert.link:
        parts.append(alert.link)
    return texts.DIGEST_ENTRY.format(" — ".join(parts))


def render_release(kind: Release, held: Sequence[HeldAlert], prefs: ChatPrefs,
                   now: datetime) -> str | None:
    """The one message that lets held alerts out, grouped by watch; None when a digest or
    quiet-hours summary would say nothing (a mute always gets its closing line)."""
    if not held and kind is not Release.MUTE_ENDED:
        return None
    head = {
        Release.DIGEST: texts.DIGEST_HEAD,
        Release.MUTE_ENDED: texts.SUMMARY_MUTE_HEAD,
        Release.QUIET_ENDED: texts.SUMMARY_QUIET_HEAD,
    }[kind].format(count=len(held), s="" if len(held) == 1 else "s",
                   now=_local(now, prefs), zone=prefs.timezone)
    if not held:
        return head + "\n" + texts.SUMMARY_NOTHING
    by_watch: dict[int, list[HeldAlert]] = defaultdict(list)
    for item in held:
        by_watch[item.watch_number].append(item)
    lines = [head]
    for number in sorted(by_watch):
        items = by_watch[number]
        lines.append(texts.DIGEST_WATCH.format(number=number, rule=items[0].alert.watch,
                                               count=len(items)))
        lines += [_entry(i.alert) for i in items[:MAX_PER_WATCH]]
        if len(items) > MAX_PER_WATCH:
            lines.append(texts.DIGEST_MORE.format(count=len(items) - MAX_PER_WATCH))
    return "\n".join(lines)


def describe(prefs: ChatPrefs, now: datetime) -> str:
    """One line per setting, for /digest, /quiet and /timezone answers."""
    lines = [texts.PREFS_ZONE.format(zone=prefs.timezone, local=_local(now, prefs))]
    if prefs.digest_at is not None:
        lines.append(texts.PREFS_DIGEST.format(at=f"{prefs.digest_at:%H:%M}"))
    if prefs.quiet is not None:
        lines.append(texts.PREFS_QUIET.format(window=str(prefs.quiet)))
    if muted(prefs, now) and prefs.muted_until is not None:
        lines.append(texts.PREFS_MUTED.format(until=_local(prefs.muted_until, prefs)))
    return "\n".join(lines)
