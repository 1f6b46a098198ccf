"""A rate set off after a count counts what the count counted (`bot.nlp.rate_appositives`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_rate_a_night_borrows_the_counts_noun_and_side(extractor: Extractor) -> None:
    facts = extractor.extract("Iran fired more than 3,000 missiles at Israel, about 40 a night.")
    rate = next(q for q in facts.quantities if q.value == 40)
    assert (rate.measure, rate.actor, rate.qualifier) == ("missile", "Iran", "about")


def test_a_rate_with_its_own_noun_keeps_it(extractor: Extractor) -> None:
    facts = extractor.extract("Iran fired over 3,000 missiles at Israel, about 40 drones a day.")
    rate = next(q for q in facts.quantities if q.value == 40)
    assert rate.measure == "drone"


def test_a_rate_not_set_off_by_a_comma_is_no_restatement(extractor: Extractor) -> None:
    facts = extractor.extract("Iran fired more than 3,000 missiles and 40 a day at Israel.")
    assert all(q.measure != "missile" or q.value != 40 for q in facts.quantities)
