"""A dateline's city is no party to the step told after it (`bot.nlp.dateline_places`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_the_dateline_city_is_not_a_party(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Vietnam's parliament has ratified a maritime treaty with "
        "the Philippines, state media said on Tuesday."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert ratified and all("Japan" not in e.parties for e in ratified)
    assert "Vietnam" in ratified[0].parties
