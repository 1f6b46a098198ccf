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


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of the gold set.")] = Path(
        "tests/fixtures/eval"
    ),
    split: Annotated[str, typer.Option("--split", help="tune, heldout or all.")] = "all",
    minimum: Annotated[
        float, typer.Option("--min", help="Exit 1 when any precision or recall is below this.")
    ] = 0.0,
    details: Annotated[bool, typer.Option("--details", help="List every miss.")] = False,
    config: ConfigOption = None,
) -> None:
    """Score extraction against the gold set: P/R per fact type and for alerts."""
    from bot.batch import read_rules
    from bot.evaluation import evaluate as run_eval
    from bot.evaluation import (
        format_details,
        format_report,
        load_gold,
        read_quantity_sentences,
        value_unit_score,
    )
    from bot.nlp import Extractor
    from bot.nlp.gazetteer import default_gazetteer

    settings = _settings(config)
    configure_logging(quiet=True)
    splits = {"tune": ["tune"], "heldout": ["heldout"], "all": ["tune", "heldout"]}.get(split)
    if splits is None:
        _fail(f"--split is {split!r}; expected tune, heldout or all", 2)
    gazetteer = default_gazetteer()
    extractor = Extractor(gazetteer, model=settings.spacy_model)
    low: list[str] = []
    try:
        with _open_input(str(gold / "rules.txt")) as stream:
            rules = read_rules(stream, gazetteer)
        for name in splits:
            report = run_eval(load_gold(gold / f"{name}.json"), rules, extractor, gazetteer)
            typer.echo(format_report(f"== {name} ==", report))
            if details:
                typer.echo(format_details(report))
            low += [f"{name} {row}" for row, s in report.scores.items()
                    if min(s.precision, s.recall) < minimum]
        sentences = gold / "general_quantities.jsonl"
        if sentences.exists():
            score = value_unit_score(read_quantity_sentences(sentences), extractor)
            typer.echo(f"== general-news quantities ==\nvalue+unit P {score.precision:.3f} "
                       f"R {score.recall:.3f} F1 {score.f1:.3f} ({score.tp} of "
                       f"{score.tp + score.fn} gold, {score.fp} extra)")
            if score.f1 < minimum:
                low.append("general-news value+unit F1")
    except InputError as err:
        _fail(str(err), 2)
    if low:
        _fail(f"below --min {minimum}: {', '.join(low)}", 1)


# --- analyst features: backtest and the demo trend chart ------------------------------------
@app.command()
def backtest(
    rule: Annotated[str, typer.Argument(help="A watch, e.g. 'North Korea troops >= 10000'.")],
    since: Annotated[str, typer.Option("--since", help="How far back: 30d, 12h, 90m.")] = "30d",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per alert.")] = False,
    config: ConfigOption = None,
) -> None:
    """Run a watch over stored articles and show what it would have alerted on."""
    import json
    from datetime import UTC, datetime

    from bot.backtest import run_backtest
    from bot.errors import RuleError
    from bot.nlp.gazetteer import default_gazetteer
    from bot.rules import parse_rule
    from bot.store.repository import Store
    from handlers.commands import parse_duration

    settings = _settings(config)
    period = parse_duration(since)
    if period is None:
        _fail(texts.CLI_BAD_SINCE.format(value=since), 2)
    gazetteer = default_gazetteer()
    try:
        parsed = parse_rule(rule, gazetteer)
    except RuleError as err:
        _fail(texts.rule_error(str(err), err.expected, err.example), 2)
    start = datetime.now(UTC) - period

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            result = await run_backtest(store, parsed, gazetteer, since=start)
        finally:
            await store.close()
        if as_json:
            for hit in result.hits:
                a = hit.alert
                typer.echo(json.dumps({
                    "rule": rule, "article_id": hit.article_id, "headline": a.headline,
                    "quote": a.quote, "claimant": a.claimant, "outlet": a.outlet,
                    "published": a.published.isoformat() if a.published else None,
                    "link": a.link,
                }, ensure_ascii=False))
            return
        if result.articles == 0:
            typer.echo(texts.CLI_BACKTEST_EMPTY.format(rule=rule, since=f"{start:%Y-%m-%d}"))
            return
        day = "%Y-%m-%d"
        typer.echo(texts.CLI_BACKTEST_HEAD.format(
            rule=rule, count=result.count, s="" if result.count == 1 else "s",
            articles=result.articles,
            first=result.first.strftime(day) if result.first else texts.BACKTEST_UNDATED,
            last=result.last.strftime(day) if result.last else texts.BACKTEST_UNDATED))
        for hit in result.hits:
            a = hit.alert
            when = a.published.strftime(day) if a.published else texts.BACKTEST_UNDATED
            typer.echo(f"{when}\t{a.headline}\t{a.link}")

    _run(go())


