"""The line that leads into a bulleted list, read from the raw text: "The total combat
losses of the enemy ... amounted to approximately the following, the General Staff
reported." above "- tanks - 9,781 (+9)". A list's line holds only a label and a number; what
the numbers count, and whose they are, the lead-in says for every line.

dash_tallies.py reads a lead-in that ends in a colon within the sentence; an agency's list
often follows a lead-in that ends in a full stop, a sentence of its own, so this works on
lines, not sentences."""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.bullets import BULLET_MARKS

_MAX_LINES = 30  # a daily loss bulletin's list is a dozen lines or so


def _is_bulleted(line: str) -> bool:
    return line.lstrip().startswith(BULLET_MARKS)


def list_lead_in(text: str, at: int) -> str:
    """The lead-in line above the bulleted list holding character `at`, or "" when `at` is
    on no bulleted line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _is_bulleted(text[start : end if end >= 0 else len(text)]):
        return ""  # nearly every figure: not on a bulleted line
    span = line_above(text, at, _is_bulleted, _MAX_LINES)
    return text[span[0] : span[1]] if span is not None else ""


def line_above(
    text: str, at: int, passed_over: Callable[[str], bool], max_lines: int
) -> tuple[int, int] | None:
    """The [start, end) span of the first line above the one holding character `at` that
    `passed_over` (given the stripped line) does not skip: the line a list or box hangs
    from. None when the text begins, a blank line ends the list, or `max_lines` run out."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(max_lines):
        if start == 0:
            return None  # the list opens the text
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1].strip()
        if not line:
            return None  # a blank line ends the list
        if not passed_over(line):
            return above, start - 1
        start = above
    return None
