"""A pull quote: a line set apart that repeats words already quoted in the body, signed with
a dash ('"We will not stay." — A. Name, title'). Page designs lift such a line out of the
story to catch the eye; it is the same quote again, not a second telling of its figures, and
read away from its paragraph its figures lose what they count ("Up to 30,000 more could
come" then borrows the unit of whatever sentence happens to stand before it). So the facts
inside a pull quote are dropped; the body's telling, with its context, is kept.

Only a whole line that opens on a quote mark, closes its quote and then a dash and a name, and
whose quoted words stand earlier in the text word for word: a signed quote line not found
before it is a quote of its own and keeps its facts."""

from __future__ import annotations

import re

from bot.models import Event, Quantity

# '"...," — Name' / '“...” – Name': the quote, its closing mark, then a dash and a signature.
_PULL = re.compile(r'^\s*["“](?P<quote>[^"“”\n]{12,})["”]\s*[—–-]\s*\S[^\n]*$', re.MULTILINE)
_DASHES = ("—", "–", " - ")  # the cheap test before any regex: a signature needs a dash
# Every `_PULL` line holds its closing quote mark and then its dash, with only spaces between:
# with no such pair the line-by-line pattern, tried at every character, need not run. One
# pattern per mark: a pattern opening on a literal character skips to it in C, where one
# opening on a class of two is tried at every character of the text (fifteen times slower).
_CLOSE_THEN_DASH = (re.compile(r'"\s*[—–-]'), re.compile(r'”\s*[—–-]'))


def pull_quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) characters of each pull-quote line of `text`."""
    if not any(d in text for d in _DASHES) or not any(p.search(text) for p in _CLOSE_THEN_DASH):
        return []  # most texts: no dash at all, or none after a closing quote
    spans: list[tuple[int, int]] = []
    for m in _PULL.finditer(text):
        # The quote's words, less its closing stop (the body may go on after them: "... of
        # it," Park told reporters).
        words = m.group("quote").strip().rstrip(".,!?").strip()
        if words and text.find(words, 0, m.start()) >= 0:
            spans.append((m.start(), m.end()))
    return spans


def drop_pull_quotes(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` less those told inside a pull quote."""
    if not quantities and not events:
        return quantities, events
    spans = pull_quote_spans(text)
    if not spans:
        return quantities, events

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    return [q for q in quantities if not inside(q.start)], [
        e for e in events if not inside(e.start)
    ]
