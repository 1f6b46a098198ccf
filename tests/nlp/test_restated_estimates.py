"""A source's estimate told as "put the number <narrowed> at N" counts what the article
counted last (`bot.nlp.implied`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = (
    "Poland's intelligence service says Russia has sent more than 10,000 soldiers to Belarus. "
)


def test_a_place_between_number_and_at_still_restates(extractor: Extractor) -> None:
    text = _BEFORE + (
        "On Friday, Lithuania's defence ministry put the number near Grodno alone at 4,000."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure, last.actor) == (4000, "troop", "Russia")


def test_a_clause_break_between_verb_and_at_is_no_estimate(extractor: Extractor) -> None:
    text = _BEFORE + "Vilnius put out a statement, and the number rose at 4,000 a day."
    assert all(q.value != 4000 or q.measure != "troop" for q in extractor.extract(text).quantities)
