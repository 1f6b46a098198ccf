"""An exit that "takes effect" is a withdrawal on a set date, not a treaty coming into force:
"its withdrawal takes effect in June 2026", "Kyiv's withdrawal will take effect six months
after the notification". The present "takes effect" tells a schedule (a done exit "took effect"),
so the withdrawal is planned, and the words "take effect" name no treaty's entry into force."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# Plurals: "The withdrawals of Latvia and Estonia ... took effect", "their exits".
EXITS = frozenset({"withdrawal", "exit", "denunciation", "withdrawals", "exits"})
_FUTURE = frozenset({"will", "would", "shall", "to"})
_STOPS = frozenset({",", ";", ":", "that", "which", "who", "but"})
# "Chile's withdrawal from the fisheries pact with Peru takes effect": past the exit's phrase.
_REACH = 10
# "The withdrawals of Latvia, Lithuania and Estonia from the Ottawa convention banning
# anti-personnel mines took effect": the exits' owners and treaty may run long before the verb.
_SUBJECT_REACH = 18


def scheduled_exit(s: Sentence, cue: StepCue) -> bool:
    """An exit noun whose own verb is "takes effect" or "will take effect"."""
    if cue.verb_word not in EXITS or "effect" not in s.words:
        return False
    for k in range(cue.end, min(s.end - 1, cue.end + _REACH)):
        if s.lowers[k] in _STOPS:
            return False
        if s.lowers[k + 1] == "effect" and s.lowers[k] in {"takes", "take"}:
            return s.lowers[k] == "takes" or s.lowers[k - 1] in _FUTURE
    return False


def exit_taking_effect(s: Sentence, start: int) -> bool:
    """Whether the "takes effect" cue at `start` has an exit noun for its subject."""
    for k in range(start - 1, max(s.start, start - _SUBJECT_REACH) - 1, -1):
        if s.lowers[k] in _STOPS and not _listing_comma(s, k):
            return False
        if s.lowers[k] in EXITS:
            return True
    return False


def _listing_comma(s: Sentence, k: int) -> bool:
    """A comma between two names ("Latvia, Lithuania and Estonia") lists the exits' owners;
    it closes no clause."""
    return s.lowers[k] == "," and k - 1 in s.mention_at and k + 1 in s.mention_at
