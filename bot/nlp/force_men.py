"""Men that size a military formation are its soldiers: "a force of 20,000 men", "he put the
contingent in the border region at about 4,000 men". Translated and older-style copy counts
a deployment in plain "men"; read as men, the figure escaped every watch on troops. Only a
formation noun right before "of", or sized with "at" a few words on, makes them soldiers:
"a crowd of 3,000 men" and "police put the queue at 300 men" stay men."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_FORMATIONS = frozenset(
    {"contingent", "contingents", "force", "forces", "deployment", "garrison", "army",
     "armies", "detachment", "corps", "brigade", "division", "battalion", "regiment",
     "troops", "expeditionary"}
)  # fmt: skip
# "a labour force of 3,000 men", "a police force of 500 men": no soldiers.
_CIVIL = frozenset({"labour", "labor", "work", "police", "sales", "fire"})
_SIZED_AT_REACH = 8  # "put the North Korean contingent still in the region at"
_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "and", "but", "while"})


def men_of_force(s: Sentence, f: Figure) -> bool:
    """Whether a count of men sizes a military formation named just before it."""
    if f.measure != "man" or f.start - 2 < s.start:
        return False
    before = s.lowers[f.start - 1]
    if before == "of":
        return s.lowers[f.start - 2] in _FORMATIONS and not _civil(s, f.start - 2)
    if before != "at":
        return False
    for k in range(f.start - 2, max(s.start, f.start - 2 - _SIZED_AT_REACH) - 1, -1):
        if s.lowers[k] in _BREAKS:
            return False
        if s.lowers[k] in _FORMATIONS:
            return not _civil(s, k)
    return False


def _civil(s: Sentence, k: int) -> bool:
    return k > s.start and s.lowers[k - 1] in _CIVIL
