"""A link label on a line of its own, with the linked story's headline on the next line:
"Read more" / "Russia hits Ukraine with 145 drones in one night, Kyiv says". The headline
tells that other story's news, as a "Read more: ..." line does (see `link_lines`). Only a
line that ends as a headline does (no full stop): some pages leave the label above the body
text that goes on once a widget is stripped ("Also Read" / "The war ... has killed ...").
A label often heads a list of links, one headline a line: every headline-like line of the
run below the label is another story's, not just the first."""

from __future__ import annotations

# Labels a page prints alone above a link; longer ones first, so "related content" is read
# whole before "related".
_LABELS: tuple[tuple[str, ...], ...] = (
    ("more", "on", "this", "story"), ("read", "more"), ("read", "also"), ("also", "read"),
    ("see", "also"), ("related", "content"), ("related", "stories"), ("related", "articles"),
    ("related", "news"), ("related",),
    ("recommended",), ("further", "reading"),
)  # fmt: skip
_LAST_WORDS = frozenset(label[-1] for label in _LABELS)
_MAX_LINKS = 6  # headlines a link list runs to below its label
_MAX_HEADLINE = 25  # tokens: a longer line is body text, whatever its end


def under_link_label(lowers: list[str], start: int, end: int) -> bool:
    """Whether the line of tokens [start, end) follows a line that is only a link label."""
    while start < end and lowers[start].isspace():
        start += 1
    last = end - 1
    while last > start and lowers[last].isspace():
        last -= 1
    if last <= start or lowers[last] == ".":
        return False  # "Also Read" / "The war ... has killed ...": the body going on
    k = start - 1
    for _ in range(_MAX_LINKS):
        if k < 0 or "\n" not in lowers[k]:
            return False  # most sentences: not the first of a line
        while k >= 0 and lowers[k].isspace():
            k -= 1
        if k < 0:
            return False
        if _label_ends_at(lowers, k):
            return True
        # The line above may be another headline of the same list: go on above it.
        first = k
        while first > 0 and "\n" not in lowers[first - 1]:
            first -= 1
        if lowers[k] == "." or k - first >= _MAX_HEADLINE:
            return False
        k = first - 1
    return False


def _label_ends_at(lowers: list[str], k: int) -> bool:
    """Whether a line that is only a link label ends at token k."""
    if lowers[k] not in _LAST_WORDS:
        return False
    for label in _LABELS:
        first = k + 1 - len(label)
        if first >= 0 and tuple(lowers[first : k + 1]) == label and (
            first == 0 or "\n" in lowers[first - 1]
        ):
            return True
    return False
