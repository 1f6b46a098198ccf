"""APScheduler wiring only: when the poller, the sender and the digest release run, and a
clean stop.

Jobs never overlap themselves (max_instances=1, coalesce), and `stop()` waits for the job in
flight to finish, so SIGTERM never cuts a poll between storing an article and queueing its
alerts, nor a delivery between the platform's answer and marking the row sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = structlog.get_logger(__name__)


class ServiceScheduler:
    def __init__(
        self,
        poll: Callable[[], Awaitable[object]],
        send: Callable[[], Awaitable[object]],
        *,
        poll_interval: float,
        send_interval: float = 2.0,
        release: Callable[[], Awaitable[object]] | None = None,
        release_interval: float = 30.0,
    ) -> None:
        self._poll = poll
        self._send = send
        self._busy: set[asyncio.Task[object]] = set()
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self._guarded, "interval", args=["poll", self._poll], seconds=poll_interval,
            id="poll", max_instances=1, coalesce=True, next_run_time=datetime.now(UTC),
        )
        self._scheduler.add_job(
            self._guarded, "interval", args=["send", self._send], seconds=send_interval,
            id="send", max_instances=1, coalesce=True,
        )
        if release is not None:
            # Digests and end-of-hold summaries: minute precision is plenty for a daily hour.
            self._scheduler.add_job(
                self._guarded, "interval", args=["release", release],
                seconds=release_interval, id="release", max_instances=1, coalesce=True,
            )

    async def _guarded(self, name: str, job: Callable[[], Awaitable[object]]) -> None:
        task: asyncio.Task[object] = asyncio.ensure_future(job())
        self._busy.add(task)
        task.add_done_callback(self._busy.discard)
        try:
            # Shielded: APScheduler's shutdown cancels the jobs it runs, but a poll or a
            # delivery must finish what it started; stop() waits for it instead.
            result = await asyncio.shield(task)
            log.info(f"{name}.done", result=repr(result))
        except asyncio.CancelledError:
            raise
        except Exception:
            # The scheduler keeps running; the next interval tries again.
            log.exception(f"{name}.failed")

    def start(self) -> None:
        self._scheduler.start()

    async def kick(self, name: str) -> None:
        """Run a job now (e.g. send right after a poll queued alerts)."""
        job = self._scheduler.get_job(name)
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))

    async def stop(self, grace: float = 30.0) -> None:
        self._scheduler.shutdown(wait=False)
        if self._busy:
            await asyncio.wait(set(self._busy), timeout=grace)
