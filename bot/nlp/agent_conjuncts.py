"""The agent of a passive or participle in one predicate is no subject of a predicate joined
after it by "and": in "North Korea supplies the shells used by Russian forces and still has
about 11,000 troops there", "has" shares the clause's subject, North Korea, and "Russian
forces" only tell who uses the shells. Read left from the count, the agent stands nearest
and would pass for whose the troops are.

Only with the joined predicate opening on a finite verb right after "and" (an adverb or two
between): "... were hit by Russian forces and 40 civilians" joins nouns, not predicates, and
"Kyiv was attacked by Russia with 90 drones" joins nothing, so the agent still owns those."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Finite verbs a predicate joined without its own subject opens with.
_FINITE = frozenset(
    {"has", "had", "have", "is", "was", "are", "were", "keeps", "kept", "maintains",
     "maintained", "holds", "held", "retains", "retained", "fields", "fielded"}
)  # fmt: skip
# "and still has", "and now also keeps": adverbs between "and" and the verb.
_ADVERBS = frozenset({"still", "now", "also", "already", "reportedly", "currently"})
_MAX_ADVERBS = 2


def agent_of_earlier_predicate(s: Sentence, before: int, end: int, figure: int) -> bool:
    """The mention ending at `end`, with token `before` just ahead of it, is the "by" agent
    of a predicate that an "and" plus a finite verb closes before the count at `figure`."""
    if before < s.start or s.lowers[before] != "by":
        return False  # nearly every mention: one word test
    for k in range(end, figure - 1):
        if s.lowers[k] != "and":
            continue
        j = k + 1
        while j < figure and j - k <= _MAX_ADVERBS and s.lowers[j] in _ADVERBS:
            j += 1
        if s.lowers[j] in _FINITE:
            return True
    return False
