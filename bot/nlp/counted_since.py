"""A perfect "has since" after a dated act counts from that date up to now: "introduced
conscription in February 2024 and has since called up about 60,000 conscripts" tells the
current total, not what happened in February 2024."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.figures import Figure

_PERFECT = frozenset({"has", "have"})


def counted_since(s: Sentence, date: DateSpan, f: Figure) -> bool:
    """Whether "has since" / "have since" stands between the date and the figure."""
    between = s.lowers[date.end : f.start]
    if "since" not in between:
        return False
    return any(
        between[k] == "since" and k and between[k - 1] in _PERFECT for k in range(len(between))
    )
