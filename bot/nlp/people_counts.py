"""What a count of people counts, where the words around it mislead the rules:

- "has suffered 4,000 casualties and has sent 1,500 soldiers": a loss word belongs to the
  figure it counts; past another figure it no longer makes the next count a casualty count.
- "at least 100 servicemen of the DPRK had been killed": the fate follows the owner phrase
  after the noun; the figure counts casualties.
- "the North Korean contingent in Kursk numbers about 8,000": a contingent, a unit or a
  deployment is part of an army; its strength is no army's whole size.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_LOSS_WORDS = frozenset({"losses", "casualties", "lost", "death", "toll"})
_OWNER_REACH = 6
_BE = frozenset({"were", "was", "have", "had", "been", "are", "being", "reportedly"})
_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "slain", "missing"})
_PARTS = frozenset(
    {"contingent", "contingents", "deployment", "detachment", "expeditionary", "battalion",
     "battalions", "brigade", "brigades", "unit", "units", "corps", "garrison", "grouping"}
)  # fmt: skip


def loss_named_before(s: Sentence, f: Figure) -> bool:
    """A loss word before the figure in its clause that is no earlier figure's unit."""
    first = s.clause_start(f.start)
    if _LOSS_WORDS.isdisjoint(s.lowers[first : f.start]):
        return False  # nearly every figure: one scan in C
    # "suffered 4,000 casualties and sent 1,500 soldiers": right after a number, the loss
    # word is the earlier figure's unit.
    return any(
        s.lowers[k] in _LOSS_WORDS and (k == s.start or not s.lowers[k - 1][:1].isdigit())
        for k in range(first, f.start)
    )


def fate_past_owner(s: Sentence, f: Figure) -> bool:
    """"100 servicemen of the DPRK had been killed": a fate after an "of" phrase."""
    k = f.unit_end
    if k >= s.end or s.lowers[k] != "of":
        return False
    for j in range(k + 1, min(s.end, k + 1 + _OWNER_REACH)):
        if s.lowers[j] in _BE:
            while j < s.end and s.lowers[j] in _BE:
                j += 1
            return j < s.end and s.lowers[j] in _FATES
        if s.lowers[j] in {",", ";", "and", "who", "that", "which"}:
            return False
    return False


def part_of_army(s: Sentence, f: Figure) -> bool:
    """The figure's clause names a part of an army before it."""
    return not _PARTS.isdisjoint(s.lowers[s.clause_start(f.start) : f.start])


_ARMIES = frozenset({"army", "military", "armed forces"})


def army_of(s: Sentence, f: Figure) -> bool:
    """"their own army of some 500,000 troops": the army the figure sizes is a whole force."""
    return f.start - 2 >= s.start and s.lowers[f.start - 1] == "of" and (
        s.lowers[f.start - 2] in _ARMIES
    )
