"""The feed commands of the command core: /feeds lists a chat's feeds with their health,
/addfeed adds one (or every feed of an OPML list) once the fetcher's URL guard passes it, and
/removefeed drops one the chat added."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from bot import texts
from bot.errors import FeedError, FeedParseError, NotAFeedError
from bot.feeds import FeedFetcher
from bot.opml import OpmlFeed, looks_like_opml, parse_opml
from bot.store.records import FeedRecord
from bot.store.repository import Store
from handlers.command_types import Command, Reply, parse_number

# A chat's OPML list is capped: each feed costs every later poll, and chats share the poller.
_CHAT_OPML_MAX = 100


class FeedCommands:
    def __init__(
        self,
        store: Store,
        *,
        fetcher: FeedFetcher | None,
        allow_private_feeds: bool,
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._allow_private = allow_private_feeds
        self._clock = clock

    def _feed_line(self, index: int, feed: FeedRecord) -> str:
        if not feed.enabled:
            health = texts.FEED_HEALTH_DISABLED.format(error=feed.last_error or "too many errors")
        elif feed.failures:
            health = texts.FEED_HEALTH_FAILING.format(
                failures=feed.failures, error=feed.last_error or "unknown error"
            )
        elif feed.poll_interval is None:
            health = ""
        elif feed.last_new_at is None:
            health = texts.FEED_HEALTH_OK.format(every=_span(feed.poll_interval))
        else:
            ago = (self._clock() - feed.last_new_at).total_seconds()
            health = texts.FEED_HEALTH_NEW.format(every=_span(feed.poll_interval),
                                                  ago=_span(max(ago, 60.0)))
        return texts.FEED_LINE.format(number=index, title=feed.title or "untitled",
                                      url=feed.url, health=health)

    async def feeds(self, cmd: Command) -> Reply:
        feeds = await self._store.list_feeds(chat=cmd.chat.key)
        if not feeds:
            return Reply(texts.FEEDS_NONE)
        lines = [texts.FEEDS_HEAD]
        lines += [self._feed_line(i, f) for i, f in enumerate(feeds, 1)]
        return Reply("\n".join(lines))

    async def addfeed(self, cmd: Command) -> Reply:
        url = cmd.args.split()[0] if cmd.args.split() else ""
        if not re.match(r"^https?://\S+$", url, re.IGNORECASE):
            return Reply(texts.ADDFEED_USAGE, ok=False)
        title: str | None = None
        if self._fetcher is not None:
            untrusted = not self._allow_private
            try:
                result = await self._fetcher.fetch(url, untrusted=untrusted)
            except NotAFeedError as err:
                if err.alternates:
                    return Reply(texts.ADDFEED_HTML_PAGE.format(feed=err.alternates[0]),
                                 ok=False)
                return Reply(texts.ADDFEED_REFUSED.format(reason=err.reason), ok=False)
            except FeedParseError as err:
                opml = await self._opml_entries(url, untrusted)
                if opml is None:
                    return Reply(texts.ADDFEED_REFUSED.format(reason=err.reason), ok=False)
                return await self._add_opml(cmd, opml, untrusted)
            except FeedError as err:
                return Reply(texts.ADDFEED_REFUSED.format(reason=err.reason), ok=False)
            title = result.title
            url = result.permanent_url or url
        feed, created = await self._store.add_feed(url, title=title, added_by=cmd.chat.key)
        if not created:
            return Reply(texts.ADDFEED_EXISTS.format(url=feed.url))
        return Reply(texts.ADDFEED_DONE.format(url=feed.url))

    async def _opml_entries(self, url: str, untrusted: bool) -> list[OpmlFeed] | None:
        """The feeds of the OPML list at `url`, or None when it is not one (or unreadable)."""
        if self._fetcher is None:
            return None
        try:
            page = await self._fetcher.fetch_page(url, untrusted=untrusted)
            if not looks_like_opml(page.body):
                return None
            return parse_opml(page.body, source=url)
        except FeedError:
            return None

    async def _add_opml(self, cmd: Command, entries: list[OpmlFeed], untrusted: bool) -> Reply:
        if not entries:
            return Reply(texts.ADDFEED_OPML_EMPTY, ok=False)
        added = existing = 0
        refused: list[str] = []
        for entry in entries[:_CHAT_OPML_MAX]:
            try:
                if self._fetcher is not None:
                    # Each listed URL passes the same guard a typed /addfeed URL does; every
                    # later poll guards it again.
                    await self._fetcher.check_url(entry.url, untrusted=untrusted)
            except FeedError as err:
                refused.append(texts.ADDFEED_OPML_REFUSED_LINE.format(url=entry.url,
                                                                      reason=err.reason))
                continue
            _, created = await self._store.add_feed(entry.url, title=entry.title,
                                                    added_by=cmd.chat.key)
            added, existing = added + created, existing + (not created)
        for entry in entries[_CHAT_OPML_MAX:]:
            refused.append(texts.ADDFEED_OPML_REFUSED_LINE.format(
                url=entry.url, reason=f"a list adds at most {_CHAT_OPML_MAX} feeds"))
        head = texts.ADDFEED_OPML_DONE.format(added=added, s="" if added == 1 else "s",
                                              existing=existing, failed=len(refused))
        return Reply("\n".join([head, *refused[:10]]), ok=added + existing > 0)

    async def removefeed(self, cmd: Command) -> Reply:
        number = parse_number(cmd.args)
        if number is None:
            return Reply(texts.REMOVEFEED_USAGE, ok=False)
        feeds = await self._store.list_feeds(chat=cmd.chat.key)
        if not 1 <= number <= len(feeds) or feeds[number - 1].added_by is None:
            return Reply(texts.REMOVEFEED_MISSING.format(number=number), ok=False)
        feed = feeds[number - 1]
        await self._store.remove_feed(feed.id, chat=cmd.chat.key)
        return Reply(texts.REMOVEFEED_DONE.format(url=feed.url))


def _span(seconds: float) -> str:
    """A rough human duration for /feeds: 5 min, 2 h, 3 d."""
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86_400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86_400)} d"
