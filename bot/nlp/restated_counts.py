"""A second source's figure for the count just told, given as a bare number that ends the
source's clause: "the NIS estimates that around 4 700 were killed, while Ukraine's military
intelligence says more than 6 000.", "Kyiv and Washington say 11 000 to 12 000 troops were
sent; Seoul speaks of about 11 000.", 'HUR says "up to 12 000".' The writer sets one
source's number against another's and leaves the noun to the reader; the number is the
whole of what the source is said to say, so it counts what was counted last.

Only right after the source's verb ("says", "speaks of") with nothing after the number but
the clause's end, and only after a count of people or things told in the same sentence or
the one just before it: "The minister says 12." after a count of dollars, or far from any
count, is left alone.
"""

from __future__ import annotations

from bisect import bisect_right

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS

# "speaks of about 11 000", "puts it at 3 000" is `_restated_estimate`'s.
_SPEAKING = frozenset({"speaks", "speak", "spoke", "talks", "talk", "talked"})
_CLAUSE_ENDS = frozenset({".", ";", "!"})
# "says about 11,000, most of them guarding the border": a comma and a word that picks out
# some of the people just counted describes them; the source's own clause has ended.
_PICKING = frozenset({"most", "many", "some", "all", "half", "mostly", "mainly", "nearly",
                      "almost", "including", "largely"})  # fmt: skip


def restated_by_source(s: Sentence, q_start: int, end: int, previous: Quantity) -> bool:
    """Whether the bare number spanning [q_start, end) (quote marks included) is the whole
    of a source's figure for the count `previous` told just before."""
    if q_start <= s.start:
        return False
    head = s.lowers[q_start - 1]
    if head == "of" and q_start - 2 >= s.start:
        head = s.lowers[q_start - 2]
        if head not in _SPEAKING:
            return False
    elif head not in REPORT_VERBS:
        return False
    if end < s.end and s.lowers[end] not in _CLAUSE_ENDS and not _described_after(s, end):
        return False  # "says 6,000 were killed": a clause of its own, read elsewhere
    return previous.sentence == s.text or _told_just_before(s, previous)


def _told_just_before(s: Sentence, previous: Quantity) -> bool:
    """Whether `previous` stands in the sentence just before s."""
    tokens = s.tokens
    starts = [a for a, _ in tokens.sentences]
    here = bisect_right(starts, s.start) - 1
    if here < 1:
        return False
    before, _ = tokens.sentences[here - 1]
    return previous.start >= tokens.chars(before, before + 1)[0]


def _described_after(s: Sentence, end: int) -> bool:
    """Whether a comma and a phrase about part of the counted people follow the number."""
    return end + 1 < s.end and s.lowers[end] == "," and s.lowers[end + 1] in _PICKING
