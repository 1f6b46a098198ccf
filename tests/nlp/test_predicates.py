"""Counts given as the predicate of what they count."""

from __future__ import annotations

from bot.nlp import Extractor


def test_casualties_were_a_number(extractor: Extractor) -> None:
    text = "A NATO official said Russian casualties were about 2,300 in the week."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (2300, "casualty", "about")
    assert q.actor == "Russia"


def test_a_predicate_of_things_is_not_read(extractor: Extractor) -> None:
    assert not extractor.extract("The odds were 100 to one.").quantities


def test_a_quoted_predicate_after_an_adverb(extractor: Extractor) -> None:
    text = 'An official said that total casualties now stood at "almost 2,000".'
    (q,) = extractor.extract(text).quantities
    assert q.value == 2000 and q.measure == "casualty"
