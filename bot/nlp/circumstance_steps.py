"""A step told as the setting of something else is history: "the conditions under which the
agreement was concluded have changed radically", "the circumstances in which the accord was
signed no longer exist". The relative clause on a noun of circumstances presupposes the
step; the sentence's news is what became of those circumstances.

Only "which" right after a preposition of setting ("under", "in", "on") after a noun of
circumstances, with no clause break between it and the step: "the treaty, under which the
parties ratified ..." (no such noun) and "the day on which the Duma ratified it" (a time,
whose date the dating rules read) are left to them."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_SETTINGS = frozenset(
    {"conditions", "circumstances", "situation", "context", "terms", "premises", "basis",
     "assumptions", "environment"}
)  # fmt: skip
_PREPOSITIONS = frozenset({"under", "in", "on", "amid"})
_BREAKS = frozenset({",", ";", ":", "."})
_REACH = 8  # "under which the treaty between the two governments was concluded"


def circumstance_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """Background for a step in "the conditions under which <treaty> was <step>"."""
    if modality is not Modality.REPORTED or "which" not in s.words:
        return modality  # nearly every step: no relative "which"
    for k in range(cue.start - 1, max(s.start + 1, cue.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _BREAKS:
            return modality
        if word == "which":
            setting = s.lowers[k - 1] in _PREPOSITIONS and k - 2 >= s.start
            if setting and s.lowers[k - 2] in _SETTINGS:
                return Modality.BACKGROUND
            return modality
    return modality
