"""A "he"/"she" subject that stands for the leader named last makes the figure his side's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_pronoun_for_the_leader_named_before_gives_his_country(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin visited a military hospital in Moscow on Friday. "
        "He handed state awards to 75 soldiers of the marine brigade."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"


def test_a_pronoun_after_two_leaders_stays_unresolved(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin received Kim Jong Un in the Kremlin on Friday. "
        "He handed state awards to 75 soldiers of the marine brigade."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
