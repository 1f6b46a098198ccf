"""A relative clause set off by commas (", which began last August," / ", who spoke on
Monday,") is an aside: the sentence's main clause runs on after it.

Two readings follow. A future told inside the aside belongs to it: "The UN mission, which
will help verify the truce, has around 11,000 personnel" counts troops there now; only the
aside's help is still to come. And a figure after the aside belongs to the clause the aside
interrupts: in "Gerasimov put Ukraine's losses during its incursion, which began last August,
at more than 76,000" the estimate verb, the possessive owner and the figure are one clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.nlp.lexicon import CLAUSE_BREAKS

if TYPE_CHECKING:
    from bot.nlp.context import Sentence

_RELATIVES = frozenset({"which", "who"})
# ", which began in August, and has cost ...": a conjunction after the comma carries the
# relative clause on, so the comma closes nothing.
_CARRY_ON = frozenset({"and", "or", "but", "nor", "then", "\"", "“", "”", "'"})
# An aside is a short description; a long run to the next comma is more likely a clause
# the relative word heads on its own (a list inside it, a quotation).
_ASIDE_REACH = 12


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


def aside_close(lowers: list[str], start: int, end: int, which: int) -> int | None:
    """The comma that closes the ", which ... ," aside opened by token `which` of the
    sentence [start, end), or None when that word opens no closed aside."""
    if lowers[which] not in _RELATIVES or which - 1 <= start or lowers[which - 1] != ",":
        return None
    for k in range(which + 1, min(end - 1, which + 1 + _ASIDE_REACH)):
        word = lowers[k]
        if word == ",":
            # Two words at least ("which began,"), and the main clause goes on after it.
            if k - which < 3 or lowers[k + 1] in _CARRY_ON or not lowers[k + 1][:1].isalnum():
                return None
            return k
        if word in CLAUSE_BREAKS:
            return None  # ", which said that ...": another clause inside, too deep to close
    return None
