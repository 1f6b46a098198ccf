"""A part counted out of a whole its demonym owns: "about 6,000 of the North Korean
soldiers were killed", "2,000 of the Russian troops". The part's owner is the whole's, and
the demonym names it; without this a partitive whose sentence names no acting side (a
passive "were killed", an "it estimated" subject) is left without an owner.

Only a demonym inside the whole's own noun phrase counts: "1,000 of them fought near the
Russian border" names a place, and "300 of the troops sent to Russia" names where they went.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_DETERMINERS = frozenset({"the", "those", "these", "its", "their"})
_REACH = 4  # "the North Korean special forces" before the counted noun


def demonym_whole_owner(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """Whose side "N of the <demonym> <noun>" counts, or None."""
    k = f.num_end
    if k + 1 >= s.end or s.lowers[k] != "of" or s.lowers[k + 1] not in _DETERMINERS:
        return None
    if not k < f.unit_start <= k + 2 + _REACH:
        return None  # the counted noun is not the whole's head: "300 of them, Russian ..."
    for found in s.mentions_between(k + 2, f.unit_start):
        if found.adjectival and found.start not in claim_tokens:
            return s.gazetteer.actor_of(found.entity)
    return None
