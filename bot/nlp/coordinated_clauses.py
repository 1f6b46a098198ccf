"""A figure that opens a clause of its own after ", and": "North Korea is preparing to send
6,000 soldiers to Russia, and about 2,000 of its troops have been killed". A comma is no
clause break (lists and appositions use it too), so the plan word of the first clause would
reach the second; but a figure that is the subject of its own finite verb is told by that
verb, not by the plan before the comma, nor by its date ("contracts signed in 2022, and 110
of them have been delivered")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.coordinated_perfects import perfect_clause_start
from bot.nlp.figures import Figure

_FINITE = frozenset({"have", "has", "had", "were", "was", "are", "is"})
# "2,000 of its troops have": the partitive phrase between the count and its verb.
_REACH = 4
# "..., and the first 1,500 of them have been shipped": words that may open the figure's
# noun phrase between ", and" and the count; the clause is still the figure's own.
_OPENERS = frozenset(
    {"the", "a", "first", "last", "latest", "initial", "remaining", "further", "another",
     "other"}
)  # fmt: skip
_MAX_OPENERS = 2


def coordinated_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own clause starts: `first`, or the figure itself when it opens a
    clause after ", and" with its own verb."""
    k = f.start - 1
    while k > f.start - 1 - _MAX_OPENERS and k > first and s.lowers[k] in _OPENERS:
        k -= 1
    if k - 1 < first or s.lowers[k] != "and" or s.lowers[k - 1] != ",":
        return first  # nearly every figure: no ", and" right before it
    for j in range(f.end, min(s.end, f.end + _REACH)):
        word = s.lowers[j]
        if word in _FINITE:
            return f.start
        if not word.isalpha():
            break
    return first


def dated_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own clause starts for a date to reach it: as `coordinated_start`,
    and also at the subject of a present perfect clause after ", and" ("signed in 2021, and
    Armenia has sent 4,000"). A plan word before the comma still reaches such a clause
    ("pledged 9 billion euros, and the UK has committed £3 billion"), so only dates stop."""
    return perfect_clause_start(s, coordinated_start(s, first, f), f)
