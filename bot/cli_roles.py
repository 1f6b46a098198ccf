"""The scaled-out roles: `tripwire scheduler | worker | sender | chat` (see bot/roles.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli_common import (
    ConfigOption,
    app,
    fail,
    run_async,
    settings_for,
)
from bot.errors import TripwireError
from bot.logs import configure_logging


@app.command()
def scheduler(config: ConfigOption = None) -> None:
    """Queue due feeds for the workers; one active, elected on PostgreSQL, others stand by."""
    from handlers.wiring import run_scheduler

    settings = settings_for(config)
    configure_logging(quiet=False)
    run_async(run_scheduler(settings))


@app.command()
def worker(config: ConfigOption = None,
           loglevel: Annotated[str, typer.Option(help="Celery's log level.")] = "INFO") -> None:
    """A Celery worker: fetch feeds, extract and match; run one per CPU core."""
    from handlers.wiring import run_worker

    settings = settings_for(config)
    configure_logging(quiet=False)
    try:
        run_worker(settings, loglevel=loglevel)
    except TripwireError as err:
        fail(str(err), 1)


@app.command()
def sender(config: ConfigOption = None) -> None:
    """Deliver the outbox; one active per bot token, elected on PostgreSQL."""
    from handlers.wiring import run_sender

    settings = settings_for(config)
    configure_logging(quiet=False)
    run_async(run_sender(settings))


@app.command()
def chat(config: ConfigOption = None) -> None:
    """The Telegram and Slack listeners alone: commands in, replies out."""
    from handlers.wiring import run_chat

    settings = settings_for(config)
    configure_logging(quiet=False)
    run_async(run_chat(settings))
