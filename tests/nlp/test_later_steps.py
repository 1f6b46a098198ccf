"""A step dated 'days later' after a background step is background too."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage.value == "ratified"]


def test_weeks_later_after_a_dated_step(extractor: Extractor) -> None:
    text = (
        "Russia signed the security accord with Belarus in March 2021. "
        "Belarus ratified the accord two weeks later."
    )
    assert _ratified(extractor, text) == [Modality.BACKGROUND]


def test_later_after_news_stays_news(extractor: Extractor) -> None:
    text = (
        "Russia signed the security accord with Belarus on Monday. "
        "Belarus ratified the accord hours later."
    )
    assert _ratified(extractor, text) == [Modality.REPORTED]


def test_a_step_at_the_same_summit_as_a_past_step_is_history(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan signed a peace accord at a summit in Washington in August 2025. "
        "At the same summit, Armenia ratified a transit agreement with Georgia."
    )
    assert _ratified(extractor, text) == [Modality.BACKGROUND]


def test_weeks_later_in_the_same_sentence_as_a_past_step(extractor: Extractor) -> None:
    text = (
        "The pact, signed by Armenia and Iran in May 2022, cleared the lower house in June of "
        "that year and was ratified by the Senate a few weeks later."
    )
    assert _ratified(extractor, text) == [Modality.BACKGROUND]


def test_weeks_later_after_a_news_step_in_the_sentence_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "Russia and Belarus signed the accord on Monday, and the Belarusian parliament ratified "
        "it hours later."
    )
    assert _ratified(extractor, text) == [Modality.REPORTED]


def _signed(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage.value == "signed"]


def test_an_opener_counting_days_after_a_past_step_is_history(extractor: Extractor) -> None:
    text = (
        "Russia ratified the security accord with Belarus in March 2021. "
        "Weeks after the Minsk accord, Armenia signed a similar treaty with Russia."
    )
    assert _signed(extractor, text) == [Modality.BACKGROUND]


def test_days_after_an_election_mid_sentence_stays_news(extractor: Extractor) -> None:
    text = (
        "Russia ratified the security accord with Belarus in March 2021. "
        "Armenia signed a similar treaty with Russia on Monday, days after the election."
    )
    assert _signed(extractor, text) == [Modality.REPORTED]
