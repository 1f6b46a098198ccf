"""Alerts out to Slack: the delivery Channel for the outbox sender, and the Web API client.

Slack answers a flood with 429 and Retry-After; the outbox owns retries (a durable row and a
paused chat beat a coroutine asleep inside the sender), so the delivery client does NOT retry
rate limits itself, while the client that answers commands does (a user is waiting).

Each alert carries its outbox id in the message's metadata (event type `tripwire_alert`), so
after a crash the sender can ask Slack whether an in-doubt alert is already in the channel
(`find_delivered`, conversations.history or .replies with include_all_metadata) instead of
posting it a second time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert
from bot.store.records import ChatRecord, OutboxRecord
from handlers.slack_blocks import alert_blocks, alert_fallback, escape

PLATFORM = "slack"
DEFAULT_API_URL = "https://slack.com/api/"
# Slack allows about one message per second per channel (short bursts are tolerated).
MESSAGE_INTERVAL = 1.0
NETWORK_RETRY_AFTER = 5.0
SERVER_RETRY_AFTER = 30.0
METADATA_EVENT = "tripwire_alert"
# How far before the claim a lookup starts: the sender's and Slack's clocks may disagree.
LOOKUP_SLACK = timedelta(minutes=5)
LOOKUP_PAGE = 200
LOOKUP_MAX_PAGES = 20
# The channel no longer takes our messages: the sender deactivates the chat.
GONE_ERRORS = frozenset({
    "channel_not_found",
    "not_in_channel",
    "account_inactive",
    "is_archived",
})
# Slack's own trouble, worth another try soon.
SERVER_ERRORS = frozenset({
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
    "ratelimited",
})


def api_base_url(api_url: str | None) -> str:
    """slack-sdk joins method names onto the base, so it must end with a slash."""
    base = api_url or DEFAULT_API_URL
    return base if base.endswith("/") else base + "/"


def make_client(token: str, api_url: str | None = None, *,
                retry_rate_limits: bool = True) -> AsyncWebClient:
    handlers: list[Any] = [AsyncConnectionErrorRetryHandler()]
    if retry_rate_limits:
        handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=2))
    return AsyncWebClient(token=token, base_url=api_base_url(api_url), retry_handlers=handlers)


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    for key in headers:
        if str(key).lower() == name:
            value = headers[key]
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            return None if value is None else str(value)
    return None


def delivery_error(err: SlackApiError, channel: str) -> DeliveryError:
    """Map a Web API refusal to the delivery error tree the sender acts on."""
    response = err.response
    status = int(getattr(response, "status_code", 0) or 0)
    data = getattr(response, "data", None)
    code = str(data.get("error", "unknown_error")) if isinstance(data, dict) else "unknown_error"
    if status == 429 or code == "ratelimited":
        raw = _header(getattr(response, "headers", None), "retry-after")
        try:
            retry_after = float(raw) if raw is not None else 1.0
        except ValueError:
            retry_after = 1.0
        return RetryLater(f"slack {channel}: rate limited", retry_after=retry_after)
    if code in GONE_ERRORS:
        return RecipientGone(f"slack {channel}: {code}")
    if status >= 500 or code in SERVER_ERRORS:
        return RetryLater(f"slack {channel}: {code} (HTTP {status})",
                          retry_after=SERVER_RETRY_AFTER)
    return DeliveryError(f"slack {channel}: {code}")


class SlackChannel:
    """Posts alerts as Block Kit messages, about one a second per channel."""

    platform = PLATFORM

    def __init__(
        self,
        client: AsyncWebClient,
        *,
        min_interval: float = MESSAGE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self._interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    @classmethod
    def connect(cls, token: str, api_url: str | None = None, *,
                min_interval: float = MESSAGE_INTERVAL) -> SlackChannel:
        return cls(make_client(token, api_url, retry_rate_limits=False),
                   min_interval=min_interval)

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        channel = item.chat.chat_id
        lock = self._locks.setdefault(channel, asyncio.Lock())
        async with lock:
            last = self._last.get(channel)
            if last is not None:
                wait = last + self._interval - self._clock()
                if wait > 0:
                    await self._sleep(wait)
            try:
                return await self._post(channel, item, alert)
            finally:
                self._last[channel] = self._clock()

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        channel = chat.chat_id
        lock = self._locks.setdefault(channel, asyncio.Lock())
        async with lock:
            last = self._last.get(channel)
            if last is not None and (wait := last + self._interval - self._clock()) > 0:
                await self._sleep(wait)
            try:
                response = await self._client.chat_postMessage(
                    channel=channel, text=escape(text), unfurl_links=False, unfurl_media=False
                )
            except SlackApiError as err:
                raise delivery_error(err, channel) from err
            except (aiohttp.ClientError, TimeoutError, OSError, SlackClientError) as err:
                raise RetryLater(f"slack {channel}: {type(err).__name__}: {err}",
                                 retry_after=NETWORK_RETRY_AFTER) from err
            finally:
                self._last[channel] = self._clock()
        ts = response.get("ts")
        return str(ts) if ts is not None else None

    async def find_delivered(self, item: OutboxRecord) -> str | None:
        """The ts of the message carrying this outbox id, or None when the channel (or the
        thread) has none since shortly before the alert was claimed."""
        channel = item.chat.chat_id
        since = item.claimed_at or item.created_at
        kwargs: dict[str, Any] = {"channel": channel, "include_all_metadata": True,
                                  "limit": LOOKUP_PAGE}
        if since is not None:
            kwargs["oldest"] = f"{(since - LOOKUP_SLACK).timestamp():.6f}"
        cursor: str | None = None
        for _ in range(LOOKUP_MAX_PAGES):
            if cursor:
                kwargs["cursor"] = cursor
            try:
                if item.thread_id:
                    response = await self._client.conversations_replies(ts=item.thread_id,
                                                                        **kwargs)
                else:
                    response = await self._client.conversations_history(**kwargs)
            except SlackApiError as err:
                raise delivery_error(err, channel) from err
            except (aiohttp.ClientError, TimeoutError, OSError, SlackClientError) as err:
                raise RetryLater(f"slack {channel}: {type(err).__name__}: {err}",
                                 retry_after=NETWORK_RETRY_AFTER) from err
            for message in response.get("messages") or []:
                if _carries(message, item.id):
                    return str(message.get("ts"))
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return None
        raise RetryLater(f"slack {channel}: lookup of alert {item.id} ran out of pages",
                         retry_after=SERVER_RETRY_AFTER)

    async def _post(self, channel: str, item: OutboxRecord, alert: Alert) -> str | None:
        kwargs: dict[str, Any] = {}
        if item.thread_id:
            kwargs["thread_ts"] = item.thread_id
        try:
            response = await self._client.chat_postMessage(
                channel=channel,
                text=alert_fallback(alert),
                blocks=alert_blocks(alert, watch_number=item.watch_number),
                unfurl_links=False,
                unfurl_media=False,
                metadata={"event_type": METADATA_EVENT,
                          "event_payload": {"outbox_id": item.id}},
                **kwargs,
            )
        except SlackApiError as err:
            raise delivery_error(err, channel) from err
        except (aiohttp.ClientError, TimeoutError, OSError, SlackClientError) as err:
            raise RetryLater(f"slack {channel}: {type(err).__name__}: {err}",
                             retry_after=NETWORK_RETRY_AFTER) from err
        ts = response.get("ts")
        return str(ts) if ts is not None else None


def _carries(message: dict[str, Any], outbox_id: int) -> bool:
    metadata = message.get("metadata")
    if not isinstance(metadata, dict) or metadata.get("event_type") != METADATA_EVENT:
        return False
    payload = metadata.get("event_payload")
    return isinstance(payload, dict) and str(payload.get("outbox_id")) == str(outbox_id)
