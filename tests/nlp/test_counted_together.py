""""which counts engineers and soldiers together, puts the total at about 12,000": a bare
total of soldiers and other personnel counts troops (`bot.nlp.counted_together`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = "Seoul counts about 2,000 sappers and some 4,000 construction workers in Kursk. "


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_soldiers_and_engineers_counted_together_are_troops(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Kyiv's spy service, which counts soldiers and engineers alike, puts the total at "
        "roughly 14,000."
    )
    assert _measures(extractor, text).get(14000) == "troop"


def test_a_list_of_things_keeps_the_count_before(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Kyiv's spy service, which counts tanks and guns together, puts the total at "
        "roughly 14,000."
    )
    assert _measures(extractor, text).get(14000) != "troop"
