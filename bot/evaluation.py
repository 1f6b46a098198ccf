"""Scoring the extractor against a hand-checked gold set: precision and recall per fact type
and for alerts, plus value+unit F1 on general-news quantity sentences.

A gold article lists the distinct entities it mentions, every quantity and treaty event in it
(with whose figure it is, who claims it and whether it is done, planned or background) and
traps: single behaviours a test asserts one by one. Gold alerts are what the watch rules yield
on the gold facts under the matcher's semantics (one alert per rule per article), so an alert
error is always an extraction error.

Facts are paired greedily within an article; an attribute row ("quantity+actor") counts a pair
as correct only when the attribute agrees too. Attributes a gold fact leaves out are not
scored, so a gold file can say "no actor" (null) apart from "not judged" (absent).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.evaluation_claims import claimed_by, gold_claimant
from bot.evaluation_misses import GoldFacts, Miss, MissChecks, format_misses, list_misses
from bot.matching import Matcher
from bot.models import (
    Article,
    Event,
    Facts,
    Mention,
    Modality,
    Quantity,
    Rule,
    Stage,
)
from bot.nlp.extractor import Extractor
from bot.nlp.gazetteer import Gazetteer

_CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "won", "rouble", "hryvnia", "rupee", "zloty",
     "franc", "leu", "krone", "krona", "koruna"}
)  # fmt: skip
FACT_ROWS = (
    "mention",
    "quantity",
    "quantity+actor",
    "quantity+claimant",
    "quantity+modality",
    "event",
    "event+claimant",
    "alert",
)
Json = dict[str, Any]


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    style: str
    title: str
    text: str
    mentions: tuple[str, ...]
    quantities: tuple[Json, ...]
    events: tuple[Json, ...]
    traps: tuple[Json, ...]

    @property
    def article(self) -> Article:
        return Article(id=self.id, url="", title=self.title, text=self.text)


@dataclass(slots=True)
class Report:
    """Scores per row of FACT_ROWS, the traps that failed and the alerts that differ."""

    scores: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in FACT_ROWS})
    traps_total: int = 0
    failed_traps: list[tuple[str, Json]] = field(default_factory=list)
    missed_alerts: list[tuple[str, str]] = field(default_factory=list)
    false_alerts: list[tuple[str, str]] = field(default_factory=list)
    fact_misses: list[Miss] = field(default_factory=list)


def load_gold(path: Path) -> list[GoldArticle]:
    """A JSON list of gold articles; raises InputError naming the article that is malformed."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise InputError(f"{path} must hold a JSON list of articles", line=1)
    out: list[GoldArticle] = []
    for number, item in enumerate(raw, 1):
        try:
            out.append(
                GoldArticle(
                    id=str(item["id"]),
                    style=str(item.get("style", "")),
                    title=str(item.get("title", "")),
                    text=str(item["text"]),
                    mentions=tuple(item.get("mentions", ())),
                    quantities=tuple(item.get("quantities", ())),
                    events=tuple(item.get("events", ())),
                    traps=tuple(item.get("traps", ())),
                )
            )
        except (KeyError, TypeError) as err:
            raise InputError(f"{path}: article {number} lacks {err}", line=number) from err
    return out


# -- pairing ----------------------------------------------------------------------------------
def gold_splits(folder: Path) -> list[str]:
    """The splits of a gold folder in the order they were written: tune, heldout, then every
    fresh split by its number, so a new split is scored as soon as its file lands."""
    numbers = {p.stem: int(p.stem[5:] or 1) for p in folder.glob("fresh*.json")
               if p.stem[5:].isdigit() or p.stem == "fresh"}  # fmt: skip
    first = [name for name in ("tune", "heldout") if (folder / f"{name}.json").exists()]
    return first + sorted(numbers, key=numbers.__getitem__)


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _pair(
    gold: Sequence[Json], predicted: Sequence[Any], same: Callable[[Json, Any], bool]
) -> Score:
    left = list(predicted)
    tp = 0
    for g in gold:
        for k, p in enumerate(left):
            if same(g, p):
                tp += 1
                del left[k]
                break
    return Score(tp=tp, fp=len(left), fn=len(gold) - tp)


