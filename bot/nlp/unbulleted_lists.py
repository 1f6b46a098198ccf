"""A loss bulletin's list whose bullets were lost on the way (a translation, a copy from a
post), read like a bulleted one:

    According to the General Staff, the enemy has also lost:
    tanks – 10,100 (+4)
    drones – 38,000 (+90)

A reader takes these lines for a list from their shape alone: a colon-ended lead-in, then a
run of lines each holding nothing but a label, a dash and a total (with its bracketed
change). One such line is too thin to trust (a stray "tanks – 8,120" under a heading), so
the run must hold at least two lines of that shape.
"""

from __future__ import annotations

import re

# "air defence systems – 1,187 (+1)": a label of words, a dash, a total, an optional change.
# A bulletin rounds its largest total: "personnel – about 1,287,650 (+1,020)".
_LINE = re.compile(
    r"[^\W\d_]+(?:[ '/-][^\W\d_]+)* [–—-]{1,2} (?:(?:about|around|approximately|nearly|"
    r"almost|over|some) )?\d[\d,.]*(?: \(\+[\d,]+\))?"
)
_MAX_LINES = 30  # a daily loss bulletin's list is a dozen lines or so
_MIN_RUN = 2  # lines of the list's shape needed before a bare line counts as a list's


def _line_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line holding character `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, end if end >= 0 else len(text)


def _shaped(text: str, start: int, end: int) -> bool:
    return _LINE.fullmatch(text[start:end].strip()) is not None


def unbulleted_list_line(text: str, at: int) -> bool:
    """Whether character `at` sits on an unbulleted list line: a "label – total" line in a
    run of two or more such lines right below a lead-in that ends in a colon."""
    start, end = _line_at(text, at)
    if start == 0 or not _shaped(text, start, end):
        return False  # nearly every line: not a lone "label – total"
    run = 1
    below = end + 1
    for _ in range(_MAX_LINES):  # the lines below that go on with the list
        if below >= len(text):
            break
        _, stop = _line_at(text, below)
        if not _shaped(text, below, stop):
            break
        run, below = run + 1, stop + 1
    for _ in range(_MAX_LINES):  # up to the lead-in
        above = text.rfind("\n", 0, start - 1) + 1
        if _shaped(text, above, start - 1):
            run, start = run + 1, above
            if above == 0:
                return False  # the list opens the text: no lead-in
            continue
        return run >= _MIN_RUN and text[above : start - 1].rstrip().endswith(":")
    return False
