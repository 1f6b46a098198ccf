"""An organisation that counts the dead is their source, not their side
(`bot.nlp.counting_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_agency_counting_the_dead_is_not_their_side(extractor: Extractor) -> None:
    text = "SEOUL, Jan 2 (Wire) - In March the NIS counted about 450 dead."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (450, "casualty", None)


def test_a_state_counting_its_own_dead_keeps_its_side(extractor: Extractor) -> None:
    text = "KYIV, Jan 2 (Wire) - In March Ukraine counted about 450 dead soldiers."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (450, "Ukraine")
