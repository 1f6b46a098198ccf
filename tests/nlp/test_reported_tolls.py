"""A bare number opening a source's clause about soldiers' deaths is a casualty count, and
the whole they were sent "out of" counts troops (`bot.nlp.reported_tolls`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _facts(extractor: Extractor, text: str) -> dict[float | None, tuple[str, str | None]]:
    return {q.value: (q.category, q.actor) for q in extractor.extract(text).quantities}


def test_a_bare_toll_after_its_soldiers(extractor: Extractor) -> None:
    text = (
        "Chad has never said how many of its soldiers died. Western officials estimate that "
        "about 300 have been killed out of roughly 2,000 sent to Niger."
    )
    facts = _facts(extractor, text)
    assert facts[300] == ("casualty", "Chad")
    assert facts[2000] == ("troop", "Chad")


def test_no_soldiers_told_no_toll(extractor: Extractor) -> None:
    # Near miss: no soldiers in sight, so "12 have died" counts nobody the bot watches.
    text = "The storm hit the coast on Monday. Officials said that 12 have died."
    assert 12 not in _facts(extractor, text)
