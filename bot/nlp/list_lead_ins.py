"""The line that leads into a bulleted list, read from the raw text: "The total combat
losses of the enemy ... amounted to approximately the following, the General Staff
reported." above "- tanks - 9,781 (+9)". A list's line holds only a label and a number; what
the numbers count, and whose they are, the lead-in says for every line.

dash_tallies.py reads a lead-in that ends in a colon within the sentence; an agency's list
often follows a lead-in that ends in a full stop, a sentence of its own, so this works on
lines, not sentences."""

from __future__ import annotations

_BULLETS = ("-", "–", "—", "•", "*", "·", "▪")
_MAX_LINES = 30  # a daily loss bulletin's list is a dozen lines or so


def _is_bulleted(line: str) -> bool:
    return line.lstrip().startswith(_BULLETS)


def list_lead_in(text: str, at: int) -> str:
    """The lead-in line above the bulleted list holding character `at`, or "" when `at` is
    on no bulleted line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _is_bulleted(text[start : end if end >= 0 else len(text)]):
        return ""  # nearly every figure: not on a bulleted line
    for _ in range(_MAX_LINES):
        if start == 0:
            return ""  # the list opens the text: no lead-in
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not _is_bulleted(line):
            return line if line.strip() else ""
        start = above
    return ""
