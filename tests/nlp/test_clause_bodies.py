"""A chamber after a semicolon is not the step's actor (`bot.nlp.clause_bodies`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_chamber_the_bill_goes_to_next_does_not_ratify(extractor: Extractor) -> None:
    text = (
        "Czech deputies approved the defence treaty with Slovakia on Tuesday; "
        "it now goes to the Senate."
    )
    stages = {e.stage for e in extractor.extract(text).events}
    assert Stage.RATIFIED not in stages
    assert Stage.APPROVED in stages


def test_chamber_in_the_steps_own_clause_still_acts(extractor: Extractor) -> None:
    # Near miss: the upper house named in the step's own clause ratifies.
    text = "Russia's Federation Council ratified the treaty with North Korea on Wednesday."
    (e,) = extractor.extract(text).events
    assert e.stage is Stage.RATIFIED
