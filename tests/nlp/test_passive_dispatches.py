"""A count told in the passive of a dispatch dated "last year" is the deployment's history
(`bot.nlp.passive_dispatches`); a source's own assessment of it, and goods, stay the news."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["About 2,500 Belarusian soldiers were sent to Rostov last year, according to Kyiv.",
     "Some 900 Iranian troops were first deployed to Syria last year, officials said."],
)
def test_a_passive_dispatch_last_year_is_history(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


@pytest.mark.parametrize(
    "text",
    # Near misses: the source's current count, goods shipped, and a recent week.
    ["The ministry estimates that about 2,500 Belarusian soldiers were sent to Rostov last "
     "year.",
     "About 40,000 shells were sent to Rostov last year, according to Kyiv.",
     "About 2,500 Belarusian soldiers were sent to Rostov last week, according to Kyiv."],
)
def test_a_sources_count_goods_or_a_recent_dispatch_stay_news(
    extractor: Extractor, text: str
) -> None:
    assert _modalities(extractor, text)[0] is Modality.REPORTED
