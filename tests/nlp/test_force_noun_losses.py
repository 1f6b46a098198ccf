"""A toll of "the contingent's losses" belongs to the force named before it
(`bot.nlp.force_noun_losses`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _tolls(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.actor) for q in extractor.extract(text).quantities
            if q.category == "casualty"]  # fmt: skip


def test_the_contingents_losses_are_the_named_forces(extractor: Extractor) -> None:
    text = (
        "Belarusian troops have moved closer to the border, the ministry said on Monday, "
        "adding that the contingent's losses had reached 300 killed and wounded."
    )
    assert _tolls(extractor, text) == [(300, "Belarus")]


def test_a_bodys_losses_stay_ownerless(extractor: Extractor) -> None:
    # Near miss: "the agency's" is no force noun, so the toll is not the troops'.
    text = (
        "Belarusian troops have moved closer to the border, the ministry said on Monday, "
        "adding that the agency's losses had reached 300 killed and wounded."
    )
    assert _tolls(extractor, text) == [(300, None)]
