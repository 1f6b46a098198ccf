"""A pact a town's council ratifies or approves is the town's, not a state's treaty step."""

from __future__ import annotations

from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[str]:
    return [e.stage.value for e in extractor.extract(text).events]


def test_a_city_council_ratifying_an_agreement_is_no_treaty_step(extractor: Extractor) -> None:
    text = (
        "The Kyiv City Council voted 40-2 on Tuesday evening to ratify a ten-year agreement "
        "with a neighbouring district on sharing bus depots."
    )
    assert _steps(extractor, text) == []


def test_a_capital_named_council_approving_a_pact_is_no_treaty_step(
    extractor: Extractor,
) -> None:
    text = "Moscow council approves parking pact with neighbouring Troy"
    assert _steps(extractor, text) == []


def test_a_towns_possessive_council_is_no_treaty_step(extractor: Extractor) -> None:
    text = "Under the accord, which Lewiston's council ratified in May, the towns share a landfill."
    assert _steps(extractor, text) == []


def test_a_states_upper_house_council_still_ratifies(extractor: Extractor) -> None:
    text = "The Federation Council voted on Wednesday to ratify the treaty with North Korea."
    assert _steps(extractor, text) == ["ratified"]
