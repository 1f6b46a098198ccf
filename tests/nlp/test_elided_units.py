"""A bare number opening a second clause with a participle counts what the clause before
counted."""

from __future__ import annotations

from bot.nlp import Extractor


def _found(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_an_elided_noun(extractor: Extractor) -> None:
    found = _found(extractor, "About 600 shops were looted and 45 burned.")
    assert found == [(600, "shop"), (45, "shop")]


def test_a_participle_before_a_noun_is_no_elision(extractor: Extractor) -> None:
    found = _found(extractor, "Crews cleared 300 roads and 20 damaged bridges.")
    assert found == [(300, "road"), (20, "bridge")]


def test_an_amount_of_money_is_never_carried(extractor: Extractor) -> None:
    found = _found(extractor, "The club spent $40 million and 3 signed last week.")
    assert found == [(40e6, "dollar")]
