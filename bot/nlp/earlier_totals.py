"""A figure added to an earlier total: "on top of the 11,000 sent last autumn"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.earlier_counts import earlier_count
from bot.nlp.figures import Figure

# "came on top of the 11,000 troops Pyongyang dispatched last autumn": the total the news adds
# to is history when its own clause dates it; "on top of the 11,000 already there" is the
# current count and stays reported.
_ADDED_TO = (("on", "top", "of"), ("in", "addition", "to"))
_PAST_MARKS = frozenset({"last", "ago", "earlier", "previously"})
_TOTAL_ENDS = frozenset({",", ";", ":", ".", "and", "but", "while", "as"})


def earlier_total(s: Sentence, f: Figure) -> bool:
    if earlier_count(s, f):
        return True  # "had put earlier casualties at 4,700": a count its noun calls old
    if "top" not in s.words and "addition" not in s.words:
        return False  # neither phrase: nearly every sentence
    before = tuple(s.lowers[max(s.start, f.start - 5) : f.start])
    if "top" not in before and "addition" not in before:
        return False  # neither phrase: nearly every figure, before the pairwise scan
    opening = next(
        (k for k in range(len(before) - 2) if before[k : k + 3] in _ADDED_TO), None
    )
    if opening is None or not {"the", "roughly", "about", "some", "around", "nearly"}.issuperset(
        before[opening + 3 :]
    ):
        return False
    end = f.end
    while end < min(s.end, f.end + 8) and s.lowers[end] not in _TOTAL_ENDS:
        end += 1
    if not _PAST_MARKS.isdisjoint(s.lowers[f.end : end]):
        return True
    return any(d.past and f.end <= d.start < end for d in s.dates)
