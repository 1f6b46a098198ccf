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
     "neighbours", "neighbors", "allies", "presidents",
     # "the two heads of government signed", "the two premiers signed": each state's leader.
     "heads", "premiers"}
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


_PAIR_REACH = 10  # "the Agreement on Military-Technical Cooperation that the two countries' ..."


def pair_treaty(s: Sentence, trigger: int) -> bool:
    """Whether a clause right after the treaty noun at `trigger` names the pair that made it:
    "The agreement, signed by the two countries' defence ministers in the presence of
    Malaysian observers", "the accord that both sides' leaders signed". The pair is the one
    told before, and any other state in the sentence only watched."""
    if _PAIR.isdisjoint(s.words):
        return False
    lowers = s.lowers
    stop = min(s.end - 1, trigger + _PAIR_REACH)
    return any(
        lowers[k] in _PAIR and lowers[k + 1] in _STATES and lowers[k - 1] in _LEADS
        for k in range(trigger + 1, stop)
    )


# The words a pair follows in such a clause: an article, or "by" for a passive ("signed by
# both countries").
_LEADS = frozenset({"the", "by", "that", "which"})