def _quantity_base(g: Json, q: Quantity) -> bool:
    return (
        same_number(g.get("v"), q.value)
        and same_number(g.get("max"), q.value_max)
        and g["m"] == q.measure
    )


def _quantity_modality(g: Json, q: Quantity) -> bool:
    return g.get("mod", "reported") == q.modality.value and bool(g.get("whole")) == q.whole_force


def _quantity_rows(gold: Sequence[Json], predicted: Sequence[Quantity]) -> dict[str, Score]:
    def attr(check: Callable[[Json, Quantity], bool]) -> Callable[[Json, Quantity], bool]:
        return lambda g, q: _quantity_base(g, q) and check(g, q)

    return {
        "quantity": _pair(gold, predicted, _quantity_base),
        "quantity+actor": _pair(
            gold, predicted, attr(lambda g, q: "actor" not in g or g["actor"] == q.actor)
        ),
        "quantity+claimant": _pair(
            gold, predicted, attr(lambda g, q: "by" not in g or claimed_by(g, q.claimant))
        ),
        "quantity+modality": _pair(gold, predicted, attr(_quantity_modality)),
    }


def _event_base(g: Json, e: Event) -> bool:
    modality = g.get("mod", "reported")
    if g["stage"] != e.stage.value or modality != e.modality.value:
        return False
    # Only news steps fire alerts, so only theirs must name the parties exactly.
    return modality != "reported" or set(g.get("parties", ())) == set(e.parties)


def _event_rows(gold: Sequence[Json], predicted: Sequence[Event]) -> dict[str, Score]:
    return {
        "event": _pair(gold, predicted, _event_base),
        "event+claimant": _pair(
            gold,
            predicted,
            lambda g, e: _event_base(g, e) and ("by" not in g or claimed_by(g, e.claimant)),
        ),
    }


def _mention_row(gold: Sequence[str], facts: Facts) -> Score:
    found = facts.entities()
    wanted = set(gold)
    return Score(tp=len(found & wanted), fp=len(found - wanted), fn=len(wanted - found))


# -- gold facts as the matcher sees them ------------------------------------------------------
def _category(g: Json) -> str:
    measure = str(g["m"])
    if measure in _CURRENCIES:
        return "deal" if g.get("deal") else "money"
    return measure


def gold_facts(article: GoldArticle, gazetteer: Gazetteer) -> Facts:
    """The gold facts of an article as extractor output, for deriving gold alerts."""
    mentions = tuple(Mention(name, name, 0, 0) for name in article.mentions)
    quantities = tuple(
        Quantity(
            value=g.get("v"),
            value_max=g.get("max"),
            unit=str(g["m"]),
            measure=str(g["m"]),
            category=_category(g),
            qualifier=g.get("q"),
            actor=g.get("actor"),
            claimant=gold_claimant(g, gazetteer),
            sentence=article.text,
            start=0,
            end=0,
            modality=Modality(g.get("mod", "reported")),
            whole_force=bool(g.get("whole")),
        )
        for g in article.quantities
    )
    events = tuple(
        Event(
            type="treaty",
            stage=Stage(g["stage"]),
            parties=tuple(g.get("parties", ())),
            date=None,
            claimant=gold_claimant(g, gazetteer),
            sentence=article.text,
            start=0,
            end=0,
            modality=Modality(g.get("mod", "reported")),
        )
        for g in article.events
    )
    return Facts(mentions, quantities, events)


def _alerts(matcher: Matcher, article: Article, facts: Facts) -> set[str]:
    return {m.rule.text for m in matcher.match(article, facts)}


# -- traps ------------------------------------------------------------------------------------
def _figure_trap(trap: Json, q: Quantity) -> bool:
    if not same_number(trap.get("v"), q.value):
        return False
    checks: list[bool] = [
        "m" not in trap or trap["m"] == q.measure,
        "actor" not in trap or trap["actor"] == q.actor,
        "by" not in trap or claimed_by(trap, q.claimant),
        "q" not in trap or trap["q"] == q.qualifier,
        "mod" not in trap or trap["mod"] == q.modality.value,
        "whole" not in trap or trap["whole"] == q.whole_force,
    ]
    return all(checks)


