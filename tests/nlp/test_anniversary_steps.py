"""On an anniversary page, a step dated to the dateline's day with a year is the step the page
marks, history; without the anniversary, or dated by a weekday, it stays news."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_STEP = "On March 3, 2023, the security treaty between Russia and Belarus entered into force."


def _in_force(extractor: Extractor, text: str, headline: str) -> list[Modality]:
    # The page's text opens with its headline, as fetched pages do.
    events = extractor.extract(headline + "\n" + text).events
    return [e.modality for e in events if e.stage is Stage.IN_FORCE and e.parties]


def test_dateline_day_with_a_year_on_an_anniversary_is_background(
    extractor: Extractor,
) -> None:
    text = "MINSK, March 3 (Agency) - " + _STEP
    assert _in_force(extractor, text, "Pact anniversary") == [Modality.BACKGROUND]


def test_without_an_anniversary_stays_reported(extractor: Extractor) -> None:
    text = "MINSK, March 3 (Agency) - " + _STEP
    assert _in_force(extractor, text, "Pact in force") == [Modality.REPORTED]


def test_weekday_on_an_anniversary_stays_reported(extractor: Extractor) -> None:
    text = "MINSK, March 3 (Agency) - On Friday, the security treaty between Russia and Belarus "
    text += "entered into force."
    assert _in_force(extractor, text, "Pact anniversary") == [Modality.REPORTED]
