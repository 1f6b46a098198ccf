""""A sign that" names an indication, not a signing (`bot.nlp.sign_nouns`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_sign_that_is_no_signing(extractor: Extractor) -> None:
    text = (
        "Spain and Morocco concluded a fisheries pact in 2019. Diplomats said the agreement "
        "was a sign that relations had improved."
    )
    events = extractor.extract(text).events
    assert [e.stage for e in events if e.sentence.startswith("Diplomats")] == []


def test_the_first_signs_of_a_pact_sign_nothing(extractor: Extractor) -> None:
    text = "Officials saw the first signs of a trade agreement between Chile and Peru."
    assert extractor.extract(text).events == ()


def test_the_verb_still_signs(extractor: Extractor) -> None:
    text = "Chile and Peru will sign a trade agreement that covers fishing."
    assert [e.stage for e in extractor.extract(text).events] == [Stage.SIGNED]


def test_the_clearest_sign_yet_of_a_rift_signs_nothing(extractor: Extractor) -> None:
    text = (
        "Georgia will leave the regional defence pact, its president said, in the clearest "
        "sign yet of the country's turn away from Moscow."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.SIGNED not in stages