def check_trap(trap: Json, facts: Facts) -> bool:
    """Whether the facts of one article pass one trap."""
    kind = trap["kind"]
    if kind == "mention":
        return trap["entity"] in facts.entities()
    if kind == "no_mention":
        return trap["entity"] not in facts.entities()
    if kind == "figure":
        return any(_figure_trap(trap, q) for q in facts.quantities)
    if kind == "no_figure":
        return not any(same_number(trap["v"], q.value) for q in facts.quantities)
    reported = [e for e in facts.events if e.modality is Modality.REPORTED]
    if kind == "event":
        return any(
            e.stage.value == trap["stage"]
            and ("parties" not in trap or set(trap["parties"]) == set(e.parties))
            for e in reported
        )
    if kind == "no_event":
        return not any("stage" not in trap or e.stage.value == trap["stage"] for e in reported)
    raise InputError(f"unknown trap kind {kind!r}", line=1)


# -- fact-level misses ------------------------------------------------------------------------
def _quantity_exact(g: Json, q: Quantity) -> bool:
    return (
        _quantity_base(g, q)
        and _quantity_modality(g, q)
        and ("actor" not in g or g["actor"] == q.actor)
        and ("by" not in g or claimed_by(g, q.claimant))
    )


def _event_exact(g: Json, e: Event) -> bool:
    return _event_base(g, e) and ("by" not in g or claimed_by(g, e.claimant))


_CHECKS = MissChecks(
    quantity=_quantity_exact,
    quantity_base=_quantity_base,
    event=_event_exact,
    event_base=lambda g, e: bool(g["stage"] == e.stage.value),
)


# -- running ----------------------------------------------------------------------------------
def evaluate(
    articles: Sequence[GoldArticle],
    rules: Iterable[Rule],
    extractor: Extractor,
    gazetteer: Gazetteer,
) -> Report:
    matcher = Matcher(rules, gazetteer)
    report = Report()
    predicted = extractor.extract_many((a.text, a.title or None) for a in articles)
    for gold, facts in zip(articles, predicted, strict=True):
        rows = {
            "mention": _mention_row(gold.mentions, facts),
            **_quantity_rows(gold.quantities, facts.quantities),
            **_event_rows(gold.events, facts.events),
        }
        article = gold.article
        expected = _alerts(matcher, article, gold_facts(gold, gazetteer))
        got = _alerts(matcher, article, facts)
        rows["alert"] = Score(len(expected & got), len(got - expected), len(expected - got))
        report.missed_alerts += [(gold.id, r) for r in sorted(expected - got)]
        report.false_alerts += [(gold.id, r) for r in sorted(got - expected)]
        for name, score in rows.items():
            report.scores[name].add(score)
        told = GoldFacts(gold.id, gold.text, gold.mentions, gold.quantities, gold.events)
        report.fact_misses += list_misses(told, facts, _CHECKS)
        for trap in gold.traps:
            report.traps_total += 1
            if not check_trap(trap, facts):
                report.failed_traps.append((gold.id, trap))
    return report


def format_report(title: str, report: Report) -> str:
    lines = [f"{title}", f"{'':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name in FACT_ROWS:
        s = report.scores[name]
        lines.append(
            f"{name:20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5} {s.fp:5} {s.fn:5}"
        )
    passed = report.traps_total - len(report.failed_traps)
    lines.append(f"traps {passed}/{report.traps_total} passed")
    return "\n".join(lines)


def format_details(report: Report) -> str:
    lines = [f"  missed alert {a}: {r}" for a, r in report.missed_alerts]
    lines += [f"  false alert {a}: {r}" for a, r in report.false_alerts]
    lines += [f"  failed trap {a}: {json.dumps(t)}" for a, t in report.failed_traps]
    lines += format_misses(report.fact_misses)
    return "\n".join(lines)
