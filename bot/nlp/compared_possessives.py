"""A state named only as the owner of another estimate a figure is set beside: "about 4,000
casualties, the official added, a tally broadly in line with South Korea's", "a toll higher
than Kyiv's". News compares estimates by naming each source with a possessive whose noun is
left out because the figure just told supplies it ("South Korea's [tally]"). Such a state is
a source compared, not a side the count belongs to, so it does not stand against the side
the text has been counting.

Only a possessive with nothing after it but the end of a clause, right after a word of
comparison: "in line with South Korea's estimate of 3,000" names its own figure, and "the
dead were Russia's" says whose they are."""

from __future__ import annotations

import re

# Words that set one figure beside another, ending just before the state's name.
_COMPARING = re.compile(
    r"\b(?:in line with|consistent with|similar to|close to|compared (?:with|to)|than|"
    r"the same as|matching|matches|echoing|echoes)\s+(?:the\s+)?$"
)
# The possessive with its noun left out: "'s" then a clause break or the sentence's end.
_ELLIPTICAL = re.compile(r"['’]s\s*(?:[,.;:)—]|$)")
_LOOK_BACK = 30  # characters before the name: "broadly in line with"


def compared_only(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] is a compared estimate's elliptical owner."""
    tail = text[start : end + 4]
    at = tail.find("'s", end - start - 2)
    if at < 0:
        at = tail.find("’s", end - start - 2)
    if at < 0 or not _ELLIPTICAL.match(text, start + at):
        return False  # the common case: no possessive standing alone
    return _COMPARING.search(text[max(0, start - _LOOK_BACK) : start].lower()) is not None
