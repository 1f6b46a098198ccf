"""Fates joined as a noun count the casualties: "North Korean dead and wounded together
number more than 7,000", "the Russian killed and wounded were about 1,200". News names a toll
by the fates it sums as well as by "casualties"; without this the figure, having no plural
noun for a subject, was lost. A single fate ("the dead number 300") is left alone: "dead"
alone may be an adjective ("the dead soldiers") and its own rules read it."""

from __future__ import annotations

from bot.nlp.context import Sentence

_FATES = frozenset({"killed", "dead", "wounded", "injured", "missing", "captured"})
_JOINS = frozenset({"and", "or", ","})
_SUMS = frozenset({"together", "combined", "altogether"})
_REACH = 6  # "killed , wounded and missing together"


def fate_pair(s: Sentence, k: int) -> int | None:
    """The first fate of a list of fates ending at token `k` (past a "together"), when the
    list names two fates or more; None otherwise."""
    if k > s.start and s.lowers[k] in _SUMS:
        k -= 1
    if k - 2 < s.start or s.lowers[k] not in _FATES:
        return None  # the common case: one set test
    j, fates = k, 0
    while j >= s.start and j > k - _REACH and s.lowers[j] in _FATES | _JOINS:
        fates += s.lowers[j] in _FATES
        j -= 1
    first = j + 1
    if fates < 2 or s.lowers[first] not in _FATES:
        return None
    return first
