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


def test_a_ceasefire_signed_by_two_states_is_a_signing(extractor: Extractor) -> None:
    text = "Armenia and Azerbaijan signed a ceasefire on Friday at a frontier post near Lachin."
    events = extractor.extract(text).events
    assert [(e.stage, set(e.parties)) for e in events] == [
        (Stage.SIGNED, {"Armenia", "Azerbaijan"})
    ]


def test_a_truce_taking_effect_enters_into_force(extractor: Extractor) -> None:
    text = "A truce between Ethiopia and Eritrea took effect on Sunday morning, officials said."
    events = extractor.extract(text).events
    assert [(e.stage, set(e.parties)) for e in events] == [
        (Stage.IN_FORCE, {"Ethiopia", "Eritrea"})
    ]


def test_a_ceasefire_with_no_state_tells_no_step(extractor: Extractor) -> None:
    text = "Rebel commanders signed a local ceasefire with a rival militia on Friday."
    assert not extractor.extract(text).events
