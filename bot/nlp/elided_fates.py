"""A part of a toll told with only a fate's adverb: "about 4,700 soldiers were killed or
wounded, about 600 of them fatally". The verb is left out because the sentence has just said
it; the adverb alone makes the part a count of the dead among the group just counted, and
so that group's side, not the side of a stray name elsewhere in the sentence ("fighting
Ukrainian forces")."""

from __future__ import annotations

from itertools import pairwise

from bot.nlp.bare_numbers import OF_THEM
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.whole_ranges import out_of_whole

# Adverbs that say how badly people were hurt; "fatally" the commonest in tolls.
_FATE_ADVERBS = frozenset({"fatally", "mortally", "seriously", "critically", "severely"})
# The elided clause ends at once: "600 of them fatally," / "... fatally." / "... fatally;".
_ENDS = frozenset({",", ".", ";", ")", "—", "–"})
_PEOPLE = frozenset({"troop", "casualty", "person"})


def elided_fate(s: Sentence, k: int) -> bool:
    """Whether "them" at token k is followed by a fate's adverb and then the clause's end,
    the whole of an elided "were killed or wounded"."""
    after = k + 1
    if after >= s.end or s.lowers[after] not in _FATE_ADVERBS:
        return False  # cheap test first: almost no "of them" is followed by one
    # "200 of them seriously considered leaving": a verb after the adverb is no elision.
    return after + 1 >= s.end or s.lowers[after + 1] in _ENDS


def toll_of_them(s: Sentence, f: Figure) -> bool:
    """"about 600 of them fatally", "2,000 of whom died": the dead among a group just counted
    are that group's, whatever other side the sentence names; the side the part's reading
    implies outranks the actor rules' guess from a name further off."""
    at = f.num_end
    return f.category == "casualty" and at + 1 < s.end and s.lowers[at] == "of" and (
        s.lowers[at + 1] in OF_THEM
    )


def whole_of_toll(s: Sentence, f: Figure) -> bool:
    """"..., out of some 15,000 sent since last fall": a bare whole the sentence's toll came
    out of is the force of the toll's own side, as the part's reading implies."""
    return f.category in _PEOPLE and out_of_whole(s, f.start)


# What a part's verb says happened to it: "of whom around 2,000 have been killed".
_FATES = frozenset({"killed", "wounded", "injured", "died", "perished", "slain", "dead"})
_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "reportedly"})
_PART_REACH = 4  # "of whom more than 2,000", "of whom an estimated 2,000"


def fate_after_part(s: Sentence, f: Figure) -> bool:
    """"put the number of soldiers sent at 15,000, of whom around 2,000 have been killed":
    the part takes the group's noun, named before the number, so the fate told after the
    number is what the part counts: the dead, not more troops."""
    if f.unit_end > f.num_start or f.category not in _PEOPLE:
        return False  # the unit stands after the number: read by the casualty rules
    lead = s.lowers[max(s.start, f.num_start - _PART_REACH) : f.num_start]
    if not any(a == "of" and b in OF_THEM for a, b in pairwise(lead)):
        return False
    k = f.num_end
    while k < s.end and s.lowers[k] in _AUXILIARIES:
        k += 1
    return k > f.num_end and k < s.end and s.lowers[k] in _FATES
