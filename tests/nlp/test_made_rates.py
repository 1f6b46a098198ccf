"""A rate of output whose goods were named before (`bot.nlp.made_rates`)."""

from __future__ import annotations

from bot.nlp import Extractor

_ASKED = "Q: Is Iran still building Shahed-type drones?\nA: Yes, with foreign help. "


def test_a_bare_rate_counts_the_goods_made_before(extractor: Extractor) -> None:
    text = _ASKED + "That is small next to Russia, which produces roughly 2,500 a month."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert (q.measure, q.actor, q.qualifier) == ("drone", "Russia", "roughly")


def test_a_bare_number_made_with_no_rate_is_no_output(extractor: Extractor) -> None:
    # "produces roughly 2,500": no rate, so no count of goods the talk names.
    text = _ASKED + "That is small next to Russia, which produces roughly 2,500 in all."
    assert not [q for q in extractor.extract(text).quantities if q.measure == "drone"]


def test_a_rate_after_making_people_ready_is_no_goods(extractor: Extractor) -> None:
    text = (
        "Q: Is Iran still training new soldiers?\nA: Yes. That is small next to Russia, "
        "which produces roughly 2,500 a month."
    )
    assert not [q for q in extractor.extract(text).quantities if q.value == 2500]
