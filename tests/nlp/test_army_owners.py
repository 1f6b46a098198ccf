"""The owner named before an army noun whose size follows it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_demonym_before_the_contingent_owns_its_size(extractor: Extractor) -> None:
    text = "A diplomat said the Belarusian contingent of about 4,000 had moved north."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (4000, "troop", "Belarus")


def test_a_place_before_the_contingent_owns_nothing(extractor: Extractor) -> None:
    text = "Minsk flew to Kazakhstan a contingent of 900."
    (q,) = extractor.extract(text).quantities
    assert q.actor != "Kazakhstan"
