"""Backtests over a stored set of articles whose answers are known: hand-built facts (no spaCy),
stored as the service stores them, then run through the pure core, the command core and the
CLI."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.backtest import backtest, report_text, run_backtest
from bot.cli import app
from bot.models import Article, Claimant, Facts, Modality, Quantity
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.rules import parse_rule
from bot.store import Store
from bot.store.records import StoredArticle
from handlers.commands import ChatRef, Command, CommandCore

NOW = datetime(2024, 11, 10, 12, 0, tzinfo=UTC)
WATCH = "North Korea troops >= 10000"


def day(month: int, d: int) -> datetime:
    return datetime(2024, month, d, 9, 0, tzinfo=UTC)


def troops(value: float | None, who: str | None, *, value_max: float | None = None,
           actor: str = "North Korea", modality: Modality = Modality.REPORTED,
           whole_force: bool = False) -> tuple[str, Quantity]:
    figure = "thousands" if value is None else f"{value:,.0f}"
    sentence = f"{actor} has sent {figure} troops to Russia, {who or 'officials'} said."
    return sentence, Quantity(
        value=value, value_max=value_max, unit="troops", measure="troop", category="troop",
        qualifier=None, actor=actor,
        claimant=Claimant(who, (who.removeprefix("the "),)) if who else None,
        sentence=sentence, start=0, end=len(sentence), modality=modality,
        whole_force=whole_force,
    )


# (key, published, story, figure): what the watch must say about each is in EXPECTED.
CORPUS = [
    ("old", day(9, 1), "s-old", troops(20000, "the GUR")),  # before the window
    ("nis", day(10, 18), "s-nis", troops(3000, "the NIS")),  # below the threshold
    ("gur", day(10, 24), "s-gur", troops(12000, "the GUR")),  # an alert
    ("gur-copy", day(10, 25), "s-gur", troops(12000, "the GUR")),  # same story, once
    ("vague", day(10, 28), "s-vague", troops(None, "the Pentagon")),  # no number
    ("plan", day(11, 2), "s-plan", troops(15000, "the GUR", modality=Modality.PLANNED)),
    ("army", day(11, 3), "s-army", troops(1200000, None, whole_force=True)),
    ("russia", day(11, 4), "s-russia", troops(50000, "the GUR", actor="Russia")),
    ("range", day(11, 5), "s-range", troops(8000, "the Pentagon", value_max=12000)),
]
EXPECTED_HITS = ["gur", "range"]


async def store_corpus(store: Store) -> dict[str, int]:
    ids: dict[str, int] = {}
    for key, published, story, (sentence, q) in CORPUS:
        article = Article(key, f"https://wire.example/{key}", f"title {key}", sentence,
                          published, "Wire")
        [stored] = await store.add_articles(None, [article], story_keys=[story])
        await store.save_facts(stored.id, Facts(quantities=(q,)), published)
        ids[key] = stored.id
    return ids


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


async def test_backtest_finds_exactly_the_known_answers(store: Store,
                                                        gazetteer: Gazetteer) -> None:
    ids = await store_corpus(store)
    rule = parse_rule(WATCH, gazetteer)
    result = await run_backtest(store, rule, gazetteer, since=NOW - timedelta(days=30))
    assert [h.article_id for h in result.hits] == [ids[k] for k in EXPECTED_HITS]
    assert result.count == 2
    assert result.articles == len(CORPUS) - 1
    assert (result.first, result.last) == (day(10, 18), day(11, 5))
    first = result.hits[0].alert
    assert first.headline == "North Korea · troops · 12,000"
    assert first.claimant == "the GUR"
    assert first.link == "https://wire.example/gur"
    everything = await run_backtest(store, rule, gazetteer, since=day(1, 1))
    assert everything.count == 3 and everything.first == day(9, 1)


async def test_by_and_any_actor_rules_over_the_same_corpus(store: Store,
                                                           gazetteer: Gazetteer) -> None:
    ids = await store_corpus(store)
    since = day(10, 1)
    by_pentagon = await run_backtest(store, parse_rule("North Korea troops by Pentagon",
                                                       gazetteer), gazetteer, since=since)
    assert [h.article_id for h in by_pentagon.hits] == [ids["vague"], ids["range"]]
    anyone = await run_backtest(store, parse_rule("troops > 40000", gazetteer), gazetteer,
                                since=since)
    assert [h.article_id for h in anyone.hits] == [ids["russia"]]


def test_report_text_shows_range_count_and_the_first_few(gazetteer: Gazetteer) -> None:
    rule = parse_rule("troops >= 1", gazetteer)
    items = []
    for n in range(7):
        sentence, q = troops(1000 + n, "the GUR")
        article = Article(f"a{n}", f"https://wire.example/{n}", "t", sentence, day(10, n + 1))
        items.append((StoredArticle(n, None, f"s{n}", article), Facts(quantities=(q,))))
    result = backtest(rule, items, gazetteer)
    text = report_text(result, number=3, shown=2)
    lines = text.splitlines()
    assert lines[0] == ("Backtest of watch #3 (troops >= 1) over 7 stored articles "
                        "from 2024-10-01 to 2024-10-07:")
    assert lines[1] == "It would have sent 7 alerts."
    assert lines[2] == "• 2024-10-01 · North Korea · troops · 1,000"
    assert lines[-1] == "…and 5 more."
    none = report_text(backtest(parse_rule("tanks > 5", gazetteer), items, gazetteer),
                       number=1)
    assert "would have sent no alert" in none


async def test_backtest_command(store: Store, gazetteer: Gazetteer) -> None:
    await store_corpus(store)
    core = CommandCore(store, gazetteer, clock=lambda: NOW)
    chat = ChatRef("console", "desk")

    async def say(name: str, args: str = "") -> tuple[bool, str]:
        reply = await core.handle(Command(chat, "u1", name, args))
        return reply.ok, reply.text

    await say("watch", WATCH)
    await say("watch", "North Korea")
    ok, text = await say("backtest", "1")
    assert ok and "It would have sent 2 alerts." in text
    assert "from 2024-10-18 to 2024-11-05" in text
    assert "North Korea · troops · 8,000–12,000" in text
    ok, text = await say("backtest", "1 3d")
    assert ok and text == ("There are no stored articles from the last 3d to test watch #1 "
                           "on.")
    ok, text = await say("backtest", "2 365d")  # facts hold no mentions: nothing to catch
    assert ok and "would have sent no alert" in text and "9 stored articles" in text
    assert not (await say("backtest", ""))[0]
    assert not (await say("backtest", "1 forever"))[0]
    ok, text = await say("backtest", "9")
    assert not ok and "no watch #9" in text


def test_backtest_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      gazetteer: Gazetteer) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bt.db'}"
    now = datetime.now(UTC)

    async def seed() -> None:
        store = await Store.open(url)
        try:
            sentence, q = troops(11000, "the GUR")
            article = Article("cli-1", "https://wire.example/cli-1", "t", sentence,
                              now - timedelta(days=2), "Wire")
            [stored] = await store.add_articles(None, [article])
            await store.save_facts(stored.id, Facts(quantities=(q,)), article.published)
        finally:
            await store.close()

    asyncio.run(seed())
    monkeypatch.setenv("TRIPWIRE_DATABASE_URL", url)
    runner = CliRunner()
    result = runner.invoke(app, ["backtest", WATCH, "--since", "7d"])
    assert result.exit_code == 0, result.output
    head, line = result.output.strip().splitlines()
    assert head.startswith(f"{WATCH}: 1 alert in 1 article from ")
    assert line.endswith("\tNorth Korea · troops · 11,000\thttps://wire.example/cli-1")
    as_json = runner.invoke(app, ["backtest", WATCH, "--json"])
    assert '"article_id": 1' in as_json.output
    bad = runner.invoke(app, ["backtest", WATCH, "--since", "a while"])
    assert bad.exit_code == 2 and "--since expects" in bad.output
    bad_rule = runner.invoke(app, ["backtest", "North Korea troops 10000"])
    assert bad_rule.exit_code == 2 and "Expected a comparison" in bad_rule.output
