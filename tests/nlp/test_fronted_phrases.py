"""A loss word in a fronted "After heavy losses, ..." phrase does not make the clause's
count a toll (`bot.nlp.fronted_phrases`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_a_fronted_loss_phrase_leaves_the_force_a_force(extractor: Extractor) -> None:
    text = (
        "After the heavy losses of the spring, the remaining force of some 6,000 Chadian "
        "soldiers was pulled back to the border, officials said."
    )
    assert _measures(extractor, text)[6000] == "troop"


def test_losses_in_the_clause_itself_still_count(extractor: Extractor) -> None:
    text = "After the spring offensive, losses reached some 6,000 soldiers, officials said."
    assert _measures(extractor, text)[6000] == "casualty"
