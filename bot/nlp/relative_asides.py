"""A future told inside a relative clause set off by commas belongs to that clause: "The UN
mission, which will help verify the truce, has around 11,000 personnel" counts troops there
now; only the aside's help is still to come."""

from __future__ import annotations

from bot.nlp.context import Sentence

_RELATIVES = frozenset({"which", "who"})


def in_closed_aside(s: Sentence, j: int, before: int) -> bool:
    """Whether token j lies in a ", which ... ," aside that closes before token `before`."""
    if _RELATIVES.isdisjoint(s.lowers[s.start : j]):
        return False  # no relative word before the marker: nearly every sentence
    opening = next(
        (k for k in range(j - 1, s.start, -1) if s.lowers[k] in _RELATIVES or s.lowers[k] == ","),
        None,
    )
    if opening is None or s.lowers[opening] not in _RELATIVES or s.lowers[opening - 1] != ",":
        return False
    return "," in s.lowers[j + 1 : before]
