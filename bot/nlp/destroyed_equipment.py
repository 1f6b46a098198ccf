"""Equipment a side's forces destroyed is the other side's: in a daily war bulletin's
"Ukrainian defenders also destroyed 11 tanks, 29 artillery systems and 97 drones over the
past day" the tanks and drones are Russia's, though the only side named is the one that
destroyed them. The side is known only for the wars in `_OPPONENTS`; a subject that names
no side ("the brigade destroyed 11 tanks") or another country leaves the owner to the other
rules, and so do people ("destroyed 11 troops" is no bulletin's wording)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_OPPONENTS = {"ukrainian": "Russia", "russian": "Ukraine"}
_DESTROYED = frozenset({"destroyed", "downed", "intercepted", "eliminated", "neutralised",
                        "neutralized"})  # fmt: skip
# "Ukrainian defenders", "Russian air defences", "Ukrainian forces have also destroyed".
_FORCES = frozenset(
    {"defenders", "forces", "troops", "units", "military", "army", "defences", "defenses",
     "soldiers", "servicemen", "fighters", "pilots", "gunners", "navy"}
)  # fmt: skip
_BETWEEN_SUBJECT = frozenset({"also", "have", "has", "had", "reportedly", "air", "armed"})
# What a bulletin counts as destroyed: hardware, never people.
_EQUIPMENT = frozenset(
    {"tank", "vehicle", "system", "drone", "missile", "aircraft", "helicopter", "gun",
     "howitzer", "launcher", "boat", "ship", "bomb", "car"}
)  # fmt: skip
_LIST_REACH = 16  # "destroyed 11 tanks, 29 artillery systems and 97 operational-tactical"
_SUBJECT_REACH = 4  # "Ukrainian air defence forces have also" before the verb


def destroyed_owner(s: Sentence, f: Figure) -> str | None:
    """The other side when the figure counts equipment a named side's forces destroyed."""
    if _DESTROYED.isdisjoint(s.words) or f.measure not in _EQUIPMENT:
        return None  # nearly every sentence: one set test
    verb = None
    for k in range(f.num_start - 1, max(s.start, f.num_start - _LIST_REACH) - 1, -1):
        word = s.lowers[k]
        if word in _DESTROYED:
            verb = k
            break
        # Only the list of counts may stand between: numbers, nouns, commas and "and".
        if word in {".", ";", ":", "but", "while", "said", "that", "which", "who"}:
            return None
    if verb is None:
        return None
    k = verb - 1
    while k > s.start and s.lowers[k] in _BETWEEN_SUBJECT:
        k -= 1
    for j in range(k, max(s.start, k - _SUBJECT_REACH) - 1, -1):
        if s.lowers[j] in _OPPONENTS:
            forces = s.lowers[j + 1 : k + 1]
            return _OPPONENTS[s.lowers[j]] if not _FORCES.isdisjoint(forces) else None
    return None
