"""A year's count told in that year's last month, or just after it, is the year's tally and
so the news, not history. "Russia launched about 60,000 drones at Ukraine in 2026" on a page
of December 2026 is the total the year-end pieces report, and "said this month that Russia
launched 54,000 drones in 2025" on a page of February 2026 is last year's tally published
now ("year_in_review" reads the January case). A year named earlier in the year ("the first
96 tanks were delivered in 2025" in May), a part of a year ("in early 2025"), a batch ("the
first 24 guns") and last year's figures told with no fresh saying stay history."""
from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, is_year
from bot.nlp.year_in_review import stamped_year

_FRESH = frozenset({("this", "month"), ("this", "week")})
_IN = frozenset({"in", "during"})
_DECEMBER = 12
_FIRST = frozenset({"first", "initial"})  # "the first 96 tanks": a batch, not a tally


def year_tally(s: Sentence, date: DateSpan, figure_start: int) -> bool:
    """Whether `date`, a bare year after "in" after the figure starting at token
    `figure_start` (or just before its comma), is the page's own year on a December
    page, or the one before it in a claim told this week or this month. A rate after the
    count ("54,000 in 2025, roughly 150 a night") is dated by the same year and reads the
    same way."""
    if date.end - date.start != 1 or not is_year(s.lowers[date.start]):
        return False
    if date.start < figure_start and (
        date.start - 1 <= s.start or s.lowers[date.end : figure_start] != [","]
    ):
        # Before the figure only as the rate's: "in 2025, roughly 150 a night"; not "In
        # 2026, Warsaw ordered 180 tanks" nor "in 2025, compared with 40 the year before".
        return False
    if s.lowers[date.start - 1] not in _IN or s.reference is None:
        return False  # "in early 2025": a part of the year, no tally of it
    stamped = stamped_year(s)
    if stamped is None:
        return False
    year = int(s.lowers[date.start])
    if year == stamped:
        return s.reference[0] == _DECEMBER and _FIRST.isdisjoint(
            s.lowers[max(s.start, figure_start - 2) : figure_start]
        )
    before = s.lowers[s.start : figure_start]
    return year == stamped - 1 and any(
        (before[k], before[k + 1]) in _FRESH for k in range(len(before) - 1)
    )
