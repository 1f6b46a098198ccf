"""A country in "fighting on the side of X" is the ally, not whose the counted are
(`bot.nlp.side_phrases`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_the_side_fought_for_is_no_owner(extractor: Extractor) -> None:
    text = (
        "Chadian troops fighting on the side of Sudan have lost about 900 servicemen, "
        "officials said."
    )
    assert _actors(extractor, text)[900] == "Chad"


def test_losses_on_a_countrys_side_are_its_own(extractor: Extractor) -> None:
    text = "Losses on the side of Sudan reached about 900 servicemen, officials said."
    assert _actors(extractor, text)[900] == "Sudan"
