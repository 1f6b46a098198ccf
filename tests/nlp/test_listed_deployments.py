"""A list of counts stationed abroad is no army's size (`bot.nlp.listed_deployments`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_listed_counts_in_a_country_are_a_deployment(extractor: Extractor) -> None:
    text = "Iran has about 3,000 fighters and some 500 advisers in Syria, the monitor said."
    found = {q.value: q.whole_force for q in extractor.extract(text).quantities}
    assert found[3000] is False


def test_listed_counts_with_no_place_stay_the_army(extractor: Extractor) -> None:
    text = "Estonia has 7,000 soldiers and 38,000 reservists."
    found = {q.value: q.whole_force for q in extractor.extract(text).quantities}
    assert found[7000] is True
