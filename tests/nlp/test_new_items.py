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


def test_open_quote_does_not_carry_the_last_source(extractor: Extractor) -> None:
    text = (
        "Officials in Kyiv say Russia launched 40 drones overnight.\n"
        '"Some 3,000 Russian soldiers have now deserted. That is new," said Ivan Petrenko, '
        "an analyst in Lviv."
    )
    found = {q.value: q.claimant for q in extractor.extract(text).quantities}
    claimant = found[3000]
    assert claimant is None or "Ukraine" not in claimant.entities


def test_closed_quote_keeps_its_speaker(extractor: Extractor) -> None:
    # Near miss: the quote closes in the sentence with its speaker named.
    text = (
        "Officials in Kyiv say Russia launched 40 drones overnight.\n"
        '"Some 3,000 Russian soldiers have now deserted," Ivan Petrenko said.'
    )
    found = {q.value: q.claimant for q in extractor.extract(text).quantities}
    assert found[3000] is not None and "Petrenko" in found[3000].name
