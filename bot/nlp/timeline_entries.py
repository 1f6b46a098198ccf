"""Entries of a chronology: "JANUARY" subheads of a month-by-month review, or lines headed
"Oct. 24, 2024 - ..." / "September 2025 - ..." under "key events since 2024". Each entry
tells its step in the present tense ("The NIS tells lawmakers that 300 have been killed"),
so a sentence on its own reads as the day's news. A chronology runs up to the present: every
entry dated before its latest one is history, and what it tells as done is background. The
latest entry is left as read (a year's review ends with the news's own month). A text needs
at least three such headings to be read as a chronology."""

from __future__ import annotations

import re

from bot.models import Event, Quantity
from bot.nlp.background_sections import spans_as_background

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# A month's name, its first three letters and "sept" -> its number.
MONTH_NUMBER = {name: k + 1 for k, name in enumerate(_MONTH_NAMES)}
MONTH_NUMBER.update({name[:3]: k + 1 for k, name in enumerate(_MONTH_NAMES)})
MONTH_NUMBER["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
# "JANUARY", "MARCH 2025": a subhead that is only a month, in capitals.
_MONTH_HEAD = re.compile(r"^(?P<month>[A-Z]{3,9})(?:\s+(?P<year>(?:19|20)\d{2}))?$")
# "Oct. 24, 2024 - ", "24 October 2024: ", "September 2025 - ": a dated line of a timeline.
_DATED_LINE = re.compile(
    r"^(?:(?P<day1>\d{1,2})\s+)?" + _MONTH + r"(?:\s+(?P<day2>\d{1,2}))?,?\s+"
    r"(?P<year>(?:19|20)\d{2})\s*(?:[-–—:])\s+\S"
)
_MIN_ENTRIES = 3
# A line an entry's date may head: a month's first three letters, after a day number or not.
# Every entry line opens so, so a text with fewer such lines is no chronology.
_MONTH_LINES = re.compile(
    r"^[^\S\n]*(?:\d{1,2}[^\S\n]+)?(?:" + "|".join(m[:3] for m in _MONTH_NAMES) + ")",
    re.MULTILINE | re.IGNORECASE,
)
# The same lines after the text's first, found from their line break: a pattern opening with
# a literal is searched for by a fast scan, where "^" is tried at every character. No match
# spans a line break, so the text's first line (`_MONTH_LINES.match`) and these count alike.
_LATER_MONTH_LINES = re.compile("\n" + _MONTH_LINES.pattern[1:], re.IGNORECASE)
_SUBHEAD_CHARS = 60


def _line_date(line: str) -> tuple[tuple[int, int, int], bool] | None:
    """(year, month, day) a line heads its entry with, and whether the line is a bare
    subhead (its entry runs on to the next subhead), or None."""
    head = _MONTH_HEAD.match(line)
    if head is not None:
        month = MONTH_NUMBER.get(head["month"].lower())
        if month is None or (len(head["month"]) < 4 and head["month"].lower() != "may"):
            return None  # "JAN" is too short to trust as a subhead
        return (int(head["year"] or 0), month, 0), True
    dated = _DATED_LINE.match(line)
    if dated is None:
        return None
    month = MONTH_NUMBER.get(dated["month"].lower())
    if month is None:
        return None
    day = int(dated["day1"] or dated["day2"] or 0)
    return (int(dated["year"]), month, day), False


def _subhead(line: str) -> bool:
    return 0 < len(line) <= _SUBHEAD_CHARS and line.upper() == line and not line.endswith(".")


def _entries(text: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """[start, end) offsets and date of each chronology entry, in the text's order."""
    found: list[tuple[int, int, tuple[int, int, int]]] = []
    open_head: tuple[int, tuple[int, int, int]] | None = None
    at = 0
    for raw in text.split("\n"):
        line = raw.strip()
        dated = _line_date(line)
        if open_head is not None and (_subhead(line) or dated is not None):
            found.append((open_head[0], at, open_head[1]))
            open_head = None
        if dated is not None:
            when, bare = dated
            if bare:
                open_head = (at + len(raw), when)
            else:
                found.append((at, at + len(raw), when))
        at += len(raw) + 1
    if open_head is not None:
        found.append((open_head[0], len(text), open_head[1]))
    return found




def _month_lines(text: str) -> int:
    """`len(_MONTH_LINES.findall(text))`, in two fast scans."""
    first = 1 if _MONTH_LINES.match(text) is not None else 0
    return first + len(_LATER_MONTH_LINES.findall(text))


def timeline_entries(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` with what a chronology's earlier entries tell as done made
    background."""
    if text.count("\n") < _MIN_ENTRIES or _month_lines(text) < _MIN_ENTRIES:
        return quantities, events  # nearly every text: two scans in C
    entries = _entries(text)
    if len(entries) < _MIN_ENTRIES:
        return quantities, events
    # Bare month subheads without a year are months of one year, in the text's order.
    if any(when[0] == 0 for _, _, when in entries) and any(when[0] for _, _, when in entries):
        return quantities, events  # a mix of the two kinds: no single order to trust
    latest = max(when for _, _, when in entries)
    earlier = [(a, b) for a, b, when in entries if when < latest]
    return spans_as_background(earlier, quantities, events)
