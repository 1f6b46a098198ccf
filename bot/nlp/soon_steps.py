"""A treaty taking effect in the present tense after "as soon as" or "when" is a moment the
news waits for: "will drop duties as soon as the deal takes effect" plans the entry into
force. "once" and "until" are read by `step_checks` and `step_cues`; a past tense ("when the
deal took effect") tells a done step and is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# Present-tense verbs of taking effect: at the cue ("takes effect") or just before it
# ("enters into force", whose cue starts at "into").
_PRESENT_EFFECT = frozenset({"takes", "enters", "comes"})
_REACH = 6  # "as soon as the new trade deal takes effect": a short subject between
_STOPS = frozenset({",", ";", ":", "and", "but", "which", "that"})


def soon_effect(s: Sentence, cue: StepCue) -> bool:
    """Whether the cue is a present-tense taking effect after "as soon as" or "when"."""
    verb = cue.start if s.lowers[cue.start] in _PRESENT_EFFECT else cue.start - 1
    if verb < s.start or s.lowers[verb] not in _PRESENT_EFFECT:
        return False  # nearly every cue: one set test
    for k in range(verb - 1, max(s.start, verb - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _STOPS:
            return False  # the step's clause has ended: the conjunction is another clause's
        if word == "when":
            return True
        if word == "as" and s.lowers[k - 2 : k] == ["as", "soon"]:
            return True
    return False
