"""The command core: a platform-neutral Command in, a Reply out, acting on the store.

Telegram and Slack adapters translate their updates into `Command` and send `Reply.text` back
(escaped for their markup), or `Reply.image` as a photo or file with `Reply.caption` when a
reply carries a chart; nothing here knows either platform. Button presses under alerts
arrive as ordinary commands (`unwatch N`, `mutewatch N`). The feed commands live in
handlers/feed_commands.py.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from bot import digest, texts
from bot.backtest import report_text, run_backtest
from bot.errors import RuleError
from bot.feeds import FeedFetcher
from bot.models import Rule, RuleKind
from bot.nlp.gazetteer import Gazetteer
from bot.rules import parse_rule
from bot.store.records import WatchRecord, WatchStats
from bot.store.repository import Store
from bot.trends import trend_for
from handlers.command_types import (
    ChatRef,
    Command,
    Reply,
    parse_duration,
    parse_number,
    split_command,
)
from handlers.feed_commands import FeedCommands

__all__ = ["ChatRef", "Command", "CommandCore", "Reply", "parse_duration", "split_command"]

MAX_WATCHES_PER_CHAT = 200
DEFAULT_WATCH_MUTE = timedelta(hours=24)
DEFAULT_BACKTEST = timedelta(days=30)
# Commands that change what a chat receives: only admins may run them in groups.
_CHANGING = {"watch", "unwatch", "mutewatch", "addfeed", "removefeed", "digest", "timezone",
             "quiet", "mute", "unmute"}
# Without arguments these only show the chat's settings, which anyone may read.
_SHOW_WHEN_BARE = {"digest", "timezone", "quiet"}


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
        self._everyone_can_edit = everyone_can_edit
        self._allowed = allowed_chats
        self._clock = clock
        self._changed = on_watches_changed
        feeds = FeedCommands(store, fetcher=fetcher, allow_private_feeds=allow_private_feeds,
                             clock=clock)
        self._handlers: dict[str, Callable[[Command], Awaitable[Reply]]] = {
            "start": self._start,
            "help": self._help,
            "watch": self._watch,
            "watches": self._watches,
            "unwatch": self._unwatch,
            "mutewatch": self._mutewatch,
            "feeds": feeds.feeds,
            "addfeed": feeds.addfeed,
            "removefeed": feeds.removefeed,
            "backtest": self._backtest,
            "trend": self._trend,
            "digest": self._digest,
            "timezone": self._timezone,
            "quiet": self._quiet,
            "mute": self._mute,
            "unmute": self._unmute,
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
            and not (cmd.name in _SHOW_WHEN_BARE and not cmd.args.strip())
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
        prefs = await self._store.get_preferences(cmd.chat.key)
        stats = await self._store.watch_stats(cmd.chat.key, now=now)
        lines = [texts.WATCHES_HEAD]
        if digest.muted(prefs, now) and prefs.muted_until is not None:
            lines.append(texts.PREFS_MUTED.format(until=self._local(prefs.muted_until, prefs)))
        lines += [self._watch_line(w, stats.get(w.number), prefs, now) for w in watches]
        return Reply("\n".join(lines))

    @staticmethod
    def _local(when: datetime, prefs: digest.ChatPrefs) -> str:
        return when.astimezone(prefs.zone).strftime("%Y-%m-%d %H:%M") + f" {prefs.timezone}"

    def _watch_line(self, w: WatchRecord, stats: WatchStats | None, prefs: digest.ChatPrefs,
                    now: datetime) -> str:
        if stats is None or stats.last_alert is None:
            summary = texts.WATCH_STATS_NEVER
        else:
            summary = texts.WATCH_STATS.format(last=self._local(stats.last_alert, prefs),
                                               week=stats.recent)
        if w.muted_until is not None and w.muted_until > now:
            summary += texts.WATCH_STATS_MUTED.format(until=self._local(w.muted_until, prefs))
        return texts.WATCH_LINE_STATS.format(number=w.number, rule=w.rule_text, stats=summary)

    async def _unwatch(self, cmd: Command) -> Reply:
        number = parse_number(cmd.args)
        if number is None:
            return Reply(texts.UNWATCH_USAGE, ok=False)
        removed = await self._store.remove_watch(cmd.chat.key, number)
        if removed is None:
            return Reply(texts.UNWATCH_MISSING.format(number=number), ok=False)
        await self._notify()
        return Reply(texts.UNWATCH_DONE.format(number=number, rule=removed.rule_text))

    async def _mutewatch(self, cmd: Command) -> Reply:
        number = parse_number(cmd.args)
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

    # --- analyst features: backtest, trend, digest, time zone, quiet hours, chat mute -------
    async def _figure_watch(self, cmd: Command, usage: str) -> tuple[int, Rule] | Reply:
        """The watch the command names, parsed; or the reply that says why not."""
        number = parse_number(cmd.args)
        if number is None:
            return Reply(usage, ok=False)
        watch = await self._store.get_watch(cmd.chat.key, number)
        if watch is None:
            return Reply(texts.UNWATCH_MISSING.format(number=number), ok=False)
        try:
            return number, parse_rule(watch.rule_text, self._gazetteer)
        except RuleError as err:
            return Reply(texts.BACKTEST_UNPARSABLE.format(number=number, error=err), ok=False)

    async def _backtest(self, cmd: Command) -> Reply:
        words = cmd.args.split()
        period = parse_duration(words[1]) if len(words) > 1 else DEFAULT_BACKTEST
        if period is None or len(words) > 2:
            return Reply(texts.BACKTEST_USAGE, ok=False)
        found = await self._figure_watch(cmd, texts.BACKTEST_USAGE)
        if isinstance(found, Reply):
            return found
        number, rule = found
        result = await run_backtest(self._store, rule, self._gazetteer,
                                    since=self._clock() - period)
        if result.articles == 0:
            label = words[1] if len(words) > 1 else "30d"
            return Reply(texts.BACKTEST_NO_ARTICLES.format(period=label, number=number))
        return Reply(report_text(result, number=number))

    async def _trend(self, cmd: Command) -> Reply:
        found = await self._figure_watch(cmd, texts.TREND_USAGE)
        if isinstance(found, Reply):
            return found
        number, rule = found
        if rule.kind is not RuleKind.FIGURE:
            return Reply(texts.TREND_NOT_FIGURE.format(number=number), ok=False)
        chart = await trend_for(self._store, rule)
        if chart.png is None:
            return Reply(chart.text)
        return Reply(chart.text, image=chart.png, caption=chart.text)

    async def _settings_reply(self, cmd: Command, head: str) -> Reply:
        prefs = await self._store.get_preferences(cmd.chat.key)
        return Reply(head + "\n" + digest.describe(prefs, self._clock()))

    async def _digest(self, cmd: Command) -> Reply:
        words = cmd.args.lower().split()
        if not words:
            return await self._settings_reply(cmd, texts.DIGEST_USAGE)
        now = self._clock()
        if words == ["off"]:
            await self._store.set_digest(cmd.chat.key, None, now=now)
            return Reply(texts.DIGEST_OFF)
        if words[0] == "daily":
            words = words[1:]
        at = digest.parse_clock(words[0]) if len(words) == 1 else None
        if at is None:
            return Reply(texts.DIGEST_USAGE, ok=False)
        prefs = await self._store.set_digest(cmd.chat.key, at, now=now)
        return Reply(texts.DIGEST_ON.format(at=f"{at:%H:%M}", zone=prefs.timezone))

    async def _timezone(self, cmd: Command) -> Reply:
        if not cmd.args.strip():
            return await self._settings_reply(cmd, texts.TIMEZONE_USAGE)
        name = digest.parse_timezone(cmd.args)
        if name is None:
            return Reply(texts.TIMEZONE_UNKNOWN.format(name=cmd.args.strip()), ok=False)
        prefs = await self._store.set_timezone(cmd.chat.key, name, now=self._clock())
        local = self._clock().astimezone(prefs.zone).strftime("%Y-%m-%d %H:%M")
        return Reply(texts.TIMEZONE_DONE.format(zone=name, local=local))

    async def _quiet(self, cmd: Command) -> Reply:
        if not cmd.args.strip():
            return await self._settings_reply(cmd, texts.QUIET_USAGE)
        now = self._clock()
        if cmd.args.strip().lower() == "off":
            await self._store.set_quiet(cmd.chat.key, None, now=now)
            return Reply(texts.QUIET_OFF)
        window = digest.parse_quiet(cmd.args)
        if window is None:
            return Reply(texts.QUIET_USAGE, ok=False)
        prefs = await self._store.set_quiet(cmd.chat.key, window, now=now)
        return Reply(texts.QUIET_ON.format(window=str(window), zone=prefs.timezone))

    async def _mute(self, cmd: Command) -> Reply:
        duration = parse_duration(cmd.args) if cmd.args.strip() else None
        if duration is None:
            return Reply(texts.CHAT_MUTE_USAGE, ok=False)
        until = self._clock() + duration
        prefs = await self._store.set_chat_muted(cmd.chat.key, until)
        return Reply(texts.CHAT_MUTE_DONE.format(until=self._local(until, prefs),
                                                 zone=prefs.timezone))

    async def _unmute(self, cmd: Command) -> Reply:
        now = self._clock()
        prefs = await self._store.get_preferences(cmd.chat.key)
        if not digest.muted(prefs, now):
            return Reply(texts.CHAT_UNMUTE_NONE)
        # Ending the mute now (rather than forgetting it) lets the next release summarise.
        await self._store.set_chat_muted(cmd.chat.key, now)
        return Reply(texts.CHAT_UNMUTE_DONE)
