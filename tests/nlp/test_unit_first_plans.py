"""A modal between a count's noun and its number plans the count
(`bot.nlp.unit_first_plans`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Under the new law, the number of border guards will thus increase by 12,000.",
        "The ministry said the number of contract soldiers is expected to reach 300,000.",
    ],
)
def test_a_modal_after_the_noun_plans_the_count(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.modality) == ("troop", Modality.PLANNED)


def test_a_past_change_after_the_noun_stays_news(extractor: Extractor) -> None:
    # Near miss: the same shape told as done.
    (q,) = extractor.extract("The number of contract soldiers rose by 12,000.").quantities
    assert (q.measure, q.modality) == ("troop", Modality.REPORTED)
