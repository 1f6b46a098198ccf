"""Where a list of counts is stationed: "has about 11,000 soldiers and some 6,000 workers in
Russia". The place after the last count of the list is where the first count is too, so the
troops are a deployment abroad, not the army's whole size (which "has 1.2 million soldiers"
alone would be)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import read_figure

_JOINERS = frozenset({"and", ","})
_REACH = 3  # "and some 6,000": the joiner, a qualifier of up to two words, the number


def after_listed_count(s: Sentence, end: int) -> int:
    """The token after the count joined to the figure ending at `end` ("and some 6,000
    workers"), or `end` when no count is joined there."""
    if end >= s.end or s.lowers[end] not in _JOINERS:
        return end  # most figures: one set test
    for k in range(end + 1, min(s.end, end + 1 + _REACH)):
        if s.lowers[k][:1].isdigit():
            joined = read_figure(s, k)
            if joined is None or joined.start > end + 1:
                return end  # "and more than 6,000": read_figure includes the qualifier
            return max(joined.end, joined.num_end)
    return end
