"""A step told as the setting of something else is history (`bot.nlp.circumstance_steps`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv said the circumstances in which the accord between Moscow and Minsk "
        "was signed no longer exist.",
        "Minsk argues that the conditions under which Russia and Belarus signed the pact "
        "have changed.",
    ],
)
def test_a_step_in_a_setting_clause_is_background(extractor: Extractor, text: str) -> None:
    (event,) = extractor.extract(text).events
    assert (event.stage.value, event.modality) == ("signed", Modality.BACKGROUND)


def test_a_step_told_before_its_terms_stays_news(extractor: Extractor) -> None:
    # Near miss: "under which" after the step describes the accord's terms, not its setting.
    text = "Russia and Belarus signed the accord on Friday, under which Minsk will host missiles."
    (event,) = extractor.extract(text).events
    assert (event.stage.value, event.modality) == ("signed", Modality.REPORTED)
