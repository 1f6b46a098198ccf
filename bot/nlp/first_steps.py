"""A step told as the first of its kind is the treaty's history: "the parliament ratified the
statute on Wednesday, long after Kyiv first signed it", "Hungary originally signed the deal in
2021". The adverb sets the step before the one the story reports."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_EARLIER = frozenset({"first", "originally", "initially"})
_PAST_IRREGULAR = frozenset({"quit", "withdrew"})


def first_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """Background for a reported step whose past verb "first"/"originally" comes right before."""
    if modality is not Modality.REPORTED or cue.start <= s.start:
        return modality
    if s.lowers[cue.start - 1] not in _EARLIER:
        return modality  # nearly every step: one set test
    verb = s.lowers[cue.start]
    past = verb.endswith("ed") or verb in _PAST_IRREGULAR
    return Modality.BACKGROUND if past else modality
