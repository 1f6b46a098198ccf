"""`tripwire …`: the composition root. Settings are read here and nowhere else.

Exit status: 0 success, 1 a runtime failure (database, network), 2 bad input (a rule, a
JSON line, an argument), always with a message naming what was wrong and never a traceback.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress

from bot import texts
from bot.errors import InputError, TripwireError
from bot.logs import configure_logging
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


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except Exception as err:  # pydantic's ValidationError lists every bad field
        _fail(f"invalid settings: {err}", 2)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"tripwire: {message}", err=True)
    raise typer.Exit(code)


T = TypeVar("T")


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except InputError as err:
        _fail(str(err), 2)
    except TripwireError as err:
        _fail(str(err), 1)


def _open_input(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as err:
        _fail(f"cannot read {path}: {err.strerror}", 2)


@app.command()
def demo(config: ConfigOption = None) -> None:
    """Run the whole flow on embedded defaults: bundled feed, SQLite, console chat."""
    from bot.demo import run_demo

    settings = _settings(config)
    configure_logging(quiet=True)
    _run(run_demo(settings, sys.stdout))


@app.command()
def run(config: ConfigOption = None) -> None:
    """Run the service: scheduler and every chat adapter whose token is set."""
    from handlers.wiring import run_service

    settings = _settings(config)
    configure_logging(quiet=False)
    _run(run_service(settings))


@app.command()
def extract(
    file: Annotated[
        str, typer.Argument(help="JSON Lines {id, text[, title, url, published]}; - for stdin")
    ] = "-",
    config: ConfigOption = None,
) -> None:
    """Print the facts of each input article as one JSON line."""
    from bot.batch import read_articles, run_extract
    from bot.nlp import Extractor

    settings = _settings(config)
    configure_logging(quiet=True)
    stream = _open_input(file)
    try:
        items = read_articles(stream)
    except InputError as err:
        _fail(f"{file}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
    extractor = Extractor(model=settings.spacy_model)
    run_extract(items, extractor, sys.stdout)


@app.command()
def scan(
    rules: Annotated[Path, typer.Option("--rules", help="One watch per line.")],
    articles: Annotated[str, typer.Option("--articles", help="JSON Lines articles; - for stdin.")],
    config: ConfigOption = None,
) -> None:
    """Run watches over articles; print one JSON line per alert."""
    from bot.batch import read_articles, read_rules, run_scan
    from bot.nlp import Extractor
    from bot.nlp.gazetteer import default_gazetteer

    settings = _settings(config)
    configure_logging(quiet=True)
    gazetteer = default_gazetteer()
    with _open_input(str(rules)) as rule_stream:
        try:
            parsed = read_rules(rule_stream, gazetteer, path=str(rules))
        except InputError as err:
            _fail(f"{rules}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
    stream = _open_input(articles)
    try:
        items = read_articles(stream)
    except InputError as err:
        _fail(f"{articles}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
    extractor = Extractor(gazetteer, model=settings.spacy_model)
    # The bar goes to stderr so stdout stays pure JSON Lines.
    show = len(items) >= 50 and sys.stderr.isatty()
    with Progress(console=Console(stderr=True), disable=not show, transient=True) as bar:
        task = bar.add_task("scanning", total=len(items))
        run_scan(items, parsed, extractor, gazetteer, sys.stdout,
                 progress=lambda n: bar.advance(task, n))


@feeds_app.command("add")
def feeds_add(urls: Annotated[list[str], typer.Argument(help="Feed URLs.")],
              config: ConfigOption = None) -> None:
    """Add feeds read for every chat."""
    from bot.store.repository import Store

    settings = _settings(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            for url in urls:
                if not url.lower().startswith(("http://", "https://")):
                    raise InputError(f"{url!r} is not an http(s) URL", line=1)
                feed, created = await store.add_feed(url)
                template = texts.CLI_FEED_ADDED if created else texts.CLI_FEED_EXISTS
                typer.echo(template.format(id=feed.id, url=feed.url))
        finally:
            await store.close()

    _run(go())


@feeds_app.command("list")
def feeds_list(config: ConfigOption = None) -> None:
    """List every feed with its health."""
    from bot.store.repository import Store

    settings = _settings(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            for feed in await store.list_feeds():
                state = "ok" if feed.enabled and not feed.failures else (
                    f"failing x{feed.failures}: {feed.last_error}" if feed.enabled
                    else f"disabled: {feed.last_error}")
                owner = "operator" if feed.added_by is None else f"chat {feed.added_by}"
                typer.echo(f"{feed.id}\t{feed.url}\t{feed.title or ''}\t{owner}\t{state}")
        finally:
            await store.close()

    _run(go())


@feeds_app.command("remove")
def feeds_remove(feed_id: Annotated[int, typer.Argument(help="The id from `feeds list`.")],
                 config: ConfigOption = None) -> None:
    """Remove a feed."""
    from bot.store.repository import Store

    settings = _settings(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            if await store.remove_feed(feed_id):
                typer.echo(texts.CLI_FEED_REMOVED.format(id=feed_id))
            else:
                _fail(texts.CLI_FEED_MISSING.format(id=feed_id), 2)
        finally:
            await store.close()

    _run(go())


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply database migrations (also done automatically on start)."""
    from bot.store import upgrade

    settings = _settings(config)
    _run(upgrade(settings.database_url))
    typer.echo(texts.CLI_DB_UPGRADED.format(url=settings.database_url))
