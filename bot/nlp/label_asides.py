"""A source label may carry an aside in brackets between its name and its colon: "- South
Korea's NIS (September): about 2,000 killed", "* Joint Chiefs of Staff (report to parliament,
March): some 4,000 casualties". The aside dates or frames the estimate; the label's head is
still the name before the bracket. The tokenizer keeps "):" as one token, so a label read up
to a bare colon never finds one, and the line's source would be lost.

Only a closed bracket right before the colon, opened after the label's first word, with the
label's name at most `reach` tokens long and the aside at most a few words: a longer bracket
is a sentence of its own, not an aside."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, days_before, month_day, month_of

CLOSING_COLONS = frozenset({"):"})  # how the tokenizer keeps "(September):"
_MAX_ASIDE = 8  # tokens inside the bracket: "briefing to lawmakers, Sept. 4"


def label_aside(s: Sentence, first: int, reach: int) -> tuple[int, int] | None:
    """The colon closing a label that opens at token `first` and ends on a bracketed aside
    ("NIS (September):"), and the aside's opening bracket, or None."""
    end = min(s.end, first + reach + _MAX_ASIDE + 2)
    colon = next((k for k in range(first, end) if s.lowers[k] in CLOSING_COLONS), None)
    if colon is None:
        return None  # nearly every line
    # The bracket's opening: the last bracket before the colon must open it, not close one.
    opening = next((k for k in range(colon - 1, first, -1) if s.lowers[k] in ("(", ")")), None)
    if opening is None or s.lowers[opening] != "(" or opening - first > reach:
        return None
    if not 0 < colon - opening - 1 <= _MAX_ASIDE:
        return None  # "():" or a long bracket
    return colon, opening


# A source-by-source list gives each source's latest estimate with the date it was given. One
# from the last few weeks is the current word; one from an earlier month is the record the
# newer ones are read against ("NIS (Sept. 4)" in a late-November factbox).
_STALE_ASIDE_DAYS = 30


def dated_aside_figures(s: Sentence, colon: int, found: list[Quantity]) -> list[Quantity]:
    """`found` with the reported figures after a label whose aside dates them to an earlier
    month ("HUR (November): 6,000 killed" in a December story) told as background."""
    if s.lowers[colon] not in CLOSING_COLONS or s.reference is None:
        return found  # nearly every label: no aside, or no date to read it against
    opening = next((k for k in range(colon - 1, s.start, -1) if s.lowers[k] == "("), None)
    if opening is None or not any(_earlier(s, d) for d in s.dates if opening < d.start < colon):
        return found
    after = s.char_span(colon, colon + 1)[1]
    return [replace(q, modality=Modality.BACKGROUND)
            if q.start >= after and q.modality is Modality.REPORTED else q
            for q in found]  # fmt: skip


def _earlier(s: Sentence, d: DateSpan) -> bool:
    """Whether the aside's date lies weeks before the article's own: a month and day a month
    or more back, a month on its own before the article's month, or a past year."""
    assert s.reference is not None
    when = month_day(s.lowers, d)
    if when is not None:
        return days_before(when, s.reference) >= _STALE_ASIDE_DAYS
    month = month_of(s.lowers, d)
    if month is not None:
        return month != s.reference[0]
    return d.past  # "(2024)", "(last year)"
