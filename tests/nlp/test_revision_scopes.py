"""A "now" figure for an army's whole size does not revise a deployed count
(`bot.nlp.revisions`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_whole_army_figure_leaves_the_deployment_news(extractor: Extractor) -> None:
    text = (
        "TBILISI, Mar. 4 (Wire) - General Petrov said on Tuesday that Russia has about "
        "40,000 troops deployed in Abkhazia. Russia's armed forces now number about 1.5 "
        "million active personnel."
    )
    deployed = [q for q in extractor.extract(text).quantities if q.value == 40000]
    assert [q.modality for q in deployed] == [Modality.REPORTED]


def test_a_fresh_batch_is_no_earlier_count_of_the_whole(extractor: Extractor) -> None:
    text = (
        "MINSK, May 2 (Wire) - Russia has moved about 2,000 fresh troops into Belarus, Kyiv's "
        "spy service said on Friday. The service said Russian forces in Belarus now numbered "
        "about 9,000 troops."
    )
    batch = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert [q.modality for q in batch] == [Modality.REPORTED]


def test_an_earlier_count_of_the_whole_is_still_history(extractor: Extractor) -> None:
    text = (
        "MINSK, May 2 (Wire) - Russia has about 7,000 troops in Belarus, Kyiv's spy service "
        "said on Friday. The service said Russian forces in Belarus now numbered about 9,000 "
        "troops."
    )
    older = [q for q in extractor.extract(text).quantities if q.value == 7000]
    assert [q.modality for q in older] == [Modality.BACKGROUND]
