"""A list after a colon that only pairs names with dates dates the step before it: "All
three ratified the statute soon after it was adopted: Mali in 2000, Niger in 2002 and
Burkina Faso in 2004." The years past the colon tell when the ratifications happened."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan

_GLUE = frozenset({"in", "on", ",", "and", ".", ";"})


def listed_dates(s: Sentence, last: int) -> list[DateSpan]:
    """Dates of a "Name in <date>, Name in <date>" list after the first colon from token
    `last`, the end of the step's clause ("soon after it was adopted:" may stand between)."""
    if ":" not in s.lowers[last : s.end] or not s.dates:
        return []  # no colon after the clause: nearly every step
    last = s.lowers.index(":", last, s.end)
    dates = [d for d in s.dates if d.start > last]
    if not dates:
        return []
    dated = {k for d in dates for k in range(d.start, d.end)}
    k = last + 1
    while k < s.end:
        found = s.mention_at.get(k)
        if found is not None and found.start == k:
            k = found.end
        elif k in dated or s.lowers[k] in _GLUE:
            k += 1
        else:
            return []  # a word of its own: the tail is a clause, not a list of dates
    return dates
