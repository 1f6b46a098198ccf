"""Live pages and digests head each post with its clock time and a headline: "12.10 GMT
Zelensky: Russia fired more than 1,500 drones this week", "[15:05] 157 soldiers return home";
a "Key events" list repeats those headings at the top. Like a subheading (see `subheads`),
such a line sums up a post, so a figure that the text tells again later is kept in its
later telling, with its source, and the heading's copy goes. The post right below may count
the same men under another noun ("157 defenders" / "157 prisoners of war"), so there the
value alone is enough; further on the measure must agree too."""

from __future__ import annotations

import re

from bot.models import Quantity
from bot.nlp.subheads import LINE_FINAL, line_at

# A line opening with a clock time, bracketed or with its zone: "12.10 GMT ", "[15:05] ".
_STAMPED = re.compile(
    r"(?:\[\d{1,2}[.:]\d{2}\]|\d{1,2}[.:]\d{2}(?:\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|KST|"
    r"ET|EST|EDT|PT|PST|PDT|am|pm|a\.m\.|p\.m\.))?)[ \t]+\S"
)
_CLOCK_LINE = re.compile(r"^[ \t]*\[?\d{1,2}[.:]\d{2}", re.MULTILINE)
# A clock opening a line after the first, found from the line break before it: a literal
# first character is searched for by a fast scan, where "^" is tried at every character.
_LATER_CLOCK_LINE = re.compile(r"\n[ \t]*\[?\d{1,2}[.:]\d{2}")
def _heading_line(text: str, at: int) -> tuple[int, int] | None:
    """The span of the stamped heading line holding offset `at`, or None."""
    start, end = line_at(text, at)
    line = text[start:end].strip()
    if not line or line.endswith(LINE_FINAL) or _STAMPED.match(line) is None:
        return None
    return start, end


def _post_below(text: str, end: int) -> tuple[int, int]:
    """The text from the heading's line end to the next stamped line (the post's body)."""
    k = end + 1
    while k < len(text):
        stop, after = line_at(text, k)
        line = text[stop:after].strip()
        if line and _STAMPED.match(line) is not None:
            return end, stop
        k = after + 1
    return end, len(text)


def drop_stamped_headings(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without the stamped headings' figures that the text tells again later."""
    if "\n" not in text or (
        _CLOCK_LINE.match(text) is None and _LATER_CLOCK_LINE.search(text) is None
    ):
        return list(quantities)  # no line opens with a clock: most texts
    kept: list[Quantity] = []
    for q in quantities:
        heading = _heading_line(text, q.start) if q.value is not None else None
        if heading is None:
            kept.append(q)
            continue
        below = _post_below(text, heading[1])
        retold = any(
            r.start >= heading[1]
            and (r.value, r.value_max) == (q.value, q.value_max)
            and (r.measure == q.measure or below[0] <= r.start < below[1])
            for r in quantities
        )
        if not retold:
            kept.append(q)
    return kept
