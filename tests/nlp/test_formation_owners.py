"""A numbered formation's troops belong to the one side the article has counted."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_numbered_corps_takes_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "Officials said about 2,000 North Korean soldiers had reached the front.\n"
        "A former officer said the units came from the east. \"The 7th Corps has about "
        "30,000 soldiers,\" he said."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 30000 and q.actor == "North Korea"


def test_a_numbered_brigade_in_a_story_of_two_armies_keeps_no_owner(
    extractor: Extractor,
) -> None:
    text = (
        "Officials said about 2,000 North Korean soldiers had reached the front, facing "
        "5,000 Ukrainian troops.\n"
        "The 3rd Brigade has about 4,000 soldiers."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 4000 and q.actor is None


def test_an_unnumbered_subject_takes_no_owner(extractor: Extractor) -> None:
    text = (
        "Officials said about 2,000 North Korean soldiers had reached the front.\n"
        "The garrison has about 4,000 soldiers."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 4000 and q.actor is None
