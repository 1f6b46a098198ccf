"""The later parts of a list opened by "including": "destroyed 97 drones, including 38 over
Kursk, 21 over Bryansk and 12 over Belgorod". The writer names the noun once, with the whole,
and gives each part as a bare number followed by where or when it fell; the first part reads
as a share of the whole ("including 38"), and so does every part after it in the same list.

Only a number that follows a comma or "and" inside the list and is itself followed by a
preposition (no noun of its own), when the list's first part is a bare number right after
"including" in the same sentence and no clause break (";", a new verb's "that") lies between.
A part placed "over the Bryansk region" counts no regions: when the words after the part
name the noun carried ("... over 11 regions, including 42 over the Bryansk region"), the
whole is something else, unnamed here, and the part is left alone.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_JOINS = frozenset({",", "and"})
_PLACE_REACH = 5  # "over the Bryansk region"
_PLACES = frozenset({"over", "in", "on", "near", "from", "at", "into", "across", "along"})
_BREAKS = frozenset({";", ":", ".", "that", "which", "while", "but", "including"})


def later_included_part(s: Sentence, q_start: int, end: int, carried: str) -> bool:
    """Whether the bare number in [q_start, end) is a later part of an "including" list
    whose parts count `carried` (the measure of the figure before)."""
    if q_start <= s.start or s.lowers[q_start - 1] not in _JOINS:
        return False
    if end >= s.end or s.lowers[end] not in _PLACES:
        return False  # "..., and 12 tanks": a noun of its own, or no part at all
    place = s.lowers[end + 1 : min(s.end, end + _PLACE_REACH)]
    if any(w.rstrip("s") == carried for w in place):
        return False  # "42 over the Bryansk region" is no count of regions
    for k in range(q_start - 2, s.start, -1):
        word = s.lowers[k]
        if word == "including":
            following = s.lowers[k + 1] if k + 1 < s.end else ""
            return following[:1].isdigit() or following in _QUALIFIERS
        if word in _BREAKS:
            return False
    return False


_QUALIFIERS = frozenset({"about", "some", "around", "nearly", "almost", "roughly", "over"})
