"""A bare "put them at N" after a sentence naming losses (`bot.nlp.told_losses`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_losses_named_before_are_what_them_counts(extractor: Extractor) -> None:
    text = (
        "Georgia's defence ministry tracks Armenian casualties along the border. "
        "On Monday it put them at 240 since the clashes began."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 240]
    assert (q.category, q.actor) == ("casualty", "Armenia")


def test_no_losses_named_before_is_no_casualty_count(extractor: Extractor) -> None:
    # Near miss: the sentence before names a budget, not losses.
    text = (
        "Georgia's defence ministry publishes its spending plans every spring. "
        "On Monday it put them at 240 since the clashes began."
    )
    facts = extractor.extract(text).quantities
    assert not [q for q in facts if q.category == "casualty"]
