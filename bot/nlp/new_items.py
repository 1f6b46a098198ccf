"""A sentence that opens another item of the news ("Separately, ...", "Meanwhile, ...", "Also
on Monday, the senate passed the budget ...") is the writer's own telling again: a figure in
it no longer continues the previous sentence's source's account. A bare "Also, ..." may well
go on with that account, so only a date after it marks another item."""

from __future__ import annotations

from bot.nlp.context import Sentence

_OPENERS = frozenset({"separately", "meanwhile", "elsewhere"})


def opens_new_item(s: Sentence) -> bool:
    first = s.lowers[s.start]
    if first in _OPENERS:
        return True
    # "Also on Thursday", "Also on Oct. 24": the date the other item happened on.
    return first == "also" and s.lowers[s.start + 1 : s.start + 2] == ["on"] and (
        s.start + 2 in s.date_at
    )
