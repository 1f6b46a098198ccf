"""`tripwire …`: the composition root. Settings are read here and nowhere else.

Exit status: 0 success, 1 a runtime failure (database, network), 2 bad input (a rule, a
JSON line, an argument), always with a message naming what was wrong and never a traceback.
The feed, database and scaled-out role commands live in bot/cli_feeds.py and bot/cli_roles.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from bot import texts
from bot.cli_common import ConfigOption, app, fail, open_input, run_async, settings_for
from bot.errors import InputError
from bot.logs import configure_logging

__all__ = ["app"]


@app.command()
def demo(config: ConfigOption = None) -> None:
    """Run the whole flow on embedded defaults: bundled feed, SQLite, console chat."""
    from bot.demo import run_demo

    settings = settings_for(config)
    configure_logging(quiet=True)
    run_async(run_demo(settings, sys.stdout))


@app.command()
def run(config: ConfigOption = None) -> None:
    """Run the service: scheduler and every chat adapter whose token is set."""
    from handlers.wiring import run_service

    settings = settings_for(config)
    configure_logging(quiet=False)
    run_async(run_service(settings))


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

    settings = settings_for(config)
    configure_logging(quiet=True)
    stream = open_input(file)
    try:
        items = read_articles(stream)
    except InputError as err:
        fail(f"{file}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
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

    settings = settings_for(config)
    configure_logging(quiet=True)
    gazetteer = default_gazetteer()
    with open_input(str(rules)) as rule_stream:
        try:
            parsed = read_rules(rule_stream, gazetteer, path=str(rules))
        except InputError as err:
            fail(f"{rules}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
    stream = open_input(articles)
    try:
        items = read_articles(stream)
    except InputError as err:
        fail(f"{articles}:{err.line}: {str(err).split(': ', 1)[1]}", 2)
    extractor = Extractor(gazetteer, model=settings.spacy_model)
    # The bar goes to stderr so stdout stays pure JSON Lines.
    show = len(items) >= 50 and sys.stderr.isatty()
    with Progress(console=Console(stderr=True), disable=not show, transient=True) as bar:
        task = bar.add_task("scanning", total=len(items))
        run_scan(items, parsed, extractor, gazetteer, sys.stdout,
                 progress=lambda n: bar.advance(task, n))


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of the gold set.")] = Path(
        "tests/fixtures/eval"
    ),
    split: Annotated[
        str,
        typer.Option("--split", help="tune, heldout, fresh, fresh2 ... (each freshN.json) or all."),
    ] = "all",
    minimum: Annotated[
        float, typer.Option("--min", help="Exit 1 when any precision or recall is below this.")
    ] = 0.0,
    details: Annotated[bool, typer.Option("--details", help="List every miss.")] = False,
    config: ConfigOption = None,
) -> None:
    """Score extraction against the gold set: P/R per fact type and for alerts."""
    from bot.batch import read_rules
    from bot.evaluation import evaluate as run_eval
    from bot.evaluation import format_details, format_report, gold_splits, load_gold
    from bot.evaluation_general import read_quantity_sentences, value_unit_report
    from bot.nlp import Extractor
    from bot.nlp.gazetteer import default_gazetteer

    settings = settings_for(config)
    configure_logging(quiet=True)
    every = gold_splits(gold)
    splits = every if split == "all" else [split] if split in every else None
    if splits is None:
        fail(f"--split is {split!r}; expected one of {', '.join(every)} or all", 2)
    gazetteer = default_gazetteer()
    extractor = Extractor(gazetteer, model=settings.spacy_model)
    low: list[str] = []
    try:
        with open_input(str(gold / "rules.txt")) as stream:
            rules = read_rules(stream, gazetteer)
        for name in splits:
            report = run_eval(load_gold(gold / f"{name}.json"), rules, extractor, gazetteer)
            typer.echo(format_report(f"== {name} ==", report))
            if details:
                typer.echo(format_details(report))
            low += [f"{name} {row}" for row, s in report.scores.items()
                    if min(s.precision, s.recall) < minimum]
        # The general sentences written with each fresh split sit beside it.
        for name in ("", *(n for n in every if n.startswith("fresh"))):
            label = f" ({name})" if name else ""
            sentences = gold / (f"general_{name}.jsonl" if name else "general_quantities.jsonl")
            if not sentences.exists():
                continue
            general = value_unit_report(read_quantity_sentences(sentences), extractor)
            score = general.score
            typer.echo(f"== general-news quantities{label} ==\nvalue+unit P {score.precision:.3f} "
                       f"R {score.recall:.3f} F1 {score.f1:.3f} ({score.tp} of "
                       f"{score.tp + score.fn} gold, {score.fp} extra)")
            if details and general.misses:
                typer.echo("\n".join(general.misses))
            if score.f1 < minimum:
                low.append(f"general-news{label} value+unit F1")
    except InputError as err:
        fail(str(err), 2)
    if low:
        fail(f"below --min {minimum}: {', '.join(low)}", 1)


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

    settings = settings_for(config)
    period = parse_duration(since)
    if period is None:
        fail(texts.CLI_BAD_SINCE.format(value=since), 2)
    gazetteer = default_gazetteer()
    try:
        parsed = parse_rule(rule, gazetteer)
    except RuleError as err:
        fail(texts.rule_error(str(err), err.expected, err.example), 2)
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

    run_async(go())


@app.command("trend-demo")
def trend_demo(
    out: Annotated[Path, typer.Argument(help="Where to write the PNG.")] = Path(
        "docs/trend-demo.png"),
    config: ConfigOption = None,
) -> None:
    """Draw the README's trend chart from the bundled demo data."""
    from bot.trenddemo import demo_trend

    settings = settings_for(config)
    configure_logging(quiet=True)
    chart = run_async(demo_trend(settings))
    if chart.png is None:
        fail(chart.text, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(chart.png)
    typer.echo(f"{out}: {chart.text}")


# Registered last so `tripwire --help` lists the everyday commands first.
from bot import cli_feeds, cli_roles  # noqa: E402

__all__ += ["cli_feeds", "cli_roles"]
