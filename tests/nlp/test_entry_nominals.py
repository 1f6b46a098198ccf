""""The pact's entry into force would ..." puts the step ahead (`bot.nlp.entry_nominals`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_entry_into_force_before_would_is_planned(extractor: Extractor) -> None:
    text = (
        "Analysts said the fisheries pact's entry into force would give Chile and Peru new "
        "quotas."
    )
    told = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert told == [(Stage.IN_FORCE, Modality.PLANNED)]


def test_entry_into_force_told_done_is_news(extractor: Extractor) -> None:
    text = "The fisheries pact between Chile and Peru entered into force on Monday."
    told = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert told == [(Stage.IN_FORCE, Modality.REPORTED)]
