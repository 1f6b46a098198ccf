"""Stage vocabulary (`bot.nlp.treaty_words`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_law_revoking_a_ratification_withdraws(extractor: Extractor) -> None:
    text = (
        "Belarus's president on Friday signed a law revoking the country's ratification of "
        "the Open Skies Treaty with Russia."
    )
    events = extractor.extract(text).events
    assert [e.stage for e in events] == [Stage.WITHDRAWN]


def test_a_statute_that_will_take_effect_is_planned(extractor: Extractor) -> None:
    text = "The statute will take effect for Moldova in 60 days."
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.IN_FORCE, Modality.PLANNED)]
