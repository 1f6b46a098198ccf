"""A step named as what a bill proposes is planned (`bot.nlp.proposed_steps`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister sent parliament a bill on ratifying the border treaty between "
        "Hungary and Serbia.",
        "The cabinet tabled a draft law on approving the fisheries accord between Norway and "
        "Iceland.",
    ],
)
def test_a_bill_proposing_the_step_is_planned(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.PLANNED for e in events)


def test_a_bill_passed_is_the_step(extractor: Extractor) -> None:
    text = (
        "The Hungarian parliament passed a bill on ratifying the border treaty between "
        "Hungary and Serbia."
    )
    events = extractor.extract(text).events
    assert any(e.modality is Modality.REPORTED for e in events)


def test_a_law_ratifying_signed_is_the_step(extractor: Extractor) -> None:
    text = "The president signed a law on ratifying the border treaty between Hungary and Serbia."
    events = extractor.extract(text).events
    assert any(e.modality is Modality.REPORTED for e in events)
