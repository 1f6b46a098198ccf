"""A treaty noun under a superlative with a clause of its own ("the biggest trade deal Britain
has concluded since leaving the EU", "the largest pact Tokyo ever signed") ranks this treaty
among all a state has signed: the clause's verb tells of those others, not of a step taken now,
and its names (the EU left, the state doing the ranking) are no parties of a signing.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_SUPERLATIVES = frozenset(
    {"biggest", "largest", "greatest", "most", "broadest", "widest", "deepest", "richest",
     "smallest", "best", "worst", "highest", "longest", "costliest", "boldest"}
)  # fmt: skip
# Words a contact clause may hold between its subject and the step verb.
_AUXILIARIES = frozenset({"has", "have", "had", "ever", "yet", "so", "far", "would"})
_REACH = 5  # "the biggest bilateral trade deal": the superlative's reach before the noun


def ranked_deal(s: Sentence, verb: int, trigger: int) -> bool:
    """Whether the step verb at `verb` sits in a contact clause ranking the treaty noun at
    `trigger` after a superlative: "the biggest deal Britain has concluded"."""
    if _SUPERLATIVES.isdisjoint(s.words) or not trigger < verb:
        return False  # most treaty sentences: no superlative, one set test
    if _SUPERLATIVES.isdisjoint(s.lowers[max(s.start, trigger - _REACH) : trigger]):
        return False
    subject = s.mention_at.get(trigger + 1)
    if subject is None or subject.start != trigger + 1:
        return False  # "the biggest deal signed ...": a participle, not a clause of its own
    between = s.lowers[subject.end : verb]
    return all(w in _AUXILIARIES for w in between)
