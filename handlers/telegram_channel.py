"""Alerts out to Telegram: the Channel the outbox sender calls, and Telegram's errors mapped
onto what the sender can act on.

    RetryAfter (429)                          → RetryLater(retry_after): the sender pauses
                                                only that chat
    Forbidden (blocked, kicked), ChatMigrated,
    BadRequest "chat not found" / no rights   → RecipientGone: the chat is deactivated,
                                                its watches kept
    TimedOut, NetworkError, 5xx               → RetryLater after a short delay
    any other BadRequest, InvalidToken, ...   → DeliveryError (retried with backoff, then dead)

Flood control has two layers. The bot's AIORateLimiter (see telegram.build_application)
keeps the whole bot under 30 messages/s and each group under 20/min; `ChatPacer` here keeps
each chat at one message per second. The limiter never retries (max_retries=0): a retry there
would hold every request for every chat, while a RetryLater lets the sender pause one chat.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

import structlog
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot import texts
from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert
from bot.store.records import ChatRecord, OutboxRecord
from handlers.telegram_render import render_alert, render_reply

log = structlog.get_logger(__name__)

NETWORK_RETRY_AFTER = 5.0
"""Seconds to wait after a timeout, a network failure or a 5xx: long enough for a blip."""
CALLBACK_UNWATCH = "tw:unwatch:{number}"
CALLBACK_MUTE = "tw:mute:{number}"

_GONE_PHRASES = ("chat not found", "have no rights", "not enough rights", "bot is not a member")
_NO_THREAD = ("message thread not found", "topic_closed", "topic_deleted")


def alert_keyboard(watch_number: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.BUTTON_MUTE, callback_data=CALLBACK_MUTE.format(number=watch_number)
                ),
                InlineKeyboardButton(
                    texts.BUTTON_UNWATCH, callback_data=CALLBACK_UNWATCH.format(number=watch_number)
                ),
            ]
        ]
    )


def retry_after_seconds(err: RetryAfter) -> float:
    # PTB 22 returns an int unless PTB_TIMEDELTA is set, then a timedelta.
    value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def map_error(err: TelegramError, chat_id: str) -> DeliveryError:
    """Telegram's error as the sender's: what to do with the chat and the alert."""
    where = f"telegram chat {chat_id}"
    if isinstance(err, RetryAfter):
        seconds = retry_after_seconds(err)
        return RetryLater(f"{where}: flood control, retry after {seconds:g}s", retry_after=seconds)
    if isinstance(err, Forbidden):
        return RecipientGone(f"{where}: {err.message}")
    if isinstance(err, ChatMigrated):
        return RecipientGone(f"{where}: group became supergroup {err.new_chat_id}")
    if isinstance(err, BadRequest):
        text = err.message.lower()
        if any(phrase in text for phrase in _GONE_PHRASES):
            return RecipientGone(f"{where}: {err.message}")
        return DeliveryError(f"{where}: {err.message}")
    # BadRequest is a NetworkError subclass, hence the order; TimedOut is one too.
    if isinstance(err, NetworkError):
        return RetryLater(f"{where}: {err.message}", retry_after=NETWORK_RETRY_AFTER)
    return DeliveryError(f"{where}: {type(err).__name__}: {err.message}")


class ChatPacer:
    """At most one message per `interval` seconds in each chat.

    A send reserves its slot before sleeping, so concurrent sends to one chat line up one
    interval apart instead of all waking together.
    """

    _PRUNE_AT = 4096

    def __init__(
        self,
        interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}

    async def wait(self, chat_id: str) -> None:
        if self.interval <= 0:
            return
        now = self._clock()
        slot = max(now, self._next.get(chat_id, now))
        self._next[chat_id] = slot + self.interval
        if len(self._next) > self._PRUNE_AT:
            self._next = {k: v for k, v in self._next.items() if v > now}
        if slot > now:
            await self._sleep(slot - now)


class TelegramChannel:
    """The Channel protocol of bot.delivery for Telegram. `bot` should be the application's
    bot (`app.bot`) so its rate limiter applies; it must be initialised (the running
    application's is)."""

    platform = "telegram"

    def __init__(self, bot: Bot, *, pacer: ChatPacer | None = None) -> None:
        self._bot = bot
        self._pacer = pacer if pacer is not None else ChatPacer()
        # Parts of a split alert already accepted, by outbox id: a retry resumes after them
        # instead of sending them twice.
        self._progress: dict[int, int] = {}

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        parts = render_alert(alert, watch_number=item.watch_number)
        message_id: str | None = None
        for index in range(self._progress.get(item.id, 0), len(parts)):
            last = index == len(parts) - 1
            try:
                message_id = await self._send(
                    item, parts[index], alert_keyboard(item.watch_number) if last else None
                )
            except RecipientGone:
                self._progress.pop(item.id, None)
                raise
            self._progress[item.id] = index + 1
        self._progress.pop(item.id, None)
        return message_id

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        message_id: str | None = None
        for part in render_reply(text):
            await self._pacer.wait(chat.chat_id)
            try:
                message_id = await self._post(chat.chat_id, part, None, None)
            except TelegramError as err:
                raise map_error(err, chat.chat_id) from err
        return message_id

    async def _send(
        self, item: OutboxRecord, text: str, keyboard: InlineKeyboardMarkup | None
    ) -> str:
        chat_id = item.chat.chat_id
        thread = int(item.thread_id) if item.thread_id and item.thread_id.isdigit() else None
        await self._pacer.wait(chat_id)
        try:
            try:
                return await self._post(chat_id, text, keyboard, thread)
            except BadRequest as err:
                # The topic the watch was made in is gone: the chat itself still wants it.
                if thread is None or not any(p in err.message.lower() for p in _NO_THREAD):
                    raise
                log.info("telegram.thread_gone", chat=chat_id, thread=thread)
                return await self._post(chat_id, text, keyboard, None)
        except TelegramError as err:
            raise map_error(err, chat_id) from err

    async def _post(
        self, chat_id: str, text: str, keyboard: InlineKeyboardMarkup | None, thread: int | None
    ) -> str:
        message = await self._bot.send_message(
            chat_id=int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id,
            text=text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=keyboard,
            message_thread_id=thread,
        )
        return str(message.message_id)
