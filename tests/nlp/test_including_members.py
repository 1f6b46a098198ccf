"""A number after ", including" picks members of the plural noun its own sentence names, not
a share of a count told earlier (`bot.nlp.including_members`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_including_one_of_a_noun_in_a_later_sentence_is_no_share(extractor: Extractor) -> None:
    text = (
        "About 40 Latvian soldiers were hurt on Monday. Some of them were hurt in road "
        "crashes, including one involving a tank, the army said."
    )
    assert _counts(extractor, text) == [(40, "casualty")]


def test_including_one_of_the_count_just_told_is_a_share(extractor: Extractor) -> None:
    text = "Latvia said 40 soldiers were hurt, including one who lost a leg."
    assert _counts(extractor, text) == [(40, "casualty"), (1, "casualty")]
