"""A modal that hedges membership does not plan the group: in "his nephews may be among the
roughly 11,000 troops Pyongyang has sent", the "may" guesses who is in the group; the group's
count is told as a fact. Only a figure that is the object of "among" (its article and
qualifier between) is spared; "may send among the first 2,000" is no such group."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_DETERMINERS = frozenset({"the", "those", "some"})
_MEMBERSHIP = frozenset({"be", "been", "being", "are", "is", "were", "was", "remain"})


def among_group(s: Sentence, f: Figure) -> bool:
    """The figure counts a group something is guessed to belong to ("may be among the ...")."""
    k = f.start - 1
    if k >= s.start and s.lowers[k] in _DETERMINERS:
        k -= 1
    if k - 1 < s.start or s.lowers[k] != "among":
        return False  # nearly every figure: two word tests
    return s.lowers[k - 1] in _MEMBERSHIP
