"""Approving a law or decree that leaves a treaty is no approval of the treaty: "the
parliament voted to approve the president's decree withdrawing the country from the
convention". What the chamber backs is the exit, a withdrawal the participle after the law
word tells on its own; read as "approve", the unicameral vote would pass for a ratification."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import LAW_WORDS

_LEAVING = frozenset({"withdrawing", "leaving", "quitting", "exiting", "denouncing"})
_STEPS = frozenset({Stage.APPROVED, Stage.RATIFIED})
# "approve President Volodymyr Zelensky's decree withdrawing": the approved word to the law.
_LAW_REACH = 7


def approves_an_exit(s: Sentence, cue: StepCue) -> bool:
    """Whether the approval or ratification at `cue` takes as object a law that leaves a
    treaty ("approved a bill quitting the pact")."""
    if cue.stage not in _STEPS or _LEAVING.isdisjoint(s.words):
        return False
    last = min(s.end - 1, cue.end + _LAW_REACH)
    for j in range(cue.end, last):
        if s.lowers[j] in LAW_WORDS:
            return s.lowers[j + 1] in _LEAVING
        if s.lowers[j] in {",", ";", "and"}:
            return False  # a second clause's law is not the one approved
    return False
