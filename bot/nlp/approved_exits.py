"""Approving a law or decree that leaves a treaty is no approval of the treaty: "the
parliament voted to approve the president's decree withdrawing the country from the
convention". What the chamber backs is the exit, a withdrawal the participle after the law
word tells on its own; read as "approve", the unicameral vote would pass for a ratification.
So with a motion to leave ("backed the president's decision to withdraw from the pact") or
a leaving noun ("approves Finland's withdrawal from the treaty"): the exit is what passed."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import LAW_WORDS

_LEAVING = frozenset({"withdrawing", "leaving", "quitting", "exiting", "denouncing"})
# "a proposal to withdraw", "the decision to leave": a motion whose infinitive is an exit.
_MOTIONS = LAW_WORDS | frozenset(
    {"proposal", "decision", "plan", "motion", "move", "request", "initiative"}
)
_LEAVE = frozenset({"withdraw", "leave", "quit", "exit", "denounce"})
# "Finland's withdrawal from the convention": the noun of an exit, its treaty after "from".
_EXITS = frozenset({"withdrawal", "exit", "departure"})
_GATE = _LEAVING | _LEAVE | _EXITS
_STEPS = frozenset({Stage.APPROVED, Stage.RATIFIED})
# "approve President Volodymyr Zelensky's decree withdrawing": the approved word to the law.
_LAW_REACH = 7


def approves_an_exit(s: Sentence, cue: StepCue) -> bool:
    """Whether the approval or ratification at `cue` takes as object a law that leaves a
    treaty ("approved a bill quitting the pact")."""
    if cue.stage not in _STEPS or _GATE.isdisjoint(s.words):
        return False
    last = min(s.end - 1, cue.end + _LAW_REACH)
    lowers = s.lowers
    for j in range(cue.end, last):
        if lowers[j] in _EXITS and lowers[j + 1] == "from":
            return True
        if lowers[j] in _MOTIONS:
            return lowers[j + 1] in _LEAVING or (
                lowers[j + 1] == "to" and j + 2 < s.end and lowers[j + 2] in _LEAVE
            )
        if lowers[j] in {",", ";", "and"}:
            return False  # a second clause's law is not the one approved
    return False
