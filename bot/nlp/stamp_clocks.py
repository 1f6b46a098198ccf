"""A page's date line that names the weekday before the date and the clock time after it:
"Tue 4 Mar 2025 09.30 GMT". Without the two, the line is the bare "4 Mar 2025" that a
page prints under its headline, the day the story is told (see `bylines`)."""

from __future__ import annotations

import re

from bot.nlp.context import Tokens
from bot.nlp.dates import is_clock_word
from bot.nlp.lexicon import WEEKDAYS

# "Mon", "Tue": a stamp shortens the weekday that a sentence would spell out.
_SHORT_WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                             "sun"})  # fmt: skip
# "6:00am", "9.30pm": a stamp glues the half of the day to the time, one token.
_GLUED_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:am|pm)$")
# "August 24, 2024 — 6:00am": a dash may part the date from its clock time.
_DASHES = frozenset({"-", "–", "—"})


def bare_stamp(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The token span [start, end) less a weekday opening it and a clock time closing it."""
    lowers = tokens.lowers
    if end - start > 2 and is_clock_word(lowers[end - 1]) and is_clock_word(lowers[end - 2]):
        end -= 2  # "09.30 GMT"
    elif end - start > 1 and ":" in lowers[end - 1] and is_clock_word(lowers[end - 1]):
        end -= 1  # "09:30"
    elif end - start > 1 and _GLUED_CLOCK.match(lowers[end - 1]):
        end -= 1  # "6:00am"
    else:
        return _without_weekday(lowers, start, end)
    if end - start > 1 and lowers[end - 1] in _DASHES:
        end -= 1  # "24, 2024 — 6:00am"
    return _without_weekday(lowers, start, end)


def _without_weekday(lowers: list[str], start: int, end: int) -> tuple[int, int]:
    """[start, end) less a weekday ("Tue", "Tuesday,") opening it."""
    first = lowers[start].rstrip(".,")
    if end - start > 1 and (first in _SHORT_WEEKDAYS or first in WEEKDAYS):
        start += 1
        if lowers[start] == ",":
            start += 1
    return start, end
