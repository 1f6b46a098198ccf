"""A source-by-source list gives each source's estimate of the same people: "* NIS (Sept.
4): about 15,000 troops sent ...", "* HUR (Nov. 18): 11,000 to 12,000 troops still in
Russia; more than 6,000 casualties", "* State Department: at least 11,000 North Korean
troops". A line that says whose soldiers it counts says it for every line; the others leave
the side out because the list's subject is given once. So a line's troops or casualties with
no owner take the one owner that the list's other lines give the same count.

Only lines that open on a bullet and a short label whose colon is followed at once by the
estimate ("HUR: about 5,000"; "Moscow and Pyongyang: no figures" ends the list, as does a
line of prose or a blank line); a short capitals heading between lines ("UKRAINE") groups
them without ending the list. Only people counts, and only when the list's owned counts of
that kind all name one side: a list setting two sides' losses side by side is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity

# A bullet, a label of a few words (an aside in brackets included), a colon, and within
# three words a number or a quote: the shape of a source line.
_SOURCE_LINE = re.compile(
    r"\s*[-–—•*·▪]\s+[^:\n]{1,100}?:\s+(?:[^\s:]+\s+){0,2}[\"“‘']?\d"
)
_MAX_HEADING = 4  # words in a capitals heading between lines: "RUSSIA AND NORTH KOREA"
_PEOPLE = frozenset({"troop", "casualty"})


def _heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MAX_HEADING and line.upper() == line and line.lower() != line


def _lists(text: str) -> list[tuple[int, int]]:
    """Character spans of the runs of source lines (headings between them allowed)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    at = 0
    for line in text.split("\n"):
        if _SOURCE_LINE.match(line):
            start = at if start is None else start
            end = at + len(line)
        elif start is not None and not _heading(line.strip()):
            runs.append((start, end))
            start = None
        at += len(line) + 1
    if start is not None:
        runs.append((start, end))
    return runs


def listed_source_sides(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with the ownerless troops and casualties on a source-by-source list's
    lines given the one side the list's other lines count."""
    if not any(q.actor is None and q.measure in _PEOPLE for q in quantities):
        return quantities  # most texts: nothing to give
    if "\n" not in text or ":" not in text:
        return quantities  # no list lines
    out = list(quantities)
    for start, end in _lists(text):
        inside = [i for i, q in enumerate(out) if start <= q.start < end and q.measure in _PEOPLE]
        for measure in _PEOPLE:
            same = [i for i in inside if out[i].measure == measure]
            owners = {out[i].actor for i in same} - {None}
            if len(owners) != 1:
                continue  # none named, or two sides compared
            owner = owners.pop()
            for i in same:
                if out[i].actor is None:
                    out[i] = replace(out[i], actor=owner)
    return out
