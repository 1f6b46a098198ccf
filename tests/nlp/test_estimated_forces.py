"""A force sized by another side's estimate is the holder's (`bot.nlp.estimated_forces`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_force_that_a_source_puts_at_belongs_to_the_holder(extractor: Extractor) -> None:
    text = (
        "Even after a truce, Russia will have to supply a force that Ukraine estimates at "
        "some 450,000 soldiers in the occupied regions."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_losses_a_source_puts_at_are_not_the_holders(extractor: Extractor) -> None:
    # Near miss: no "a force that", so the estimating source gives no owner either way.
    text = "Moscow said Ukraine puts its own losses at 450,000 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.actor != "Russia"


def test_units_a_source_estimates_take_their_own_demonym(extractor: Extractor) -> None:
    # A non-defining clause sizes the units before it: their demonym names whose they are.
    text = (
        "He said Belarusian units, which Warsaw estimates at about 4,000 soldiers, were still "
        "near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (4000, "Belarus")
    assert q.claimant is not None and "Poland" in q.claimant.entities


def test_units_without_a_demonym_stay_unowned(extractor: Extractor) -> None:
    # Near miss: "the units" name no country, and the estimating source is no owner.
    text = (
        "He said the units, which Warsaw estimates at about 4,000 soldiers, were still near "
        "the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
