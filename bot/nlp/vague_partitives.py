"""A vague part of a counted whole: "several hundred of the roughly 11,000 troops had been
killed", "hundreds of the 3,000 soldiers". The part counts what its whole counts, so its unit
is the whole's noun; without this the vague reader found no noun right after "of the" and
"several hundred" fell back to a bare "hundred", a count of 100 read from a word that was
never a number. (A numeric part, "300 of the 11,000", is read in implied.py.)"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.partitive_wholes import past_qualifier

_DEFINITE = frozenset({"the", "its", "their", "an", "some"})
# "Thousands of those soldiers had been killed": a vague part of a group named before, its
# noun right after the demonstrative, so the part counts that noun.
_DEMONSTRATIVES = frozenset({"those", "these"})


def vague_whole_start(s: Sentence, j: int) -> int | None:
    """Where the whole's figure starts after the "of" of a vague part (token j is the word
    after "of"): past its article and qualifier, at a number; None for "hundreds of
    the wounded", whose noun the unit reader takes as it is."""
    if j >= s.end or s.lowers[j] not in _DEFINITE:
        return None  # "hundreds of soldiers": the common case, one set test
    k = past_qualifier(s, j + 1)
    if k < s.end and s.lowers[k][:1].isdigit():
        return k
    return None


def demonstrative_noun_start(s: Sentence, j: int) -> int | None:
    """Where the noun of "thousands of those soldiers" is looked for (token j is the word
    after "of"): past the demonstrative; None when no demonstrative stands there."""
    if j + 1 >= s.end or s.lowers[j] not in _DEMONSTRATIVES:
        return None
    return j + 1
