"""A bare total of what a state "had sent", told after a toll, counts soldiers."""

from __future__ import annotations

from bot.nlp import Extractor

_TOLL = "Officials said the Russian contingent has lost about 2,100 men killed and wounded. "


def _last(extractor: Extractor, text: str) -> tuple[float | None, str, str | None]:
    q = extractor.extract(text).quantities[-1]
    return q.value, q.category, q.actor


def test_a_total_of_what_was_sent_after_a_toll_counts_soldiers(extractor: Extractor) -> None:
    text = _TOLL + (
        "Analysts said new units arrived in May, bringing the number Moscow had sent "
        "in total to roughly 9,000."
    )
    assert _last(extractor, text) == (9000.0, "troop", "Russia")


def test_a_total_of_the_casualties_stays_the_tolls(extractor: Extractor) -> None:
    # No sending verb: the total is of the dead and wounded counted before.
    text = _TOLL + "Analysts said fighting grew in May, bringing the number of casualties to 3,000."
    assert _last(extractor, text)[1] == "casualty"
