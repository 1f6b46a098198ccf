"""A claim dated only "this month" on a page whose month has already run a week or more:
"Zelensky said this month that 3,800 North Koreans had been killed", on Jan. 14, most likely
retells an earlier briefing, as "said last week" does; on Jan. 5 it is the week's news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan


def earlier_in_month(s: Sentence, date: DateSpan) -> bool:
    """Whether `date` is a bare "this month" that the page's own date leaves a week behind."""
    if s.reference is None or s.lowers[date.start : date.end] != ["this", "month"]:
        return False
    return s.reference[1] > STALE_DAYS
