"""A date inside a fronted "since" clause with its own verb starts a running count."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 7000]
    return q.modality


def test_a_count_since_a_dated_act_is_news(extractor: Extractor) -> None:
    text = (
        "Since they first entered combat in December 2024, the North Korean contingent has "
        "lost about 7,000 people killed and wounded."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_since_phrase_naming_the_war_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Since Russia's full-scale invasion in February 2022, the United States has "
        "committed about $7,000 in aid to each of them."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_a_dated_fronted_clause_without_since_stays_history(extractor: Extractor) -> None:
    text = "After they entered combat in December 2024, the contingent lost about 7,000 people."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_a_since_clause_between_the_count_noun_and_its_number_is_news(
    extractor: Extractor,
) -> None:
    text = (
        "Western officials put Belarusian losses since the brigade arrived in 2023 at "
        "roughly 7,000."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_dated_count_without_since_stays_history(extractor: Extractor) -> None:
    text = "Western officials put Belarusian losses in 2023 at roughly 7,000."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_a_since_clause_after_the_subject_then_a_perfect_is_news(extractor: Extractor) -> None:
    text = (
        "Kyiv said Belarusian losses since the brigade arrived in early 2023 had passed "
        "7,000 killed and wounded."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_dated_subject_without_since_stays_history(extractor: Extractor) -> None:
    text = "Kyiv said Belarusian losses in early 2023 had passed 7,000 killed and wounded."
    assert _modality(extractor, text) is Modality.BACKGROUND
