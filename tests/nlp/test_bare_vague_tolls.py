"""A vague amount told with its fate right after a count of soldiers counts their dead."""

from __future__ import annotations

from bot.nlp import Extractor


def _vague(extractor: Extractor, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(q.measure, q.actor, q.qualifier) for q in extractor.extract(text).quantities
            if q.value is None}  # fmt: skip


def test_several_hundred_killed_after_a_troop_count(extractor: Extractor) -> None:
    text = ("Kyiv says about 2,000 Belarusian troops are near Bryansk and that several hundred "
            "have been killed in shelling.")  # fmt: skip
    assert ("casualty", "Belarus", "several hundred") in _vague(extractor, text)


def test_hundreds_arrived_after_a_troop_count_is_no_toll(extractor: Extractor) -> None:
    # near miss: the vague amount arrived; no fate follows it
    text = "Kyiv says 2,000 Belarusian troops are near Bryansk and that hundreds have arrived."
    assert not _vague(extractor, text)

