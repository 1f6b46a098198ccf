"""A trailing ", signed in <place> on <date>" phrase dates the signing, not the ratification
told in the main clause (`bot.nlp.participle_dates`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_DATELINE = "VILNIUS, May 20. /Agency/. "


def test_the_ratification_stays_news(extractor: Extractor) -> None:
    text = _DATELINE + (
        "The Seimas of Lithuania has ratified the agreement between Lithuania and Finland on "
        "cooperation in ammunition production, signed in Helsinki on February 11."
    )
    events = {e.stage: e.modality for e in extractor.extract(text).events}
    assert events[Stage.RATIFIED] is Modality.REPORTED
    assert events[Stage.SIGNED] is Modality.BACKGROUND


def test_a_date_of_the_main_clause_still_dates_the_ratification(extractor: Extractor) -> None:
    text = _DATELINE + (
        "The Seimas of Lithuania ratified the agreement between Lithuania and Finland on "
        "cooperation in ammunition production in February 2019."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND
