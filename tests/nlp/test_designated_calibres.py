"""A count keeps its noun past a weapon's designation, name and calibre."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_designation_and_calibre_between_count_and_noun(extractor: Extractor) -> None:
    text = "Seoul will deliver 36 K239 Chunmoo 239mm rocket launchers to Warsaw next year."
    (q,) = extractor.extract(text).quantities
    assert q.value == 36 and q.measure == "launcher"


def test_a_calibre_alone_is_still_no_figure(extractor: Extractor) -> None:
    text = "Seoul will deliver 36 K239 Chunmoo 239mm rocket launchers to Warsaw next year."
    assert all(q.value != 239 for q in extractor.extract(text).quantities)
