""""Hezbollah is to move its fighters north of the Litani, about 30 km (20 miles) from the
border": a distance that locates a place ("N km from", "N miles away") is how things stand, not
part of the plan whose clause it sits in."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_LENGTHS = frozenset({"kilometre", "mile", "metre"})
_LOCATING = frozenset({"from", "away"})
_REACH = 8  # a bracketed conversion ("(20 miles)") may stand between the unit and "from"


def place_distance(s: Sentence, f: Figure) -> bool:
    """Whether the figure is a length followed by "from"/"away", past any bracketed aside."""
    if f.category not in _LENGTHS:
        return False  # most figures: one set test
    k, stop = f.end, min(s.end, f.end + _REACH)
    while k < stop and s.lowers[k] in {"(", ")"}:
        if s.lowers[k] == "(":
            k = next((j for j in range(k + 1, stop) if s.lowers[j] == ")"), stop)
        k += 1
    return k < s.end and s.lowers[k] in _LOCATING
