"""A chronology whose entries give no year: "Here is how the treaty came about:" then lines
headed "OCT 18 - South Korea's NIS says ...". Like the dated chronologies of
`timeline_entries`, each entry tells an old step in the present tense, so an entry before the
latest one is history and what it tells as done is background. Without a year, a date alone
is too common a line opening to trust: the entries must follow a heading line ending in a
colon, or a title naming a timeline, and there must be at least three."""

from __future__ import annotations

import re

from bot.models import Event, Quantity
from bot.nlp.background_sections import spans_as_background
from bot.nlp.timeline_entries import MONTH_NUMBER

_ENTRY = re.compile(
    r"^[^\S\n]*(?P<month>[A-Za-z]{3,9})\.?[^\S\n]+(?P<day>\d{1,2})[^\S\n]*[-–—:][^\S\n]+\S",
    re.MULTILINE,
)
_MIN_ENTRIES = 3


def _headed(text: str, first: int) -> bool:
    """Whether the entries from `first` follow a "...:" heading or sit under a timeline
    title (the text's first line)."""
    if "timeline" in text[: text.find("\n")].lower():
        return True
    before = text[:first].rstrip().rsplit("\n", 1)[-1]
    return before.endswith(":")


def yearless_timelines(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` with what a yearless chronology's earlier entries tell as
    done made background."""
    if text.count("\n") < _MIN_ENTRIES or (not quantities and not events):
        return quantities, events
    entries: list[tuple[int, int, tuple[int, int, int]]] = []
    year = 0
    for match in _ENTRY.finditer(text):
        month = MONTH_NUMBER.get(match["month"].lower())
        if month is None:
            continue
        if entries and (month, int(match["day"])) < entries[-1][2][1:]:
            year += 1  # "DEC 4" then "JAN 10": the next year
        end = text.find("\n", match.start())
        entries.append((match.start(), len(text) if end < 0 else end,
                        (year, month, int(match["day"]))))  # fmt: skip
    if len(entries) < _MIN_ENTRIES or not _headed(text, entries[0][0]):
        return quantities, events
    latest = max(when for _, _, when in entries)
    earlier = [(a, b) for a, b, when in entries if when < latest]
    return spans_as_background(earlier, quantities, events)
