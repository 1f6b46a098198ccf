"""A dateline's city is no party to the step told after it (`bot.nlp.dateline_places`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_the_dateline_city_is_not_a_party(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Vietnam's parliament has ratified a maritime treaty with "
        "the Philippines, state media said on Tuesday."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert ratified and all("Japan" not in e.parties for e in ratified)
    assert "Vietnam" in ratified[0].parties


def test_a_joint_dateline_with_a_country_names_no_party(extractor: Extractor) -> None:
    text = (
        "NARVA, Estonia/RIGA, May 5 (Wire) - Estonia and Finland signed an agreement on "
        "Tuesday on a new ferry link across the Gulf of Finland, officials said."
    )
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Estonia", "Finland"}


def test_a_state_named_later_in_a_long_opening_stays_a_party(extractor: Extractor) -> None:
    text = (
        "NARVA, Estonia and Latvia on Tuesday, May 5, joined Finland - all three signed an "
        "agreement on a new ferry link."
    )
    (event,) = extractor.extract(text).events
    assert "Latvia" in event.parties
