"""An ownerless soldier count after the sentence named one side's troops is that side's."""

from __future__ import annotations

from bot.nlp import Extractor


def _actor(extractor: Extractor, text: str) -> str | None:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 1000]
    return q.actor


def test_soldiers_after_named_troops_are_theirs(extractor: Extractor) -> None:
    text = (
        "Asked about reports that North Korean troops were being trained in Russia, the "
        "minister declined to confirm a South Korean estimate that about 1,000 soldiers had "
        "been sent for such training."
    )
    assert _actor(extractor, text) == "North Korea"


def test_another_side_named_in_between_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Asked about reports that North Korean troops were being trained in Russia, the "
        "minister said Ukrainian commanders believed about 1,000 soldiers had been killed."
    )
    assert _actor(extractor, text) != "North Korea"


def test_troops_in_the_sentences_own_narration_are_left_alone(extractor: Extractor) -> None:
    text = "North Korean troops shelled positions where about 1,000 soldiers were massing."
    assert _actor(extractor, text) != "North Korea"
