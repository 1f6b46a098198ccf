"""A step taken "on the same day as" an older document's is as old
(`bot.nlp.same_day_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signings(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_signing_on_the_same_day_as_an_old_one_is_history(extractor: Extractor) -> None:
    text = (
        "SEOUL, May 20 (Wire) - The treaty between Russia and North Korea was signed in "
        "Moscow on December 3, 2025. An extradition treaty between Russia and North Korea "
        "signed on the same day as the legal assistance agreement will be submitted to "
        "parliament separately."
    )
    assert _signings(extractor, text) == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_the_same_day_as_a_vote_names_no_document(extractor: Extractor) -> None:
    text = (
        "SEOUL, May 20 (Wire) - The treaty between Russia and North Korea was signed in "
        "Moscow on December 3, 2025. On the same day as the vote, a health accord between "
        "Russia and North Korea was signed in Pyongyang."
    )
    assert _signings(extractor, text) == [Modality.BACKGROUND, Modality.REPORTED]


def test_with_no_old_signing_told_before_it_stays_news(extractor: Extractor) -> None:
    text = (
        "SEOUL, May 20 (Wire) - The Duma ratified a treaty between Russia and North Korea on "
        "Tuesday. An extradition treaty between Russia and North Korea signed on the same day "
        "as the legal assistance agreement will be submitted to parliament separately."
    )
    assert _signings(extractor, text) == [Modality.REPORTED]
