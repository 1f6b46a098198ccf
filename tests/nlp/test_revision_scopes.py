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
