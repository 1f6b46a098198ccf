"""What a watch would have caught: one rule run over stored articles and their stored facts.

The facts are those extracted when each article was stored, so a backtest costs a database
read and a rule-index pass, never a second spaCy run, and it sees exactly what the live
service saw. Like the outbox, it counts a story once however many outlets carried it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot import texts
from bot.alerts import attribution, render
from bot.matching import Matcher
from bot.models import Alert, Facts, Rule
from bot.nlp.gazetteer import Gazetteer
from bot.store.records import StoredArticle
from bot.store.repository import Store

SHOWN = 5
_MAX_SHOWN_QUOTE = 200


@dataclass(frozen=True, slots=True)
class BacktestHit:
    article_id: int
    alert: Alert


@dataclass(frozen=True, slots=True)
class BacktestResult:
    """`first`/`last`: the earliest and latest publication dates among the articles scanned
    (None when none was dated)."""

    rule: Rule
    articles: int
    first: datetime | None
    last: datetime | None
    hits: tuple[BacktestHit, ...]

    @property
    def count(self) -> int:
        return len(self.hits)


def backtest(rule: Rule, items: Iterable[tuple[StoredArticle, Facts]],
             gazetteer: Gazetteer) -> BacktestResult:
    """Run `rule` over `items` (oldest first) and keep the alerts it would have sent."""
    matcher = Matcher([rule], gazetteer)
    stories: set[str] = set()
    hits: list[BacktestHit] = []
    dates: list[datetime] = []
    scanned = 0
    for stored, facts in items:
        scanned += 1
        if stored.article.published is not None:
            dates.append(stored.article.published)
        matches = matcher.match(stored.article, facts)
        if not matches or stored.story_key in stories:
            continue
        stories.add(stored.story_key)
        hits.append(BacktestHit(stored.id, render(matches[0])))
    return BacktestResult(rule, scanned, min(dates, default=None), max(dates, default=None),
                          tuple(hits))


async def run_backtest(store: Store, rule: Rule, gazetteer: Gazetteer, *, since: datetime,
                       until: datetime | None = None) -> BacktestResult:
    items = await store.articles_with_facts(since, until=until)
    return backtest(rule, items, gazetteer)


def _day(when: datetime | None) -> str:
    return when.strftime("%Y-%m-%d") if when is not None else texts.BACKTEST_UNDATED


def _short(quote: str) -> str:
    if len(quote) <= _MAX_SHOWN_QUOTE:
        return quote
    return quote[: _MAX_SHOWN_QUOTE - 1].rsplit(" ", 1)[0] + "…"


def report_text(result: BacktestResult, *, number: int, shown: int = SHOWN) -> str:
    """The chat answer: the range covered, the count and the first few alerts."""
    lines = [
        texts.BACKTEST_HEAD.format(
            number=number, rule=result.rule.text, articles=result.articles,
            s="" if result.articles == 1 else "s", first=_day(result.first),
            last=_day(result.last),
        )
    ]
    if not result.hits:
        lines.append(texts.BACKTEST_NONE)
        return "\n".join(lines)
    lines.append(texts.BACKTEST_COUNT.format(count=result.count,
                                             s="" if result.count == 1 else "s"))
    for hit in result.hits[:shown]:
        alert = hit.alert
        lines.append(texts.BACKTEST_ALERT.format(
            date=_day(alert.published), headline=alert.headline, quote=_short(alert.quote),
            per=attribution(alert), link=alert.link,
        ))
    if result.count > shown:
        lines.append(texts.BACKTEST_MORE.format(count=result.count - shown))
    return "\n".join(lines)
