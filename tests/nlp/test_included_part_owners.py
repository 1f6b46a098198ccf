""""the Belarusian contingent numbered 5,000 troops, including 300 medics": the parts listed
after an owned head count are the same side's (`bot.nlp.included_part_owners`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_listed_parts_take_the_head_counts_owner(extractor: Extractor) -> None:
    text = (
        "Kyiv said the Russian contingent in Belarus numbered about 9,000 troops, including "
        "some 400 medics and about 250 drone operators."
    )
    actors = _actors(extractor, text)
    assert actors.get(9000) == "Russia"
    assert actors.get(400) == "Russia"
    assert actors.get(250) == "Russia"


def test_a_part_not_listed_after_the_head_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Kyiv said the Russian contingent in Belarus numbered about 9,000 troops. Some 400 "
        "drone operators were trained in Minsk."
    )
    assert _actors(extractor, text).get(400) is None
