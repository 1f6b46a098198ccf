"""Troops that withdraw leave ground, not a treaty: "Israeli forces are to withdraw from
southern Lebanon", "Rwanda is to withdraw its troops from Congolese territory". A deal may
order such a pullout, but the withdrawal is the deal's term, not a state's exit from it, so
the stage word tells no step. A state that withdraws "from the treaty" has no troops around
its verb and is left alone."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.units import TROOP_WORDS

# "withdraw its troops", "pull out all its forces": the object, a determiner or two before it.
_OBJECT_REACH = 3
# "Israeli forces are to withdraw": the subject noun, an auxiliary or two before the verb.
_SUBJECT_REACH = 4
_TROOPS = frozenset(w for w in TROOP_WORDS if " " not in w) - {"military", "army"}


def troops_withdraw(s: Sentence, cue: StepCue) -> bool:
    """Whether the withdrawal at `cue` is troops pulling out rather than an exit."""
    if cue.stage is not Stage.WITHDRAWN or _TROOPS.isdisjoint(s.words):
        return False  # not a withdrawal, or no troops named: nearly every step
    after = s.lowers[cue.end : min(s.end, cue.end + _OBJECT_REACH)]
    if not _TROOPS.isdisjoint(after):
        return True
    first = s.clause_start(cue.start)
    before = s.lowers[max(first, cue.start - _SUBJECT_REACH) : cue.start]
    return not _TROOPS.isdisjoint(before)
