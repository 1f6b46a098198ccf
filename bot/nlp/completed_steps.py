"""The parts of a step the sentence before told as completed history: "The statement came
days after Russia and North Korea completed ratification of their treaty. Putin signed the
ratification law Saturday, and the North said Tuesday that it had ratified the treaty." The
second sentence tells how that completion came about, step by step: the same stage between
the same parties, and as much history as the completion it details."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

_COMPLETED = ("completed", "finalised", "finalized", "concluded")


def completed_parts(s: Sentence, found: list[Event], previous: Event | None) -> list[Event]:
    """`found` made background where they retell the parts of a completed step just told as
    history."""
    if not found or previous is None or previous.modality is not Modality.BACKGROUND:
        return found  # nearly every sentence
    if previous.sentence == s.text or not _completed(previous):
        return found
    parties = frozenset(previous.parties)
    return [
        replace(e, modality=Modality.BACKGROUND)
        if e.modality is Modality.REPORTED
        and e.stage is previous.stage
        and frozenset(e.parties) <= parties
        else e
        for e in found
    ]


def _completed(e: Event) -> bool:
    lowered = e.sentence.lower()
    return any(word in lowered for word in _COMPLETED)
