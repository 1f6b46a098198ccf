"""A treaty with "signed" right after it is described, not newly signed."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signings(extractor: Extractor, text: str) -> list[Modality]:
    events = extractor.extract(text).events
    return [e.modality for e in events if e.stage is Stage.SIGNED]


def test_a_treaty_signed_in_a_capital_is_history(extractor: Extractor) -> None:
    text = "Why a pact signed in Minsk between Russia and Belarus still worries Warsaw"
    assert _signings(extractor, text) == [Modality.BACKGROUND]


def test_a_weekday_keeps_the_described_signing_news(extractor: Extractor) -> None:
    text = "The treaty signed in Ankara on Tuesday by Turkey and Azerbaijan covers air defence."
    assert _signings(extractor, text) == [Modality.REPORTED]


def test_a_headline_passive_without_article_is_news(extractor: Extractor) -> None:
    text = "Turkey and Azerbaijan treaty signed in Ankara"
    assert Modality.BACKGROUND not in _signings(extractor, text)


def test_a_treaty_named_in_capitals_then_signed_is_history(extractor: Extractor) -> None:
    text = (
        "The decree ratifies the Mutual Defence Treaty signed by Turkey and Azerbaijan in "
        "Ankara."
    )
    assert _signings(extractor, text) == [Modality.BACKGROUND]


def test_the_main_clauses_weekday_does_not_date_the_described_signing(
    extractor: Extractor,
) -> None:
    text = (
        "The decree, published on Friday, ratifies the pact signed by Turkey and Azerbaijan "
        "in Ankara in March."
    )
    assert _signings(extractor, text) == [Modality.BACKGROUND]


def test_a_capitalised_headline_passive_is_still_news(extractor: Extractor) -> None:
    text = "Turkey And Azerbaijan Treaty Signed In Ankara"
    assert Modality.BACKGROUND not in _signings(extractor, text)


def test_a_treaty_its_subject_signed_without_that_is_history(extractor: Extractor) -> None:
    text = "Azerbaijan's parliament will vote on the security pact Ankara signed with Baku soon."
    assert _signings(extractor, text) == [Modality.BACKGROUND]


def test_a_subject_signing_a_treaty_is_still_news(extractor: Extractor) -> None:
    # Near miss: the treaty noun is the object, no relative clause runs up to "signed".
    text = "On the security pact, Ankara signed with Baku on Tuesday."
    assert _signings(extractor, text) == [Modality.REPORTED]
