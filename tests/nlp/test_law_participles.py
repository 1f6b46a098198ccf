"""A step told by a participle on a law takes the signing verb's time
(`bot.nlp.law_participles`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_decree_revoking_signed_in_the_past_perfect_is_history(extractor: Extractor) -> None:
    text = (
        "Months before, the Belarusian president had signed a decree revoking Belarus's "
        "ratification of the Open Skies Treaty."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.WITHDRAWN, Modality.BACKGROUND)]


def test_a_decree_suspending_signed_in_the_past_perfect_is_history(extractor: Extractor) -> None:
    text = (
        "By then, the president had signed a decree suspending Belarus's participation in "
        "the conventional arms treaty."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.SUSPENDED, Modality.BACKGROUND)]


def test_a_law_revoking_signed_today_is_news(extractor: Extractor) -> None:
    text = (
        "Belarus's president on Friday signed a law revoking the ratification of the Open "
        "Skies Treaty."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.WITHDRAWN, Modality.REPORTED)]
