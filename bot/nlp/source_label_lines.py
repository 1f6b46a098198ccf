"""A source named on a line of its own, closed by a colon, over the lines that give its
figures, as factboxes list estimates source by source:

    South Korea's National Intelligence Service (NIS):
    About 15,000 soldiers since October 2024.
    The Pentagon:
    No new figure this week. In January it said more than 11,000 were in Kursk.

The label line holds no verb and no figure, so no rule reads it; yet the figures under it
are its source's, as if "..., the agency said" followed them, and an "it" under it is the
body the label names.

Only a whole line (the text before it ends a line, the label ends its line), a few words
long, ending in a colon, whose last name is a body or a person: "Russia:" alone or "Troops:"
says what the lines below count, not who counts it."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.bullets import first_word
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

_MAX_LABEL = 12  # tokens of "South Korea's National Intelligence Service (NIS)"
_SOURCES = frozenset({"person", "org"})


def label_line_source(s: Sentence) -> Claimant | None:
    """The source named by sentence `s` when it is a label line of its own ("The
    Pentagon:"), else None."""
    if not s.mentions or s.end - s.start > _MAX_LABEL + 2:
        return None  # nearly every sentence: no name, or longer than a label
    text = s.tokens.text
    start, end = s.char_span(s.start, s.end)
    # The line is the label alone: it opens a line and its colon ends the line.
    if start > 0 and text[start - 1] != "\n":
        return None
    line = text[start:end].rstrip()
    if not line.endswith(":") or "\n" in line:
        return None
    # The colon may come glued to an acronym's closing bracket: "(HUR):" is one token.
    colon = next(
        (k for k in range(s.end - 1, s.start - 1, -1) if s.texts[k] in (":", "):")), None
    )
    if colon is None:
        return None
    first = first_word(s, colon)
    # An acronym in brackets closes the name: "Ukraine's military intelligence (HUR):".
    head = colon
    if s.texts[colon] == "):" or s.texts[colon - 1 : colon] == [")"]:
        head = next((k for k in range(colon - 1, first, -1) if s.texts[k] == "("), colon)
    names = s.mentions_between(first, colon)
    if not names or names[-1].kind not in _SOURCES:
        return None  # "North Korea and Russia:" or "Troops:": what is counted, not by whom
    if any(w[:1].isdigit() for w in s.texts[first:colon]):
        return None  # "13:05 HUR:" or "2024:": a time or a year heading, read elsewhere
    source = name_claimant(s, first, head)
    return source if source is not None and source.entities else None
