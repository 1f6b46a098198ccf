"""A sentence opening another item ends the previous source's account
(`bot.nlp.new_items`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor

_BEFORE = "The Kremlin said the pact speaks for itself."


@pytest.mark.parametrize(
    "opening",
    ["Separately, deputies", "Meanwhile, deputies", "Also on Thursday, deputies"],
)
def test_another_item_is_the_writers_own(extractor: Extractor, opening: str) -> None:
    text = f"{_BEFORE} {opening} backed 3,000 new border posts."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_a_figure_right_after_the_source_continues_its_account(extractor: Extractor) -> None:
    text = f"{_BEFORE} Deputies backed 3,000 new border posts."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "The Kremlin"
