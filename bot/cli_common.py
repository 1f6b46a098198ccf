"""What every `tripwire` subcommand shares: the Typer apps, the --config option, reading
settings, and turning Tripwire's errors into a message and an exit status (0 success, 1 a
runtime failure, 2 bad input), never a traceback."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO, TypeVar

import typer

from bot.errors import InputError, TripwireError
from bot.settings import Settings, load_settings

app = typer.Typer(
    help="Tripwire: quoted, attributed news alerts for what you watch.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
feeds_app = typer.Typer(help="Operator-managed feeds (trusted: no SSRF guard).",
                        no_args_is_help=True)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds")
app.add_typer(db_app, name="db")

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="A tripwire.toml settings file.")
]


def settings_for(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except Exception as err:  # pydantic's ValidationError lists every bad field
        fail(f"invalid settings: {err}", 2)


def fail(message: str, code: int) -> NoReturn:
    typer.echo(f"tripwire: {message}", err=True)
    raise typer.Exit(code)


T = TypeVar("T")


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except InputError as err:
        fail(str(err), 2)
    except TripwireError as err:
        fail(str(err), 1)


def open_input(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as err:
        fail(f"cannot read {path}: {err.strerror}", 2)
