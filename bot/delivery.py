"""The outbox sender: due alerts out of the database, through each platform's channel.

The outbox row is the truth and its id the alert's idempotency key. A sender first claims the
row (pending → "sending", committed), then posts, then marks it sent once the platform accepted
it. A sender that dies anywhere in between leaves the row "sending": in doubt. Before anything
is resent, `reconcile` asks the platform whether it has the alert (channels that can look a
message up implement `find_delivered`: Slack finds its own messages by the outbox id carried in
their metadata) and marks it sent, or puts it back to pending when the platform does not have
it. A platform without a lookup (Telegram's bots cannot read history) gets the alert again: the
only window for a double is a crash between the platform's answer and the commit that follows
it, one database round trip. Each chat is served in order by its
own task, so a chat told to wait (429) or gone (403) never stalls the others.

A chat that asked for a digest, quiet hours or a mute (bot.digest) has its alerts held: they
stay pending and leave later as one notice (`release_once`, run by its own scheduler job),
after which the rows it carried are marked sent.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

import structlog

from bot.digest import ChatPrefs, HeldAlert, Release, holding, release_due, render_release
from bot.errors import DeliveryError, RecipientGone, RetryLater
from bot.models import Alert
from bot.store.codec import alert_from_json
from bot.store.records import ChatRecord, OutboxRecord
from bot.store.repository import Store

log = structlog.get_logger(__name__)

MAX_ATTEMPTS = 8
_BACKOFF_BASE = 5.0
_BACKOFF_CAP = 3600.0


class Channel(Protocol):
    """One chat platform's way to post an alert. Raises RetryLater, RecipientGone or
    DeliveryError; returns the platform's message id when it has one."""

    platform: str

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None: ...

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        """A plain-text notice to a chat (a feed disabled, a digest): escaped by the channel,
        split where the platform needs it; raises like `deliver`."""
        ...


@runtime_checkable
class Reconciler(Protocol):
    """A channel that can tell whether an alert already went out (after a crash)."""

    async def find_delivered(self, item: OutboxRecord) -> str | None:
        """The platform's message id when the alert `item` was posted, None when it was
        not; raises DeliveryError when the platform cannot be asked right now."""
        ...


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)
    # Seconds from queueing to the platform's acceptance, one per alert sent.
    latencies: list[float] = field(default_factory=list)


@dataclass
class ReconcileReport:
    """In-doubt rows found already delivered, released for another try, or still unknown."""

    delivered: int = 0
    released: int = 0
    unknown: int = 0


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(_BACKOFF_BASE * 2 ** max(attempts, 0), _BACKOFF_CAP))


