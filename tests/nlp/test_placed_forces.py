"""Forces sized where they stand are a deployment, not the whole army."""

from __future__ import annotations

from bot.nlp import Extractor


def test_forces_in_a_named_place_are_a_deployment(extractor: Extractor) -> None:
    text = "Officials in Kyiv say Russian armed forces in Zaporizhzhia number about 90,000 troops."
    (q,) = extractor.extract(text).quantities
    assert not q.whole_force


def test_forces_with_no_place_are_the_whole_army(extractor: Extractor) -> None:
    text = "Officials in Kyiv say Russian armed forces now number about 1.5 million troops."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force
