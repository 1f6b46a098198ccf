"""A figure its own words date to a period still to come ("next year") is a plan."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_AHEAD = frozenset({"year", "month", "week", "spring", "summer", "autumn", "fall", "winter"})


def dated_ahead(s: Sentence, f: Figure) -> bool:
    """"health spending of 4.2 trillion roubles next year": a figure its own words date to
    a period still to come is a plan, whatever tense tells it."""
    after = s.lowers[f.end : f.end + 2]
    return len(after) == 2 and after[0] == "next" and after[1] in _AHEAD
