"""Every trap of the tuning split of the gold set, one test each: a behaviour an analyst
relies on (a dismissed figure, a Duma vote reported as "ratified", "the North" in a weather
report...). The other splits are scored by `tripwire eval`, never asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.evaluation import GoldArticle, check_trap, gold_splits, load_gold
from bot.models import Facts
from bot.nlp import Extractor

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
TUNE = load_gold(GOLD / "tune.json")
CASES = [
    pytest.param(article, trap, id=f"{article.id}-{n}-{trap['kind']}")
    for article in TUNE
    for n, trap in enumerate(article.traps)
]
_FACTS: dict[str, Facts] = {}


def facts_of(extractor: Extractor, article: GoldArticle) -> Facts:
    if article.id not in _FACTS:
        _FACTS[article.id] = extractor.extract(article.text, title=article.title)
    return _FACTS[article.id]


def test_gold_set_is_big_enough() -> None:
    names = gold_splits(GOLD)
    assert names[:4] == ["tune", "heldout", "fresh", "fresh2"] and len(names) >= 26
    splits = [load_gold(GOLD / f"{name}.json") for name in names]
    everything = [a for split in splits for a in split]
    assert len(everything) >= 100
    assert {a.style for a in everything} == {"wire", "regional", "agency"}
    # An article in two splits would be scored twice and tune the held-out numbers.
    assert len({a.id for a in everything}) == len(everything)


@pytest.mark.parametrize(("article", "trap"), CASES)
def test_trap(extractor: Extractor, article: GoldArticle, trap: dict[str, object]) -> None:
    facts = facts_of(extractor, article)
    assert check_trap(trap, facts), json.dumps(trap)