@app.command("trend-demo")
def trend_demo(
    out: Annotated[Path, typer.Argument(help="Where to write the PNG.")] = Path(
        "docs/trend-demo.png"),
    config: ConfigOption = None,
) -> None:
    """Draw the README's trend chart from the bundled demo data."""
    from bot.trenddemo import demo_trend

    settings = _settings(config)
    configure_logging(quiet=True)
    chart = _run(demo_trend(settings))
    if chart.png is None:
        _fail(chart.text, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(chart.png)
    typer.echo(f"{out}: {chart.text}")


@feeds_app.command("import")
def feeds_import(path: Annotated[Path, typer.Argument(help="An OPML subscription list.")],
                 config: ConfigOption = None) -> None:
    """Add every feed an OPML file lists (operator feeds, read for every chat)."""
    from bot.errors import FeedParseError
    from bot.opml import parse_opml
    from bot.store.repository import Store

    settings = _settings(config)
    try:
        body = path.read_bytes()
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}", 2)
    try:
        entries = parse_opml(body, source=str(path))
    except FeedParseError as exc:
        _fail(f"{path}: {exc.reason}", 2)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        added = existing = 0
        try:
            for entry in entries:
                _, created = await store.add_feed(entry.url, title=entry.title)
                added, existing = added + created, existing + (not created)
        finally:
            await store.close()
        typer.echo(texts.CLI_OPML_IMPORTED.format(added=added, existing=existing))

    _run(go())


@feeds_app.command("export")
def feeds_export(config: ConfigOption = None) -> None:
    """Write every enabled feed as an OPML list to standard output."""
    from bot.opml import OpmlFeed, export_opml
    from bot.store.repository import Store

    settings = _settings(config)

    async def go() -> bytes:
        store = await Store.open(settings.database_url)
        try:
            feeds = [f for f in await store.list_feeds() if f.enabled]
        finally:
            await store.close()
        return export_opml(OpmlFeed(f.url, f.title) for f in feeds)

    sys.stdout.buffer.write(_run(go()))
    sys.stdout.flush()


# --- scale-out roles (Celery + Redis + PostgreSQL); `tripwire run` stays the all-in-one ---


@app.command()
def scheduler(config: ConfigOption = None) -> None:
    """Queue due feeds for the workers; one active, elected on PostgreSQL, others stand by."""
    from handlers.wiring import run_scheduler

    settings = _settings(config)
    configure_logging(quiet=False)
    _run(run_scheduler(settings))


@app.command()
def worker(config: ConfigOption = None,
           loglevel: Annotated[str, typer.Option(help="Celery's log level.")] = "INFO") -> None:
    """A Celery worker: fetch feeds, extract and match; run one per CPU core."""
    from handlers.wiring import run_worker

    settings = _settings(config)
    configure_logging(quiet=False)
    try:
        run_worker(settings, loglevel=loglevel)
    except TripwireError as err:
        _fail(str(err), 1)


@app.command()
def sender(config: ConfigOption = None) -> None:
    """Deliver the outbox; one active per bot token, elected on PostgreSQL."""
    from handlers.wiring import run_sender

    settings = _settings(config)
    configure_logging(quiet=False)
    _run(run_sender(settings))


@app.command()
def chat(config: ConfigOption = None) -> None:
    """The Telegram and Slack listeners alone: commands in, replies out."""
    from handlers.wiring import run_chat

    settings = _settings(config)
    configure_logging(quiet=False)
    _run(run_chat(settings))
