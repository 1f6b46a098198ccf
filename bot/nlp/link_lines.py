"""Links to other stories that pages set between paragraphs ("Read also: Putin signs law on
ratification ...", "Related: ..."). Their headlines tell that story's news, not this article's:
the names in them still count as mentions, but no figure or treaty step is read from them."""

from __future__ import annotations

from bot.nlp.label_lines import under_link_label

_LINK_OPENINGS: tuple[tuple[str, ...], ...] = (
    ("read", "also"), ("read", "more"), ("also", "read"), ("see", "also"), ("related",),
    ("more", "on", "this"), ("recommended",), ("further", "reading"),
)  # fmt: skip
_FIRST_WORDS = frozenset(opening[0] for opening in _LINK_OPENINGS)


def links_elsewhere(lowers: list[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) open with a link label and its colon."""
    first = start
    while first < end and lowers[first].isspace():
        first += 1
    if first >= end or lowers[first] not in _FIRST_WORDS:
        return under_link_label(lowers, start, end)  # a label on the line above, if any
    for opening in _LINK_OPENINGS:
        colon = first + len(opening)
        if colon < end and tuple(lowers[first:colon]) == opening and lowers[colon] == ":":
            return True
    return False
