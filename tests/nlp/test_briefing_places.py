"""The place a source briefed in is not the actor of the bare count it gave
(`bot.nlp.briefing_places`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = "Kyiv said last week that more than 2,000 Russian soldiers had been killed or wounded. "


def test_a_briefing_capital_does_not_take_the_count(extractor: Extractor) -> None:
    text = _BEFORE + (
        "On Friday Ukraine's military intelligence told reporters in Kyiv that about 400 had "
        "died and 1,600 had been wounded."
    )
    counts = {q.value: q for q in extractor.extract(text).quantities}
    assert counts[400].actor == "Russia"
    assert counts[1600].actor == "Russia"


def test_losses_placed_in_a_country_keep_their_reading(extractor: Extractor) -> None:
    text = _BEFORE + "On Friday Kyiv said losses in Belarus had reached about 400."
    counts = {q.value: q for q in extractor.extract(text).quantities}
    assert counts.get(400) is None or counts[400].actor != "Russia"
