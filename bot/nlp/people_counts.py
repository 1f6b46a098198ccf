"""What a count of people counts, where the words around it mislead the rules:

- "at least 100 servicemen of the DPRK had been killed": the fate follows the owner phrase
  after the noun; the figure counts casualties.
- "2,146 civilians, including 95 children, have been killed": the fate follows an aside set
  off by commas; "the deaths of at least 78,329 servicemen": the deaths are named before the
  count. Both figures count casualties.
- "the North Korean contingent in Kursk numbers about 8,000": a contingent, a unit or a
  deployment is part of an army; its strength is no army's whole size.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_OWNER_REACH = 6
_BE = frozenset({"were", "was", "have", "had", "been", "are", "being", "reportedly"})
_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "slain", "missing"})
_PARTS = frozenset(
    {"contingent", "contingents", "deployment", "detachment", "expeditionary", "battalion",
     "battalions", "brigade", "brigades", "unit", "units", "corps", "garrison", "grouping"}
)  # fmt: skip


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


# Asides that pick out part of the counted people before their fate is told.
_ASIDES = frozenset({"including", "among", "most", "many", "some", "mostly", "mainly"})
_ASIDE_REACH = 8
_DEATHS = frozenset({"deaths", "death", "killing", "killings", "bodies"})
# "..., most of them soldiers, were registered as missing": the record a fate is told by
# stands between the verb and the fate, as "were" does.
_RECORDED = frozenset(
    {"registered", "recorded", "listed", "officially", "still", "as", "presumed", "feared"}
)


def fate_past_aside(s: Sentence, f: Figure) -> bool:
    """"2,146 civilians, including 95 children, have been killed"."""
    k = f.unit_end
    if k + 1 >= s.end or s.lowers[k] != "," or s.lowers[k + 1] not in _ASIDES:
        return False
    close = next(
        (j for j in range(k + 2, min(s.end, k + 2 + _ASIDE_REACH)) if s.lowers[j] == ","), None
    )
    if close is None:
        return False
    j = close + 1
    while j < s.end and (s.lowers[j] in _BE or s.lowers[j] in _RECORDED):
        j += 1
    return j > close + 1 and j < s.end and s.lowers[j] in _FATES


def deaths_of(s: Sentence, f: Figure) -> bool:
    """"confirmed the deaths of at least 78,329 servicemen": the count is of the dead."""
    of = f.start - 1
    return of - 1 >= s.start and s.lowers[of] == "of" and s.lowers[of - 1] in _DEATHS


# "the Russian group of forces in Ukraine numbers about 700,000": the translated name of a
# deployed grouping ("gruppirovka"), a part of the army as "grouping" is.
_GROUPED = frozenset({"forces", "troops"})


def part_of_army(s: Sentence, f: Figure) -> bool:
    """The figure's clause names a part of an army before it."""
    words = s.lowers[s.clause_start(f.start) : f.start]
    if not _PARTS.isdisjoint(words):
        return True
    return any(
        words[k : k + 2] == ["group", "of"] and words[k + 2] in _GROUPED
        for k in range(len(words) - 2)
    )


_ARMIES = frozenset({"army", "military", "armed forces"})


def army_of(s: Sentence, f: Figure) -> bool:
    """"their own army of some 500,000 troops": the army the figure sizes is a whole force;
    so is "an active-duty force of about 48,000 troops" (a bare "force of 1,500" is a
    detachment)."""
    if f.start - 2 < s.start or s.lowers[f.start - 1] != "of":
        return False
    noun = s.lowers[f.start - 2]
    return noun in _ARMIES or (
        noun == "force" and f.start - 3 >= s.start and s.lowers[f.start - 3] in _ACTIVE
    )


_ACTIVE = frozenset({"active", "duty", "active-duty", "standing"})
