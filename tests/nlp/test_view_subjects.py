"""'X counts far more losses. It says ...': the source opening with its own view is whom the
next sentence's "it" means."""

from __future__ import annotations

from bot.nlp import Extractor


def test_it_after_a_source_that_counts_more_is_that_source(extractor: Extractor) -> None:
    text = (
        "A senator said the ministry had spent about $2 billion on the programme. "
        "Lithuania's defence ministry counts far more Belarusian troops. It says about "
        "4,000 are now stationed near the border."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 4000)
    assert q.claimant is not None and "Lithuania" in q.claimant.entities


def test_it_after_a_subject_that_acts_keeps_the_last_speaker(extractor: Extractor) -> None:
    text = (
        "A senator said the ministry had spent about $2 billion on the programme. "
        "Lithuania's defence ministry sends more troops north. It says about "
        "4,000 are now stationed near the border."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 4000)
    assert q.claimant is None or "Lithuania" not in q.claimant.entities
