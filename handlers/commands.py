"""The command core: a platform-neutral Command in, a Reply out, acting on the store.

Telegram and Slack adapters translate their updates into `Command` and send `Reply.text` back
(escaped for their markup); nothing here knows either platform. Button presses under alerts
arrive as ordinary commands (`unwatch N`, `mutewatch N`).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot import texts
from bot.errors import FeedError, RuleError
from bot.feeds import FeedFetcher
from bot.nlp.gazetteer import Gazetteer
from bot.rules import parse_rule
from bot.store.records import ChatKey, FeedRecord
from bot.store.repository import Store

MAX_WATCHES_PER_CHAT = 200
DEFAULT_WATCH_MUTE = timedelta(hours=24)
_DURATION = re.compile(r"^(\d{1,4})\s*(m|min|mins|h|hr|hrs|d|day|days)$", re.IGNORECASE)
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}
# Commands that change what a chat receives: only admins may run them in groups.
_CHANGING = {"watch", "unwatch", "mutewatch", "addfeed", "removefeed"}


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
    text: str
    ok: bool = True


def parse_duration(text: str) -> timedelta | None:
    m = _DURATION.match(text.strip())
    if not m:
        return None
    return timedelta(seconds=int(m.group(1)) * _UNIT_SECONDS[m.group(2)[0].lower()])


def split_command(text: str) -> tuple[str, str] | None:
    """'/watch@TripwireBot North Korea' → ('watch', 'North Korea'); None if not a command."""
    m = re.match(r"^/([A-Za-z][A-Za-z0-9_]*)(?:@\S+)?(?:\s+(.*))?$", text.strip(), re.DOTALL)
    if not m:
        return None
    return m.group(1).lower(), (m.group(2) or "").strip()


class CommandCore:
    def __init__(
        self,
        store: Store,
        gazetteer: Gazetteer,
        *,
        fetcher: FeedFetcher | None = None,
        allow_private_feeds: bool = False,
        everyone_can_edit: bool = False,
        allowed_chats: frozenset[str] = frozenset(),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_watches_changed: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._store = store
        self._gazetteer = gazetteer
        self._fetcher = fetcher
        self._allow_private = allow_private_feeds
        self._everyone_can_edit = everyone_can_edit
        self._allowed = allowed_chats
        self._clock = clock
        self._changed = on_watches_changed
        self._handlers: dict[str, Callable[[Command], Awaitable[Reply]]] = {
            "start": self._start,
            "help": self._help,
            "watch": self._watch,
            "watches": self._watches,
            "unwatch": self._unwatch,
            "mutewatch": self._mutewatch,
            "feeds": self._feeds,
            "addfeed": self._addfeed,
            "removefeed": self._removefeed,
        }

    @property
    def commands(self) -> tuple[str, ...]:
        return tuple(n for n in self._handlers if n != "mutewatch")

    def _allowed_chat(self, chat: ChatRef) -> bool:
        if not self._allowed:
            return True
        return chat.chat_id in self._allowed or f"{chat.platform}:{chat.chat_id}" in self._allowed

    async def handle(self, cmd: Command) -> Reply:
        if not self._allowed_chat(cmd.chat):
            return Reply(texts.NOT_ALLOWED, ok=False)
        handler = self._handlers.get(cmd.name)
        if handler is None:
            return Reply(texts.UNKNOWN_COMMAND.format(name=cmd.name), ok=False)
        if (
            cmd.name in _CHANGING
            and cmd.chat.kind != "private"
            and not cmd.is_admin
            and not self._everyone_can_edit
        ):
            return Reply(texts.NOT_ADMIN, ok=False)
        await self._store.upsert_chat(cmd.chat.key, kind=cmd.chat.kind, title=cmd.chat.title)
        return await handler(cmd)

    async def _notify(self) -> None:
        if self._changed is not None:
            await self._changed()

    async def _start(self, cmd: Command) -> Reply:
        return Reply(texts.START)

    async def _help(self, cmd: Command) -> Reply:
        return Reply(texts.help_text())

    async def _watch(self, cmd: Command) -> Reply:
        if not cmd.args:
            return Reply(
                texts.WATCH_USAGE.format(texts.EXPECT_ANY, texts.EXAMPLE_FIGURE), ok=False
            )
        try:
            rule = parse_rule(cmd.args, self._gazetteer)
        except RuleError as err:
            return Reply(texts.rule_error(str(err), err.expected, err.example), ok=False)
        existing = await self._store.list_watches(cmd.chat.key)
        if len(existing) >= MAX_WATCHES_PER_CHAT:
            return Reply(texts.WATCH_LIMIT.format(limit=MAX_WATCHES_PER_CHAT), ok=False)
        watch = await self._store.add_watch(
            cmd.chat.key, rule.text, thread_id=cmd.chat.thread_id
        )
        await self._notify()
        return Reply(texts.WATCH_ADDED.format(number=watch.number, rule=watch.rule_text))

    async def _watches(self, cmd: Command) -> Reply:
        watches = await self._store.list_watches(cmd.chat.key)
        if not watches:
            return Reply(texts.WATCHES_NONE)
        now = self._clock()
        lines = [texts.WATCHES_HEAD]
        for w in watches:
            if w.muted_until is not None and w.muted_until > now:
                until = w.muted_until.strftime("%Y-%m-%d %H:%M UTC")
                lines.append(texts.WATCH_LINE_MUTED.format(number=w.number, rule=w.rule_text,
                                                           until=until))
            else:
                lines.append(texts.WATCH_LINE.format(number=w.number, rule=w.rule_text))
        return Reply("\n".join(lines))

    @staticmethod
    def _number(args: str) -> int | None:
        first = args.split()[0].lstrip("#") if args.split() else ""
        return int(first) if first.isdigit() else None

    async def _unwatch(self, cmd: Command) -> Reply:
        number = self._number(cmd.args)
        if number is None:
            return Reply(texts.UNWATCH_USAGE, ok=False)
        removed = await self._store.remove_watch(cmd.chat.key, number)
        if removed is None:
            return Reply(texts.UNWATCH_MISSING.format(number=number), ok=False)
        await self._notify()
        return Reply(texts.UNWATCH_DONE.format(number=number, rule=removed.rule_text))

    async def _mutewatch(self, cmd: Command) -> Reply:
        number = self._number(cmd.args)
        if number is None:
            return Reply(texts.UNWATCH_USAGE, ok=False)
        rest = cmd.args.split(maxsplit=1)[1] if len(cmd.args.split()) > 1 else ""
        duration = parse_duration(rest) if rest else DEFAULT_WATCH_MUTE
        if duration is None:
            return Reply(texts.MUTE_USAGE, ok=False)
        watch = await self._store.get_watch(cmd.chat.key, number)
        if watch is None:
            return Reply(texts.UNWATCH_MISSING.format(number=number), ok=False)
        until = self._clock() + duration
        await self._store.set_watch_muted(watch.id, until)
        return Reply(texts.MUTEWATCH_DONE.format(number=number,
                                                 until=until.strftime("%Y-%m-%d %H:%M UTC")))

    @staticmethod
    def _feed_line(index: int, feed: FeedRecord) -> str:
        health = ""
        if not feed.enabled:
            health = texts.FEED_HEALTH_DISABLED.format(error=feed.last_error or "too many errors")
        elif feed.failures:
            health = texts.FEED_HEALTH_ERROR.format(error=feed.last_error or "unknown error")
        return texts.FEED_LINE.format(number=index, title=feed.title or "untitled",
                                      url=feed.url, health=health)

    async def _feeds(self, cmd: Command) -> Reply:
        feeds = await self._store.list_feeds(chat=cmd.chat.key)
        if not feeds:
            return Reply(texts.FEEDS_NONE)
        lines = [texts.FEEDS_HEAD]
        lines += [self._feed_line(i, f) for i, f in enumerate(feeds, 1)]
        return Reply("\n".join(lines))

    async def _addfeed(self, cmd: Command) -> Reply:
        url = cmd.args.split()[0] if cmd.args.split() else ""
        if not re.match(r"^https?://\S+$", url, re.IGNORECASE):
            return Reply(texts.ADDFEED_USAGE, ok=False)
        title: str | None = None
        if self._fetcher is not None:
            try:
                result = await self._fetcher.fetch(url, untrusted=not self._allow_private)
            except FeedError as err:
                return Reply(texts.ADDFEED_REFUSED.format(reason=err.reason), ok=False)
            title = result.title
            url = result.permanent_url or url
        feed, created = await self._store.add_feed(url, title=title, added_by=cmd.chat.key)
        if not created:
            return Reply(texts.ADDFEED_EXISTS.format(url=feed.url))
        return Reply(texts.ADDFEED_DONE.format(url=feed.url))

    async def _removefeed(self, cmd: Command) -> Reply:
        number = self._number(cmd.args)
        if number is None:
            return Reply(texts.REMOVEFEED_USAGE, ok=False)
        feeds = await self._store.list_feeds(chat=cmd.chat.key)
        if not 1 <= number <= len(feeds) or feeds[number - 1].added_by is None:
            return Reply(texts.REMOVEFEED_MISSING.format(number=number), ok=False)
        feed = feeds[number - 1]
        await self._store.remove_feed(feed.id, chat=cmd.chat.key)
        return Reply(texts.REMOVEFEED_DONE.format(url=feed.url))
