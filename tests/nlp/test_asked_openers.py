"""A question put a year or more ago retells history; its answer is the sentence's news."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["Asked last year about reports that 4,000 Belarusian troops had gone to Ukraine, the "
     "envoy said his country wanted peace.",
     "Questioned two years ago about claims that 900 Iranian advisers were in Syria, the "
     "minister declined to comment."],
)
def test_the_question_of_a_past_year_is_history(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


@pytest.mark.parametrize(
    "text",
    ["Asked on Monday about reports that 4,000 Belarusian troops had gone to Ukraine, the "
     "envoy declined to comment.",
     "Asked last year about the war, the envoy said 4,000 Belarusian troops were in Ukraine."],
)
def test_a_recent_question_or_the_answer_stays_news(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.REPORTED]
