"""A signing told in a count of pacts is the signer's record, background
(`bot.nlp.counted_pacts`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signings(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_agreements_with_a_count_of_countries_are_background(extractor: Extractor) -> None:
    text = (
        "Japan has concluded similar agreements with 17 countries, including the United "
        "States, Britain and Germany, according to the Foreign Ministry."
    )
    assert set(_signings(extractor, text)) == {Modality.BACKGROUND}


def test_a_ranked_pact_in_a_perfect_relative_is_background(extractor: Extractor) -> None:
    text = (
        "The treaty is the third legal pact the two countries have concluded since their "
        "partnership treaty, which contains a mutual defense clause, took effect in 2024."
    )
    assert _signings(extractor, text) == [Modality.BACKGROUND]


def test_signing_a_third_pact_is_still_news(extractor: Extractor) -> None:
    text = "Russia and North Korea on Tuesday signed their third pact on legal assistance."
    assert _signings(extractor, text) == [Modality.REPORTED]


def test_agreements_with_countries_counted_in_words_are_background(extractor: Extractor) -> None:
    text = "Chile has signed comparable accords with nine countries, among them Peru and Spain."
    assert set(_signings(extractor, text)) == {Modality.BACKGROUND}


def test_agreements_with_named_countries_are_not_counted(extractor: Extractor) -> None:
    text = "Chile on Monday signed defence accords with Peru and Spain."
    assert _signings(extractor, text) == [Modality.REPORTED]
