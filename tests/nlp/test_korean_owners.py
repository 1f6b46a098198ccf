"""A bare "Korean" before the people counted, in a story naming only the North
(`bot.nlp.korean_owners`), and sappers counted as casualties when killed."""

from __future__ import annotations

from bot.nlp import Extractor


def test_korean_soldiers_after_only_the_north_are_its(extractor: Extractor) -> None:
    text = (
        "Pyongyang sent engineers to help rebuild bridges in the Belgorod region.\n"
        "A local official said four Korean sappers had been killed by a mine."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (4, "casualty", "North Korea")


def test_both_koreas_named_leaves_the_owner_open(extractor: Extractor) -> None:
    text = (
        "Pyongyang and Seoul both sent engineers to help clear mines abroad.\n"
        "A local official said four Korean sappers had been killed by a mine."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (4, "casualty", None)