class Sender:
    def __init__(
        self,
        store: Store,
        channels: Mapping[str, Channel],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_attempts: int = MAX_ATTEMPTS,
        batch: int = 500,
        concurrency: int = 64,
        token: str | None = None,
    ) -> None:
        self._store = store
        # This sender's claim stamp: rows "sending" under another token are someone else's.
        self.token = token or uuid.uuid4().hex
        self._channels = dict(channels)
        self._clock = clock
        self._max_attempts = max_attempts
        self._batch = batch
        self._limit = asyncio.Semaphore(concurrency)
        # A chat told to wait keeps its order: nothing later is sent before the waiting one.
        self._paused: dict[int, datetime] = {}

    async def run_once(self) -> SendReport:
        report = SendReport()
        now = self._clock()
        for platform, channel in self._channels.items():
            held = {
                chat.id for chat, prefs in await self._store.holding_chats(platform)
                if holding(prefs, now)
            }
            due = await self._store.due_alerts(platform, now=now, limit=self._batch,
                                               exclude_chats=held)
            by_chat: dict[int, list[OutboxRecord]] = defaultdict(list)
            for item in due:
                if self._paused.get(item.chat.id, now) <= now:
                    by_chat[item.chat.id].append(item)
            await asyncio.gather(
                *(self._serve_chat(channel, items, report) for items in by_chat.values())
            )
        return report

    async def reconcile(self) -> ReconcileReport:
        """Settle every row left "sending" by another (dead) sender: delivered ones are
        marked sent, missing ones go back to pending; run before sending anything."""
        report = ReconcileReport()
        for platform, channel in self._channels.items():
            for item in await self._store.in_doubt_alerts(platform, exclude_token=self.token):
                if not isinstance(channel, Reconciler):
                    await self._store.release_claim(item.id)
                    report.released += 1
                    log.warning("delivery.in_doubt_resent", outbox=item.id, platform=platform)
                    continue
                try:
                    message_id = await channel.find_delivered(item)
                except DeliveryError as err:
                    report.unknown += 1
                    log.warning("delivery.in_doubt_unknown", outbox=item.id, error=str(err))
                    continue
                if message_id is None:
                    await self._store.release_claim(item.id)
                    report.released += 1
                else:
                    await self._store.mark_sent(item.id, platform_message_id=message_id,
                                                now=self._clock())
                    report.delivered += 1
                log.info("delivery.reconciled", outbox=item.id, delivered=message_id is not None)
        return report

    async def release_once(self) -> SendReport:
        """Send every digest or end-of-hold summary that is due, one notice per chat."""
        report = SendReport()
        now = self._clock()
        for platform, channel in self._channels.items():
            for chat, prefs in await self._store.holding_chats(platform):
                kind = release_due(prefs, now)
                if kind is None or self._paused.get(chat.id, now) > now:
                    continue
                async with self._limit:
                    await self._release(channel, chat, prefs, kind, now, report)
        return report

    async def _release(self, channel: Channel, chat: ChatRecord, prefs: ChatPrefs,
                       kind: Release, now: datetime, report: SendReport) -> None:
        rows = await self._store.held_alerts(chat.id, now=now)
        held = [HeldAlert(r.watch_number, alert_from_json(r.payload)) for r in rows]
        text = render_release(kind, held, prefs, now)
        end_mute = prefs.muted_until is not None and prefs.muted_until <= now
        if text is None:
            await self._store.release_held(chat.id, [], now=now, message_id=None,
                                           end_mute=end_mute)
            return
        try:
            message_id = await channel.notify(chat, text)
        except RetryLater as err:
            self._paused[chat.id] = self._clock() + timedelta(seconds=max(err.retry_after, 0.0))
            report.retried += 1
            return
        except RecipientGone as err:
            # The rows stay pending: a chat that lets the bot back in gets them then.
            await self._store.set_chat_active(chat.key, False)
            report.errors.append(str(err))
            log.warning("delivery.recipient_gone", chat=chat.chat_id, error=str(err))
            return
        except Exception as err:  # the rows stay pending; the next release tries again
            log.exception("delivery.release_failed", chat=chat.chat_id, kind=kind.value)
            report.errors.append(f"{type(err).__name__}: {err}")
            return
        moved = await self._store.release_held(chat.id, [r.id for r in rows], now=now,
                                               message_id=message_id, end_mute=end_mute)
        report.sent += moved
        log.info("delivery.released", chat=chat.chat_id, kind=kind.value, alerts=moved)

    async def drain(self, *, max_rounds: int = 100) -> SendReport:
        """Send until nothing due is left (or a round sends nothing): the demo and tests."""
        total = SendReport()
        for _ in range(max_rounds):
            report = await self.run_once()
            total.sent += report.sent
            total.retried += report.retried
            total.dead += report.dead
            total.errors += report.errors
            total.latencies += report.latencies
            if report.sent == 0 and report.dead == 0:
                break
        return total

    async def _serve_chat(self, channel: Channel, items: list[OutboxRecord],
                          report: SendReport) -> None:
        for item in items:
            async with self._limit:
                outcome = await self._deliver_one(channel, item, report)
            if outcome == "stop":
                return

    async def _deliver_one(self, channel: Channel, item: OutboxRecord,
                           report: SendReport) -> str:
        alert = alert_from_json(item.payload)
        if not await self._store.claim_alert(item.id, token=self.token, now=self._clock()):
            return "sent"  # another sender has it, or it was settled meanwhile
        try:
            message_id = await channel.deliver(item, alert)
        except RetryLater as err:
            until = self._clock() + timedelta(seconds=max(err.retry_after, 0.0))
            self._paused[item.chat.id] = until
            await self._store.mark_retry(item.id, error=str(err), next_attempt_at=until)
            report.retried += 1
            log.info("delivery.retry_later", outbox=item.id, chat=item.chat.chat_id,
                     retry_after=err.retry_after)
            return "stop"
        except RecipientGone as err:
            await self._store.set_chat_active((item.chat.platform, item.chat.chat_id), False)
            await self._store.mark_dead(item.id, error=str(err))
            report.dead += 1
            report.errors.append(str(err))
            log.warning("delivery.recipient_gone", chat=item.chat.chat_id, error=str(err))
            return "stop"
        except DeliveryError as err:
            await self._fail(item, str(err), report)
            return "stop"
        except Exception as err:  # a bug in an adapter must not lose the alert
            log.exception("delivery.crash", outbox=item.id)
            await self._fail(item, f"{type(err).__name__}: {err}", report)
            return "stop"
        now = self._clock()
        await self._store.mark_sent(item.id, platform_message_id=message_id, now=now)
        report.sent += 1
        if item.created_at is not None:
            report.latencies.append(max((now - item.created_at).total_seconds(), 0.0))
        return "sent"

    async def _fail(self, item: OutboxRecord, error: str, report: SendReport) -> None:
        report.errors.append(error)
        if item.attempts + 1 >= self._max_attempts:
            await self._store.mark_dead(item.id, error=error)
            report.dead += 1
            log.error("delivery.dead", outbox=item.id, error=error)
            return
        await self._store.mark_retry(
            item.id, error=error, next_attempt_at=self._clock() + backoff(item.attempts)
        )
        report.retried += 1
