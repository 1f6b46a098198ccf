"""A figure in a present progressive clause of its own after ", and": "Putin has ordered the
army to grow to 1.5 million troops, and recruiters are signing up about 30,000 recruits a
month". The clause has its own subject and "are <verb>ing" and tells what is going on now,
so the order or plan before the comma does not make its figure a plan. Only a plain subject
of a few words counts ("recruiters", "Russian factories"): one that opens on "to", or a
plan word in the figure's own clause ("and are preparing to send"), is left to the plan
tests."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.coordinated_clauses import coordinated_start
from bot.nlp.figures import Figure
from bot.nlp.finite_conjuncts import finite_conjunct_start

_BE = frozenset({"are", "is"})
# "are signing up about", "is now producing some": words from the verb to the figure.
_PARTICLES = frozenset({"up", "in", "out", "on", "now", "still", "already", "currently"})
# The subject between ", and" and "are": "recruiters", "Russian factories", "the plants".
_SUBJECT = 3
# Words that turn the "-ing" into a plan ("are preparing to send", "are planning").
_PLANS = frozenset({"preparing", "planning", "going", "hoping", "seeking", "aiming", "looking"})


def progressive_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own clause starts: `first`, or the subject after ", and" when the
    figure is the object of its own present progressive verb."""
    k = f.start - 1
    while k > first and s.lowers[k] in _PARTICLES:
        k -= 1
    verb = s.lowers[k] if k > first else ""
    if not verb.endswith("ing") or verb in _PLANS or s.lowers[k - 1] not in _BE:
        return first  # nearly every figure: no "are <verb>ing" right before it
    be = k - 1
    for j in range(be - 1, max(first, be - 1 - _SUBJECT) - 1, -1):
        word = s.lowers[j]
        if word == "and":
            if j - 1 >= first and s.lowers[j - 1] == "," and j + 1 < be:
                return j + 1
            return first
        if not word.isalpha() or word == "to":
            return first
    return first


def own_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own clause starts for a plan word to reach it: after ", and" when
    the figure is the subject of its own verb, or the object of its own progressive verb
    or of a finite verb phrase after "and" ("and has sent 6,000")."""
    first = finite_conjunct_start(s, coordinated_start(s, first, f), f)
    return progressive_clause_start(s, first, f)
