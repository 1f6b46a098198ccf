"""A bare chamber's step under a capital's dateline (`bot.nlp.dateline_chambers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_bare_chamber_under_a_dateline_is_the_datelines_state(extractor: Extractor) -> None:
    text = (
        "OTTAWA, June 4 (Agency) -- The House of Commons on Tuesday approved a treaty with "
        "Ukraine on the joint production of artillery shells."
    )
    (event,) = extractor.extract(text).events
    assert event.stage.value == "approved"
    assert set(event.parties) == {"Canada", "Ukraine"}


def test_a_chamber_with_its_state_named_keeps_its_parties(extractor: Extractor) -> None:
    text = (
        "OTTAWA, June 4 (Agency) -- Poland's Sejm on Tuesday approved a treaty with Ukraine "
        "on the joint production of artillery shells."
    )
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Poland", "Ukraine"}
