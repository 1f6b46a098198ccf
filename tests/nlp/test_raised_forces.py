"""A force brought back to a level is a troop count, not a toll (`bot.nlp.raised_forces`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _categories(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.category) for q in extractor.extract(text).quantities]


def test_a_force_brought_back_after_losses_is_troops(extractor: Extractor) -> None:
    text = (
        "The ministry said Minsk had flown in about 800 new conscripts to make good its losses, "
        "bringing the garrison back to some 5,000 soldiers."
    )
    assert (5000, "troop") in _categories(extractor, text)


def test_losses_brought_to_a_level_stay_a_toll(extractor: Extractor) -> None:
    # Near miss: the raised noun is the losses themselves, so the figure is still a toll.
    text = (
        "The ministry said Minsk had lost about 800 soldiers in the assault, bringing its "
        "losses to some 5,000 soldiers."
    )
    assert (5000, "casualty") in _categories(extractor, text)
