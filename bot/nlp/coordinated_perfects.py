"""A figure in the object of a present perfect clause of its own after ", and": "The pact
took effect in March 2021, and Armenia has sent 4,000 troops since". The clause's own
subject and "has" / "have" make it a clause of its own, and the present perfect tells a
state that reaches to now, so a past date in the clause before the comma does not date it
(a date there made the figure history)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PERFECT = frozenset({"has", "have"})
# "has sent", "have already deployed", "has since sent": plain words from "has" to the figure.
_REACH = 4
# ", and" may stand this far before the figure: "[the] <name> has already sent about".
_BACK = 12


def perfect_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own clause starts: `first`, or the subject after ", and" when the
    figure is the object of that subject's present perfect verb."""
    if "and" not in s.words or _PERFECT.isdisjoint(s.words):
        return first  # most sentences: two set tests
    lowers = s.lowers
    for j in range(f.start - 1, max(first, f.start - _BACK), -1):
        if lowers[j] != "and" or lowers[j - 1] != ",":
            continue
        m = j + 1
        if lowers[m] == "the":
            m += 1
        subject = s.mention_at.get(m)
        if subject is None or subject.start != m or subject.end >= f.start:
            return first
        aux = subject.end
        if lowers[aux] not in _PERFECT or f.start - aux - 1 > _REACH:
            return first
        if all(w.isalpha() for w in lowers[aux + 1 : f.start]):
            return j + 1
        return first
    return first
