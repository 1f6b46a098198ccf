"""A treaty's force set as a condition: "will honour its duties as long as the treaty remains
in force", "so long as the pact stays in force". The clause tells how long another promise
lasts, not that the treaty has just taken effect, so the step is no news; it reads as one
still held open (planned). A plain "the treaty remains in force, the ministry said" is left
to the other readers: only the condition's opener turns it."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# "as long as", "so long as": the last two words open the condition.
_OPENERS = (("as", "long", "as"), ("so", "long", "as"))
_LONG = frozenset({"long"})
_REACH = 10  # "as long as the 2024 treaty on comprehensive strategic partnership remains"
_BREAKS = frozenset({",", ";", ":", "."})


def lasting_condition(s: Sentence, cue: StepCue) -> bool:
    """Whether the in-force cue stands in an "as long as ..." condition."""
    if cue.stage is not Stage.IN_FORCE or _LONG.isdisjoint(s.words):
        return False  # nearly every step: one identity and one set test
    k = cue.start - 1
    while k >= max(s.start + 2, cue.start - _REACH):
        if s.lowers[k] in _BREAKS:
            return False
        if tuple(s.lowers[k - 2 : k + 1]) in _OPENERS:
            return True
        k -= 1
    return False
