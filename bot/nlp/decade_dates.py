"""A figure whose clause is dated by a past decade is history: "Cuba kept some 36,000 troops
in Angola in the late 1970s", "kept about 100,000 troops in Afghanistan for most of the
1980s". Long reads set today's news against such figures; no news day falls in a decade
that has ended, so unlike a bare year ("in 2025", which a January page may still report)
the decade needs no further check. The current decade ("in the 2020s") may look ahead and
is left alone, and so is a count run from a decade ("the largest since the 1990s")."""

from __future__ import annotations

import re

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

# Decades that have ended: the 1500s to the 2010s.
_PAST_DECADE = re.compile(r"^(?:1[5-9][0-9]0|20[01]0)s$")
# What may stand between the period's preposition and the decade: "for most of the late".
_PERIOD_WORDS = frozenset({"the", "early", "late", "mid", "-", "most", "much", "part", "of"})
_PREPOSITIONS = frozenset({"in", "during", "for", "throughout", "through"})
_NOW = frozenset({"now", "today", "currently", "still"})
# Words that open a clause, a baseline or a participle's own time between figure and decade.
_OWN_CLAUSE = frozenset(
    {",", ";", "from", "than", "since", "as", "was", "were", "is", "are", "has", "have",
     "had", "who", "which", "that", "when", "where", "after", "before", "until"}
)  # fmt: skip


def decade_dated(s: Sentence, f: Figure) -> bool:
    """Whether a past decade, opened by "in"/"during"/"for ... of", dates the clause that
    holds `f` (not an aside closed before it, nor a clause of its own after it)."""
    # A decade after "the" or "late" is one of the sentence's dates ("in the 1990s").
    decades = [d.start for d in s.dates if d.end - d.start == 1 and _PAST_DECADE.match(
        s.lowers[d.start])]  # fmt: skip
    if not decades:
        return False  # nearly every sentence
    first, last = s.clause_start(f.start), s.clause_end(f.end)
    for k in decades:
        if not first <= k < last or s.in_aside(k, f.start):
            continue
        j = k - 1
        while j > first and s.lowers[j] in _PERIOD_WORDS:
            j -= 1
        if j < first or s.lowers[j] not in _PREPOSITIONS:
            continue
        # "kept 100,000 there in the 1980s and now has 5,000": the figure's own time.
        between = s.lowers[k : f.start] if k < f.start else s.lowers[f.end : k]
        if _NOW.isdisjoint(between) and not (k > f.start and _own_verb(s, f.end, k)):
            return True
    return False


def _own_verb(s: Sentence, end: int, k: int) -> bool:
    """Whether words between the figure's end and a decade after it give the decade a clause
    or a baseline of its own: "employs 1,100, down from 6,000 in the 1980s", "lists 17
    citizens as abducted in the 1970s", "a town of 58,000, was built in the 1930s"."""
    return any(w in _OWN_CLAUSE or w.endswith("ed") for w in s.lowers[end:k])
