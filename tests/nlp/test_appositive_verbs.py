"""A reporting word after a comma-enclosed gloss of its named subject is that subject's verb."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_verb_after_a_descriptive_aside_keeps_its_speaker(extractor: Extractor) -> None:
    text = (
        "The NIS, Seoul's main spy agency, estimates that about 3,000 North Korean troops "
        "have been wounded near Pokrovsk."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "NIS" in q.claimant.entities


def test_a_noun_in_a_list_after_a_name_stays_a_noun(extractor: Extractor) -> None:
    text = (
        "The total, drawn from the NIS, the HUR, reports from the front and satellite "
        "images, is 9,000 troops."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None
