"""An estimator puts a figure on what was just counted; it does not own it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_puts_it_at_keeps_the_previous_counts_owner(extractor: Extractor) -> None:
    text = (
        "Western officials say about 5,000 Belarusian troops are near the border. "
        "Ukraine puts it at as many as 7,000 troops."
    )
    qs = extractor.extract(text).quantities
    last = qs[-1]
    assert last.value == 7000
    assert last.claimant is not None and last.claimant.name == "Ukraine"
    assert last.actor == "Belarus"
