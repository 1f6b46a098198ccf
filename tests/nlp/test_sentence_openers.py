"""A bare number opening its sentence with the source after the clause
(`bot.nlp.sentence_openers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_a_fronted_count_of_soldiers_sent_with_a_trailing_source(extractor: Extractor) -> None:
    text = (
        "Belarusian soldiers have been arriving at the border for weeks, officials in Vilnius "
        "said on Monday.\n"
        "Roughly 6,500 have been moved there since May, a senior defence official told "
        "journalists."
    )
    assert (6500, "troop") in _counts(extractor, text)


def test_a_fronted_toll_with_a_trailing_source(extractor: Extractor) -> None:
    text = (
        "Belarusian troops sent to the front have fought in open fields for weeks.\n"
        "Some 900 have been killed or wounded, the general staff said in a statement."
    )
    assert (900, "casualty") in _counts(extractor, text)


def test_a_fronted_count_with_no_source_is_left_alone(extractor: Extractor) -> None:
    # Near miss: no source after the clause, so the bare number stays unread.
    text = (
        "Belarusian soldiers have been arriving at the border for weeks.\n"
        "Roughly 6,500 have been moved there since May."
    )
    assert (6500, "troop") not in _counts(extractor, text)


def test_a_fronted_count_in_a_story_with_no_soldiers_is_left_alone(
    extractor: Extractor,
) -> None:
    # Near miss: the text tells of no soldiers, so "sent" is no troop count.
    text = (
        "The clinic ran out of beds on Friday.\n"
        "About 40 have been sent to other hospitals, a spokeswoman said."
    )
    assert (40, "troop") not in _counts(extractor, text)
