"""A possessive organ the gazetteer does not know speaks for the country it points to."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_general_staff_speaks_for_the_country_before(extractor: Extractor) -> None:
    text = (
        "Ukraine gives a bigger number. Its General Staff said Russian losses were more "
        "than 52,000."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 52000]
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_its_critics_are_no_organ_of_the_state(extractor: Extractor) -> None:
    text = "Ukraine gives a bigger number. Its critics said Russian losses were more than 52,000."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 52000]
    assert q.claimant is None or "Ukraine" not in q.claimant.entities
