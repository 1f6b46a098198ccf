"""A modal that hedges membership does not plan the group: in "his nephews may be among the
roughly 11,000 troops Pyongyang has sent", the "may" guesses who is in the group; the group's
count is told as a fact. Only a figure that is the object of "among" (its article and
qualifier between) is spared; "may send among the first 2,000" is no such group.

The same object is no loss either: in "the casualties were among the 11,000 troops sent" the
casualties are the subject; the 11,000 are the troops they came from."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_DETERMINERS = frozenset({"the", "those", "some"})
_MEMBERSHIP = frozenset({"be", "been", "being", "are", "is", "were", "was", "remain"})


def among_group(s: Sentence, f: Figure) -> bool:
    """The figure counts a group something is guessed to belong to ("may be among the ...")."""
    k = _among_before(s, f)
    return k is not None and k - 1 >= s.start and s.lowers[k - 1] in _MEMBERSHIP


def among_object(s: Sentence, f: Figure) -> bool:
    """The figure is the object of "among" ("were among the roughly 11,000 troops"): it
    counts the whole group the subject belongs to, not the subject itself."""
    return _among_before(s, f) is not None


def _among_before(s: Sentence, f: Figure) -> int | None:
    """The token of the "among" right before the figure (past one determiner), if any."""
    k = f.start - 1
    if k >= s.start and s.lowers[k] in _DETERMINERS:
        k -= 1
    if k < s.start or s.lowers[k] not in {"among", "amongst"}:
        return None  # nearly every figure: two word tests
    return k
