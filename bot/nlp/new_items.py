"""A sentence that opens another item of the news ("Separately, ...", "Meanwhile, ...", "Also
on Monday, the senate passed the budget ...") is the writer's own telling again: a figure in
it no longer continues the previous sentence's source's account. A bare "Also, ..." may well
go on with that account, so only a date after it marks another item. A sentence that opens a
quotation it does not close ('"Between 14,000 and 15,000 soldiers have fought. ...," said X')
is a new speaker's words, whose name comes after the quote: not the last source's either."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence

_OPENERS = frozenset({"separately", "meanwhile", "elsewhere"})


def opens_new_item(s: Sentence) -> bool:
    first = s.lowers[s.start]
    if first in _OPENERS:
        return True
    if first in _OPENING_QUOTES:
        return _unclosed(s)
    # "Also on Thursday", "Also on Oct. 24": the date the other item happened on.
    return first == "also" and s.lowers[s.start + 1 : s.start + 2] == ["on"] and (
        s.start + 2 in s.date_at
    )


_OPENING_QUOTES = frozenset({'"', "“", "«", "„"})


def _unclosed(s: Sentence) -> bool:
    """The quote opening the sentence runs on past its end: an odd count of quote marks."""
    marks = sum(1 for w in s.lowers[s.start : s.end] if w in QUOTES and w not in {"'", "’"})
    return marks % 2 == 1
