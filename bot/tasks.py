"""The Celery side of scale-out: the app (Redis broker), the worker's tasks and the leases
that keep the scheduler from queueing the same work twice.

Two tasks, both idempotent, acknowledged only after they finished (`acks_late`; a worker
killed mid-task leaves its message unacknowledged and Redis hands it to another worker after
the visibility timeout) and retried with exponential backoff on database or network trouble:

- `tripwire.poll_feed(feed_id)`: fetch one feed, store its new articles, record the fetch,
  then queue their processing in small batches so every worker can take a share.
- `tripwire.process_articles(feed_id, article_ids)`: extract, match and queue alerts for
  stored articles not processed yet, then mark them processed. Running it twice is harmless:
  facts are replaced and the outbox is unique per (chat, watch, story).

A worker process runs tasks one at a time on one event loop of its own (`--pool solo`) with
its components opened once; processes, not threads, are the unit of scale (spaCy is CPU-bound
and holds the GIL).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from typing import Any, TypeVar

import structlog
from celery import Celery
from redis import Redis
from redis.exceptions import RedisError

from bot.errors import StoreError
from bot.metrics import Metrics
from bot.runtime import Components, open_components
from bot.settings import Settings

log = structlog.get_logger(__name__)

QUEUE = "tripwire"
POLL_FEED = "tripwire.poll_feed"
PROCESS_ARTICLES = "tripwire.process_articles"
# Articles per processing task: small enough to spread a big feed over every worker.
PROCESS_CHUNK = 8
LEASE_PREFIX = "tripwire:lease:"
_RETRYABLE = (StoreError, OSError, ConnectionError, TimeoutError)
# Extraction loads parts of its rules lazily (seconds, once); a worker pays that at start,
# not inside the first task it takes.
WARM_UP_TEXT = (
    "Officials in Warsaw said on Monday that about 4,500 soldiers had crossed the border. "
    "At least 12 people were killed and 30 wounded, the regional governor said. "
    "The lower house voted to ratify the defence treaty with Lithuania. "
    "A state firm signed a $1.2 billion contract to supply 40 tanks and 300 drones."
)

T = TypeVar("T")


def make_celery(settings: Settings) -> Celery:
    """The Celery app every role shares: producers send tasks by name, workers run them."""
    app = Celery("tripwire", broker=settings.redis_url)
    app.conf.update(
        task_default_queue=QUEUE,
        task_acks_late=True,
        # A worker process that dies (SIGKILL, OOM) must not have its task acknowledged.
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": int(settings.task_visibility_timeout)},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


def chunks(ids: Sequence[int], size: int = PROCESS_CHUNK) -> list[list[int]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


class Leases:
    """Short Redis leases ("this feed is queued"): taken with SET NX EX, so a lease whose
    holder died simply expires and the work is queued again."""

    def __init__(self, redis: Redis, *, prefix: str = LEASE_PREFIX) -> None:
        self._redis = redis
        self._prefix = prefix

    def take(self, key: str, ttl: float) -> bool:
        return bool(self._redis.set(self._prefix + key, "1", nx=True, px=int(ttl * 1000)))

    def drop(self, key: str) -> None:
        self._redis.delete(self._prefix + key)


def feed_lease(feed_id: int) -> str:
    return f"feed:{feed_id}"


def article_lease(article_id: int) -> str:
    return f"article:{article_id}"


class WorkerRuntime:
    """One worker process's event loop and components, opened at the first task."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self.loop = asyncio.new_event_loop()
        self._stack: AsyncExitStack | None = None
        self._components: Components | None = None

    def run(self, job: Callable[[Components], Awaitable[T]]) -> T:
        return self.loop.run_until_complete(self._run(job))

    async def _run(self, job: Callable[[Components], Awaitable[T]]) -> T:
        if self._components is None:
            stack = AsyncExitStack()
            components = await stack.enter_async_context(open_components(self.settings))
            await asyncio.to_thread(
                lambda: list(components.extractor.extract_many([(WARM_UP_TEXT, None)]))
            )
            self._components, self._stack = components, stack
        return await job(self._components)

    def warm_up(self) -> None:
        """Open the components (and load the extractor) before the first task arrives."""
        self.run(lambda _c: asyncio.sleep(0))

    def close(self) -> None:
        if self._stack is not None:
            self.loop.run_until_complete(self._stack.aclose())
            self._stack = None
            self._components = None
        self.loop.close()


def register_tasks(app: Celery, runtime: WorkerRuntime, leases: Leases) -> None:
    """Bind the tasks to `runtime` (this worker process's components)."""
    retry: dict[str, Any] = {
        "acks_late": True,
        "autoretry_for": _RETRYABLE,
        "retry_backoff": 2,
        "retry_backoff_max": 300,
        "retry_jitter": True,
        "max_retries": 10,
    }

    @app.task(name=POLL_FEED, **retry)  # type: ignore[untyped-decorator]
    def poll_feed(feed_id: int) -> dict[str, int]:
        # A feed that fails is recorded on the feed (its schedule backs off), not raised.
        report, new_ids = runtime.run(lambda c: c.poller.poll_feed(feed_id))
        runtime.metrics.record_poll(report)
        # Leftovers of this feed that an earlier crash left unprocessed ride along.
        leftovers = runtime.run(
            lambda c: c.store.unprocessed_article_ids(feed_id=feed_id, limit=500)
        )
        ids = sorted({*new_ids, *(a for _, a in leftovers)})
        for batch in chunks(ids):
            app.send_task(PROCESS_ARTICLES, args=[feed_id, batch])
        leases.drop(feed_lease(feed_id))
        runtime.metrics.tasks.labels("poll_feed", "ok").inc()
        log.info("task.poll_feed", feed=feed_id, articles=report.articles,
                 batches=len(chunks(ids)))
        return {"articles": report.articles}

    @app.task(name=PROCESS_ARTICLES, **retry)  # type: ignore[untyped-decorator]
    def process_articles(feed_id: int | None, article_ids: list[int]) -> dict[str, int]:
        report = runtime.run(lambda c: c.poller.process_articles(feed_id, article_ids))
        runtime.metrics.record_poll(report)
        runtime.metrics.tasks.labels("process_articles", "ok").inc()
        for article_id in article_ids:
            try:
                leases.drop(article_lease(article_id))
            except RedisError:
                break  # the lease expires on its own
        return {"facts": report.facts, "queued": report.queued}
