""""The biggest deal Britain has concluded since ...": a ranking, no step
(`bot.nlp.ranked_deals`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_superlative_deal_a_state_has_signed_is_no_signing(extractor: Extractor) -> None:
    text = (
        "The pact is the largest trade agreement Canada has signed since joining the World "
        "Trade Organization, economists said."
    )
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_ever_between_the_state_and_the_verb_too(extractor: Extractor) -> None:
    text = "It is the broadest defence pact Japan ever concluded with Australia."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_superlative_with_the_state_as_subject_still_signs(extractor: Extractor) -> None:
    text = "In the biggest upset of the summit, Canada signed a trade agreement with Mexico."
    events = extractor.extract(text).events
    assert [(e.stage, set(e.parties)) for e in events] == [
        (Stage.SIGNED, {"Canada", "Mexico"})
    ]
