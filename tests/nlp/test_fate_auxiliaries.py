"""A time adverb inside the verb group before a fate ("had so far been killed") still lets
the count read as casualties (`bot.nlp.fate_auxiliaries`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_so_far_between_auxiliaries_counts_casualties(extractor: Extractor) -> None:
    text = "Officials said 150 Chadian soldiers had so far been killed or wounded in the raids."
    (q,) = extractor.extract(text).quantities
    assert q.value == 150 and q.measure == "casualty"


def test_now_after_have_counts_casualties(extractor: Extractor) -> None:
    text = "Officials said 150 Chadian soldiers have now died in the raids."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_so_far_before_a_sending_stays_troops(extractor: Extractor) -> None:
    text = "Officials said 150 Chadian soldiers had so far been sent to the border."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"
