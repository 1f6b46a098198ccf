"""A rate set off after a count restates it per night or per day: in "Russia launched more
than 54,000 drones last year, roughly 150 a night", the 150 are drones too, launched by the
same side. The number has no noun of its own; ", about N a night" right after the count
borrows the count's noun and side."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, same_as
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at
from bot.nlp.units import PHYSICAL, TIME_UNITS

_PER = frozenset({"a", "per", "each", "every"})
_PERIODS = frozenset({"night", "day", "week", "month"})
_MEASURED = frozenset({"money", "deal", "percentage", *PHYSICAL.values(), *TIME_UNITS.values()})
_REACH = 8  # from the count's end to the rate's comma: "drones at Ukraine in 2025,"


def appositive_rate(
    s: Sentence, i: int, previous: Quantity | None
) -> tuple[Figure, str | None] | None:
    """The rate whose number starts at token `i` (", roughly 150 a night" after a count in
    the same sentence), with the count's side; None for any other number."""
    if previous is None or previous.sentence != s.text or previous.category in _MEASURED:
        return None
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end + 1 >= s.end or s.lowers[end] not in _PER or s.lowers[end + 1] not in _PERIODS:
        return None
    q_start, qualifier = qualifier_before(s, i)
    if q_start <= s.start or s.lowers[q_start - 1] != ",":
        return None  # "sent 150 a month" is the count itself, read by the common rule
    comma = s.char_span(q_start - 1, q_start)[0]
    if not 0 <= comma - previous.end <= _REACH * 12 or "," in s.text[previous.end : comma]:
        return None  # the count must end the clause the rate is set off from
    figure = same_as(BareNumber(q_start, i, end, value, qualifier), previous)
    return figure, previous.actor
