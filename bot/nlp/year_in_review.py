"""The year just ended, told in January: "Russia lost about 415,000 soldiers in 2025, Britain
said on Wednesday" on a page dated Jan. 7, 2026 is the year's tally, published now, and so
the news; "in 2023" on the same page stays history, and so does a deal the year's orders
"included" (the caller asks only of a year after the figure, which dates its tally). The
dateline gives a month and a day, so the year comes from the page's stamp ("Jan. 2, 2026 -
09:00", "05.01.2026") or, with none, from the latest year the page dates a period with
("in 2025")."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, is_year

# The stamp sits on the page's first lines (headline, section and date, byline).
_STAMP_LINES = 3
_YEAR = re.compile(r"(?<![\d,$£€])(?:19|20)\d\d(?!,?\d)")
# A stamp line is short ("Defence | 05.01.2026 | 13:40"); a long one is the story's lead.
_STAMP_CHARS = 100
_IN_YEAR = re.compile(r"\b(?:in|during) ((?:19|20)\d\d)\b(?!,?\d)")


def just_ended(s: Sentence, date: DateSpan) -> bool:
    """Whether `date` is a bare year, the one before the page's own, on a January page."""
    if s.reference is None or s.reference[0] != 1 or date.end - date.start != 1:
        return False  # most pages, before reading the year
    word = s.lowers[date.start]
    if not is_year(word):
        return False
    stamped, latest = _page_years(s.tokens.text)
    if stamped is not None:
        return int(word) == stamped - 1
    return latest is not None and int(word) == latest


@lru_cache(maxsize=8)
def _page_years(text: str) -> tuple[int | None, int | None]:
    """The year of the page's stamp, and the latest year an "in"/"during" dates."""
    # A headline's own year ("2025 in numbers") is the review's subject, not the stamp's.
    lines = text.split("\n", _STAMP_LINES)[1:_STAMP_LINES]
    stamp = [int(y) for line in lines if len(line) < _STAMP_CHARS for y in _YEAR.findall(line)]
    dated = [int(y) for y in _IN_YEAR.findall(text)]
    return (max(stamp) if stamp else None), (max(dated) if dated else None)


def stamped_year(s: Sentence) -> int | None:
    """The year of the page's stamp, if its first lines carry one."""
    return _page_years(s.tokens.text)[0]
