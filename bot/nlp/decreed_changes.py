"""A figure a decree's own change clause carries: "Putin signed a decree increasing the
number of troops by 180,000, bringing the total to 1.5 million", "an edict raising the
strength of the guard to 250,000". A decree sets a level the force is to reach, usually from
a date ahead ("effective December 1"), so what it adds or sets is planned, not a count of
what already stands. A decree that calls up or orders men is already handled next to the
figure (`modality._provided`); this reads the longer "decree <changing> the X of Y by N"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_DECREES = frozenset({"decree", "decrees", "edict", "ukase"})
# The participle that opens what the decree does to a number.
_CHANGING = frozenset(
    {"increasing", "raising", "expanding", "boosting", "lifting", "cutting", "reducing",
     "setting", "capping"}
)  # fmt: skip
# "the number of active military personnel by 180,000, bringing the total to 1.5 million":
# the change clause and its ", bringing" tail stay within this many words of the decree.
_REACH = 18
# A word that opens another clause ends what the decree says: "a decree raising pay, after
# the army lost 1,200 men" counts the loss as it stands.
_CLAUSE_OPENERS = frozenset(
    {"said", "says", "as", "while", "after", "when", "but", "which", "who", "where",
     "although", "though", "since", "because", "amid", ";", ":", "—", "(", "and"}
)  # fmt: skip


def decreed_change(s: Sentence, f: Figure) -> bool:
    """Whether the figure sits in the change clause of a decree before it."""
    if _DECREES.isdisjoint(s.words):
        return False  # the common case: no decree in the sentence
    for k in range(f.start - 2, max(s.start, f.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _CLAUSE_OPENERS:
            return False
        if word in _CHANGING and k - 1 >= s.start and s.lowers[k - 1] in _DECREES:
            return True
    return False
