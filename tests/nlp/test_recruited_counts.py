"""People a side recruits are no casualties, whatever words of loss stand near
(`bot.nlp.recruited_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_recruited_soldiers_are_troops_not_losses(extractor: Extractor) -> None:
    text = (
        "Analysts say heavy losses have not stopped Minsk from recruiting some 4,000 new "
        "soldiers a month to replace its dead and wounded."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(4000, "troop")]


def test_recruits_killed_are_still_casualties(extractor: Extractor) -> None:
    # Near miss: the noun "recruits" with its fate after it counts the dead.
    text = "The army said 40 recruits were killed in the strike on the training ground."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(40, "casualty")]
