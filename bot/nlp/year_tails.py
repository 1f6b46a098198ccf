"""A fronted month told with its year as a relative phrase: "In January this year, the agency
estimated ...", "In March last year, ...". Translated agency English (Indian, Chinese, Korean
services) favours this over "In January,"; the year words sit between the month and the
comma, so the plain "month then comma" test misses the date."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, month_day, month_of


def year_tail(s: Sentence, date: DateSpan) -> bool | None:
    """Whether a month date followed by "this year," or "last year," dates the sentence
    before the article's month (history); None when no such tail follows the date."""
    tail = s.lowers[date.end : date.end + 3]
    if len(tail) < 3 or tail[1] != "year" or tail[0] not in {"this", "last"} or tail[2] != ",":
        return None
    month = month_of(s.lowers, date)
    if month is None or s.reference is None:
        return None
    if tail[0] == "last":
        return True  # "In March last year," is always before the news
    # "In December this year," in a September article is ahead, not past; "In January this
    # year," is months before. The article's own month is still the news (a day in it is left
    # to the caller's own day test, which reads no tail).
    if month == s.reference[0] and month_day(s.lowers, date) is not None:
        return None
    return month < s.reference[0]
