"""Votes still to come and steps a condition waits for.

- "The lower house will vote on Thursday on ratifying the treaty": the vote is planned, however
  far the future verb stands before the stage word.
- "If the Duma approves it, the document will go to the upper house": a step after "if" or
  "unless" is one the news waits for.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_VOTE_WORDS = frozenset({"vote", "debate", "consider", "decide"})
_FUTURE = frozenset({"will", "would", "shall", "to"})
_VOTE_REACH = 10
_IFS = frozenset({"if", "unless"})


def planned_vote(s: Sentence, cue: StepCue) -> bool:
    """A stage word after "on" that a future vote ("will vote", "is due to vote") is about."""
    first = s.clause_start(cue.start)
    if cue.start - 1 < first or s.lowers[cue.start - 1] != "on":
        return False
    for k in range(cue.start - 1, max(first, cue.start - _VOTE_REACH) - 1, -1):
        if s.lowers[k] in _VOTE_WORDS:
            return k - 1 >= s.start and s.lowers[k - 1] in _FUTURE
    return False


def waits_on_if(s: Sentence, cue: StepCue) -> bool:
    """The stage word's clause opens with "if" or "unless"."""
    opener = s.clause_start(cue.start)
    return any(s.start <= k < cue.start and s.lowers[k] in _IFS and not _closed_condition(s, k, cue)
               for k in (opener - 1, opener))  # fmt: skip


# The past tense of the verbs a treaty's taking effect goes with.
_PAST_EFFECTS = frozenset({"came", "took", "entered", "went"})
_BE = frozenset({"is", "are", "was", "were"})


def _closed_condition(s: Sentence, k: int, cue: StepCue) -> bool:
    """"A treaty committing them to defend each other if either is attacked came into force":
    the "if" clause, with its own verb, belongs to the terms the subject describes; the step's
    past verb after it is the main clause's, done, not waited for."""
    verb = cue.start if s.lowers[cue.start] in _PAST_EFFECTS else cue.start - 1
    if verb <= k + 2 or s.lowers[verb] not in _PAST_EFFECTS:
        return False
    return any(s.lowers[j] in _BE for j in range(k + 1, verb - 1))
