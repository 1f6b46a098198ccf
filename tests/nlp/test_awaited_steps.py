"""A step a waiting clause tells in the present is still to come (`bot.nlp.awaited_steps`)."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The accord between Peru and Chile cannot take effect until it is signed by both "
        "presidents and ratified by both congresses.",
        "The agreement between Peru and Chile will be published once it has been ratified.",
    ],
)
def test_a_step_a_clause_waits_for_is_planned(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text).events
    steps = [e for e in events if e.stage in {Stage.SIGNED, Stage.RATIFIED}]
    assert steps
    assert all(e.modality is Modality.PLANNED for e in steps)


def test_a_met_condition_in_the_past_stays(extractor: Extractor) -> None:
    text = "Peru and Chile signed the accord in Lima on Monday, after it was ratified."
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert signed and signed[0].modality is Modality.REPORTED
