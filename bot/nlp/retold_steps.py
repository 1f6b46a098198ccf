"""A sentence opened by "It was signed ..." right after a step told as history retells that
step: "In 1953 two generals signed an armistice at Panmunjom. It was signed on behalf of the
UN Command and the two Korean armies ...". Writers open with the bare pronoun to add detail
(who signed, where, for whom) to the step just told, so the step keeps its time. A step of
another stage ("It was ratified on Tuesday") is a new step and is left alone, and so is a
sentence that dates its own step ("It was signed again today")."""

from __future__ import annotations

from bot.models import Event, Modality
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_BE = frozenset({"was", "had", "were"})
# "It was signed", "It had been signed", "It was formally signed": words before the verb.
_MAX_BEFORE = 3
_NOW = frozenset({"today", "now", "again", "yesterday", "tonight", "this"})


def retold_step(s: Sentence, cue: StepCue, previous: Event | None, modality: Modality) -> Modality:
    """BACKGROUND for a step opened by "It was <stage verb>" that repeats the stage of a
    background step told just before; `modality` otherwise."""
    if modality is not Modality.REPORTED or previous is None or s.lowers[s.start] != "it":
        return modality  # nearly every step
    if previous.modality is not Modality.BACKGROUND or previous.stage is not cue.stage:
        return modality
    if s.start + 1 >= s.end or s.lowers[s.start + 1] not in _BE:
        return modality
    if not 0 < cue.start - s.start - 1 <= _MAX_BEFORE or not _NOW.isdisjoint(s.words):
        return modality
    return Modality.BACKGROUND
