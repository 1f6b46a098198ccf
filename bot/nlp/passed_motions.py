"""A ratification a chamber has voted through is done, not planned: "the National Assembly
on Thursday passed a motion to ratify the agreement", "the parliament adopted a bill to
ratify the accord". Read alone, "to ratify" is an intention; but a motion, bill or
resolution to ratify that a chamber passed is the ratification vote itself (as "voted to
ratify" is), so the step takes the passing verb's tense: news when the passing is news,
still planned in "is expected to pass a motion to ratify" (no past verb), history in "had
passed a bill to ratify it in 2019" (the passing's own date)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_cues import cue_modality
from bot.nlp.step_time import StepCue

_BASES = frozenset({"ratify", "approve"})
_MOTIONS = frozenset({"motion", "bill", "resolution", "measure", "decree"})
_PASSED = frozenset({"passed", "adopted", "approved", "endorsed", "backed"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


def passed_motion(s: Sentence, cue: StepCue, trigger: int, modality: Modality) -> Modality:
    """The passing verb's modality for a planned "to ratify" that names what a passed motion
    does; `modality` otherwise."""
    if modality is not Modality.PLANNED or cue.verb_word not in _BASES:
        return modality
    if _PASSED.isdisjoint(s.words) or _MOTIONS.isdisjoint(s.words):
        return modality  # nearly every step: two set tests
    k = cue.start - 1
    if k - 1 < s.start or s.lowers[k] != "to" or s.lowers[k - 1] not in _MOTIONS:
        return modality
    k -= 2
    if k >= s.start and s.lowers[k] in _DETERMINERS:
        k -= 1
    if k < s.start or s.lowers[k] not in _PASSED:
        return modality
    return cue_modality(s, StepCue(Stage.APPROVED, k, k + 1, s.lowers[k]), trigger)
