"""structlog set-up: key=value lines on stderr for operators, quiet for batch commands whose
stdout is data."""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(*, quiet: bool) -> None:
    level = logging.WARNING if quiet else logging.INFO
    logging.basicConfig(stream=sys.stderr, level=level, format="%(message)s")
    for noisy in ("httpx", "httpcore", "apscheduler", "aiosqlite", "telegram", "slack_bolt"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # With max_retries=0 every 429 is logged there as an exception; the sender already logs
    # each one as delivery.retry_later and reschedules it.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.dev.ConsoleRenderer(colors=False)
            if sys.stderr.isatty()
            else structlog.processors.KeyValueRenderer(key_order=["timestamp", "level", "event"]),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=_StderrLogger,
        cache_logger_on_first_use=False,
    )


class _StderrLogger:
    """Writes to whatever sys.stderr is at the time, so a replaced or reopened stderr (a test
    runner's capture, a daemon's redirect) never leaves a logger holding a closed file."""

    def __init__(self, *_args: object) -> None:
        pass

    def msg(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    debug = info = warning = warn = error = critical = exception = fatal = log = msg
