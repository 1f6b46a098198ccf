""""The signed law" describes a document, it tells no signing (`bot.nlp.signed_attributes`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_the_signed_law_is_no_second_ratification(extractor: Extractor) -> None:
    text = (
        "The president signed the law ratifying the fisheries pact between Chile and Peru. "
        "The government gazette printed the signed law on Friday."
    )
    events = extractor.extract(text).events
    assert [e.stage for e in events if e.sentence.startswith("The government")] == []


def test_a_copy_of_the_signed_treaty_signs_nothing(extractor: Extractor) -> None:
    text = "Lima posted a copy of the signed treaty between Chile and Peru online."
    assert [e.stage for e in extractor.extract(text).events] == []


def test_a_signed_verb_before_the_treaty_still_signs(extractor: Extractor) -> None:
    text = "Chile and Peru signed the fisheries treaty on Friday."
    assert [e.stage for e in extractor.extract(text).events] == [Stage.SIGNED]
