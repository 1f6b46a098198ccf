"""The command core's vocabulary: what an adapter hands in (`Command` from a `ChatRef`), what
it gets back (`Reply`), the two parsers every adapter needs for command text, and the number
parser the commands share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.store.records import ChatKey

_DURATION = re.compile(r"^(\d{1,4})\s*(m|min|mins|h|hr|hrs|d|day|days)$", re.IGNORECASE)
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True, slots=True)
class ChatRef:
    platform: str
    chat_id: str
    kind: str = "private"  # private | group | channel
    title: str | None = None
    thread_id: str | None = None

    @property
    def key(self) -> ChatKey:
        return (self.platform, self.chat_id)


@dataclass(frozen=True, slots=True)
class Command:
    chat: ChatRef
    user_id: str
    name: str
    args: str = ""
    is_admin: bool = True


@dataclass(frozen=True, slots=True)
class Reply:
    """`image` (PNG bytes) goes out as a photo or file captioned `caption`; `text` stays a
    complete answer on its own for adapters that show no images."""

    text: str
    ok: bool = True
    image: bytes | None = None
    caption: str | None = None


def parse_duration(text: str) -> timedelta | None:
    m = _DURATION.match(text.strip())
    if not m:
        return None
    return timedelta(seconds=int(m.group(1)) * _UNIT_SECONDS[m.group(2)[0].lower()])


def parse_number(args: str) -> int | None:
    """The watch or feed number a command's arguments start with ('#3 2h' → 3), or None."""
    first = args.split()[0].lstrip("#") if args.split() else ""
    return int(first) if first.isdigit() else None


def split_command(text: str) -> tuple[str, str] | None:
    """'/watch@TripwireBot North Korea' → ('watch', 'North Korea'); None if not a command."""
    m = re.match(r"^/([A-Za-z][A-Za-z0-9_]*)(?:@\S+)?(?:\s+(.*))?$", text.strip(), re.DOTALL)
    if not m:
        return None
    return m.group(1).lower(), (m.group(2) or "").strip()
