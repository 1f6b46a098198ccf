"""A relay that names nobody ("according to three officials") leaves the claim with the
speaker it relays (`bot.nlp.unnamed_relays`, `bot.nlp.claim_choice`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [
        (q.value, q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_counted_relay_leaves_the_named_speaker(extractor: Extractor) -> None:
    text = (
        "Some 6,000 Belarusian troops are near the border, the NIS told lawmakers, "
        "according to three officials."
    )
    assert _claimants(extractor, text)[0] == (6000, "the NIS")


def test_named_relay_still_claims(extractor: Extractor) -> None:
    text = (
        "Some 6,000 Belarusian troops are near the border, General Oh told lawmakers, "
        "according to Rep. Hwang Dae-ho."
    )
    assert _claimants(extractor, text)[0] == (6000, "Rep. Hwang Dae-ho")
