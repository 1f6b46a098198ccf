"""A count of a people's name is that people's (`bot.nlp.demonym_units`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_victims_named_by_demonym_are_their_countrys(extractor: Extractor) -> None:
    text = "Kenyan troops had killed or wounded about 300 Somalis since the offensive began."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.actor) == (300, "casualty", "Somalia")


def test_a_noun_of_its_own_keeps_the_clause_side(extractor: Extractor) -> None:
    text = "Kenyan forces have lost about 300 soldiers since the offensive began."
    q = extractor.extract(text).quantities[0]
    assert q.actor == "Kenya"
