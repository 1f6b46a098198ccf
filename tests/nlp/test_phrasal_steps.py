""""Sign off" ends a season or a broadcast; it signs no treaty."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _stages(extractor: Extractor, text: str) -> list[Stage]:
    return [e.stage for e in extractor.extract(text).events]


def test_signing_off_a_season_is_no_signing(extractor: Extractor) -> None:
    text = "The Treaty Park side signed off their cup run with a 3-1 home win over Galway."
    assert _stages(extractor, text) == []


def test_signing_a_pact_off_the_coast_is_still_a_signing(extractor: Extractor) -> None:
    # Near miss: "off" after the object is a place, not the verb's particle.
    text = "Estonia and Finland signed a maritime pact off the coast of Tallinn on Friday."
    assert _stages(extractor, text) == [Stage.SIGNED]
