"""A step taken by "the two countries", "both sides" or "the two governments": the pair is
the one the article has been telling of, so the step's parties are the last step's parties.
"On Monday the two countries signed an agreement on health care" names neither state, yet
the reader knows which two are meant.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_PAIR = frozenset({"two", "both"})
_STATES = frozenset(
    {"countries", "nations", "sides", "governments", "states", "leaders", "capitals",
     "neighbours", "neighbors", "allies", "presidents"}
)  # fmt: skip


def pair_subject(s: Sentence, cue: StepCue) -> bool:
    """Whether the step's own clause names its subject as a pair of states before the
    step word ("the two countries signed", "both sides have ratified")."""
    if _PAIR.isdisjoint(s.words):
        return False  # most sentences: no pair word, nothing to scan
    first = s.clause_start(cue.start)
    lowers = s.lowers
    return any(
        lowers[k] in _PAIR and lowers[k + 1] in _STATES for k in range(first, cue.start - 1)
    )
