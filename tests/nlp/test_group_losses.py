"""A bare "losses" opening a clause belongs to the one force named by a demonym before it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_whose_losses_belong_to_the_units_named(extractor: Extractor) -> None:
    text = (
        "The Belarusian brigades whose losses have exceeded 900 killed and wounded were "
        "pulled back."
    )
    (q,) = extractor.extract(text).quantities
    assert q.category == "casualty" and q.actor == "Belarus"


def test_losses_after_a_troop_count_belong_to_its_side(extractor: Extractor) -> None:
    text = (
        "Kyiv says about 2,500 Belarusian soldiers remain in Russia and that losses since May have "
        "passed 700 killed and wounded."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.category == "casualty")
    assert toll.actor == "Belarus"


def test_losses_with_no_force_named_keep_no_side(extractor: Extractor) -> None:
    text = "Fighting went on near the border, and losses have passed 700 killed and wounded."
    toll = next(q for q in extractor.extract(text).quantities if q.category == "casualty")
    assert toll.actor is None
