"""A "since the start of ..." phrase dates where a running count starts."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 52000]
    return q.modality


def test_a_count_since_the_start_of_a_dated_operation_is_news(extractor: Extractor) -> None:
    text = (
        "Since the start of the offensive in the Belgorod region in March 2024, the enemy has "
        "lost more than 52,000 servicemen, the ministry said."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_since_phrase_without_a_start_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Since the offensive in the Belgorod region in March 2024, the enemy has lost more "
        "than 52,000 servicemen, the ministry said."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND
