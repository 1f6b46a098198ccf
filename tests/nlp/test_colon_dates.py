"""A list of "X in <year>" after a colon dates the step before it."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_years_listed_after_a_colon_make_the_step_history(extractor: Extractor) -> None:
    text = "Chile and Peru ratified the convention early: Chile in 1998 and Peru in 2001."
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert ratified and all(e.modality is Modality.BACKGROUND for e in ratified)


def test_a_colon_tail_with_its_own_verb_dates_nothing(extractor: Extractor) -> None:
    text = "Chile and Peru ratified the convention on Monday: it took effect in 1998 elsewhere."
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert ratified and all(e.modality is Modality.REPORTED for e in ratified)
