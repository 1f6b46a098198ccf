"""Whose people a figure counts when the owner follows a force noun: "4,000 servicemen of the
army of the DPRK", "300 soldiers of the armed forces of Ukraine". Translated agency copy names
the country after the army rather than before it ("the DPRK army"); the army is the country's,
so its servicemen are too."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

# The bodies whose "of X" names the country that fields them.
_FORCES = frozenset({"army", "armed", "forces", "military", "navy", "troops", "units"})
_MAX_FORCE_WORDS = 2  # "the armed forces of", "the army of"
_OF = frozenset({"of"})


def force_of_owner(s: Sentence, k: int) -> Found | None:
    """The mention X of "of the army of X" starting at token k; None when it is not that."""
    if k + 3 >= s.end or s.lowers[k] != "of":
        return None
    j = k + 1 + (s.lowers[k + 1] == "the")
    start = j
    while j < s.end and j - start < _MAX_FORCE_WORDS and s.lowers[j] in _FORCES:
        j += 1
    if j == start:
        return None  # "of the region of X" is no force
    return s.mention_after(j, _OF)  # "of the DPRK" is read as any owner
