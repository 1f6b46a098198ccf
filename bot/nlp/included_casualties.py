"""Soldiers counted as part of a toll told just before: "lost 38,000 troops killed and
wounded, including nearly 4,000 conscripts", "1,200 casualties, among them 300 marines". What
"including" (or "among them") introduces is a share of the casualty count before it, so the
soldiers are casualties too, though their own noun names no fate. Read as troops they would
be a deployment, the figure a watch on troop numbers alerts on.

Civilians keep their own noun ("killed 40 people, including 12 children" counts children):
no troop watch can misread them, and the gold sets count them so.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_INCLUDING = frozenset({"including", "among"})
# Words that may stand between the marker and the figure: "including about", "among them".
_REACH = 4


def included_casualties(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    if _INCLUDING.isdisjoint(s.words):
        return quantities  # most sentences: no marker, nothing to scan
    text = s.tokens.text
    for k in range(1, len(quantities)):
        q = quantities[k]
        if q.category != "troop":
            continue
        before = next((p for p in reversed(quantities[:k]) if p.value is not None), None)
        if before is None or before.category != "casualty":
            continue
        lead = text[before.end : q.start].lower().replace(",", " , ").split()[-_REACH:]
        if _marks_share(lead):
            quantities[k] = replace(q, measure="casualty", category="casualty")
    return quantities


def _marks_share(lead: list[str]) -> bool:
    """Whether the words just before the figure end in "including" or "among them", with
    at most a qualifier between ("including nearly")."""
    for j, word in enumerate(lead):
        rest = lead[j + 1 :]
        if word == "including" and len(rest) <= 2 and "," not in rest:
            return True
        if word == "among" and rest[:1] in (["them"], ["those"]) and len(rest) <= 3:
            return True
    return False
