"""An editor's note that wire services print under the headline of an updated or corrected
story: "(Corrects death toll in paragraph 2 to 14, not 41)", "(Adds comment from the
ministry in paragraphs 5-6)", "(Updates with new casualty figures)". The note tells what
changed in the text below, which gives the right figure itself; the note's own numbers are a
paragraph's place, a figure withdrawn or one told again, so no figure or step is read from
it (its names still count as mentions)."""

from __future__ import annotations

# The verbs a note opens with, in the third person as wires print them.
_NOTE_VERBS = frozenset(
    {"corrects", "adds", "updates", "recasts", "changes", "fixes", "removes", "refiles",
     "repeats", "rewrites", "deletes", "clarifies", "inserts", "restores", "replaces",
     "amends", "moves", "overhauls", "rewords", "tops", "writethru"}
)  # fmt: skip
_MAX_NOTE = 60  # tokens: a note is a line, never a paragraph


def editors_note(lowers: list[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) lie on a line that opens with "(" and a note verb and
    closes with ")"."""
    first = start
    while first > 0 and "\n" not in lowers[first - 1] and start - first < _MAX_NOTE:
        first -= 1
    while first < end and lowers[first].isspace():
        first += 1
    if first + 1 >= len(lowers) or lowers[first] != "(" or lowers[first + 1] not in _NOTE_VERBS:
        return False  # nearly every line
    if first > 0 and "\n" not in lowers[first - 1]:
        return False  # the line runs on above: a bracket inside a paragraph
    last = first
    while last < len(lowers) and "\n" not in lowers[last] and last - first < _MAX_NOTE:
        last += 1
    last -= 1
    while last > first and lowers[last].isspace():
        last -= 1
    return lowers[last] == ")"
