"""An "it" that stands for the country the sentence before opened with
(`bot.nlp.pronoun_states`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_it_after_a_fronted_time_takes_up_the_country(extractor: Extractor) -> None:
    text = "Belarus stepped up its exercises. On Friday, it moved 3,000 troops to the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (3000, "Belarus")


def test_a_dummy_it_is_no_actor(extractor: Extractor) -> None:
    text = (
        "Belarus stepped up its exercises. It is thought that 3,000 troops were moved to the "
        "border."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (3000, None)
