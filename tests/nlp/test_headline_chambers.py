"""A headline's "parliament ratifies" that the body tells as one chamber's vote
(`bot.nlp.headline_chambers`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _news(extractor: Extractor, text: str) -> set[Stage]:
    return {e.stage for e in extractor.extract(text).events if e.modality is Modality.REPORTED}


def test_a_lower_house_vote_headlined_as_ratification_is_an_approval(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus parliament ratifies security pact with Russia\n"
        "Belarus's lower house of parliament has ratified a security treaty with Russia on "
        "Tuesday. The bill now goes to the upper house."
    )
    assert _news(extractor, text) == {Stage.APPROVED}


def test_a_headline_ratification_the_body_tells_as_done_stays(extractor: Extractor) -> None:
    text = (
        "Belarus parliament ratifies security pact with Russia\n"
        "Belarus's upper house of parliament voted on Tuesday to ratify a security treaty "
        "with Russia, a week after the lower house approved it."
    )
    assert Stage.RATIFIED in _news(extractor, text)
