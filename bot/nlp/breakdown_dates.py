"""A date inside a breakdown set off after a figure dates the part, not the total: in
"launched about 60,000 drones this year, including a record 900 on a single night in July",
July is the record night's, and the 60,000 is still the year's running total. Both the
year-dating rule and the month-dating rule ask this before dating the figure."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BREAKDOWNS = frozenset({"counting", "including", "comprising"})


def breakdown_between(s: Sentence, start: int, end: int) -> bool:
    """A ", counting" / ", including" / ", comprising" phrase opens in tokens [start, end)."""
    between = s.lowers[start:end]
    return not _BREAKDOWNS.isdisjoint(between) and any(
        w in _BREAKDOWNS and k and between[k - 1] == "," for k, w in enumerate(between)
    )
