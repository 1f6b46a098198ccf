"""A source's own number for the count just given, told as what "the figure" or "the number"
is: "The NIS says about 11,000 soldiers remain, while Kyiv's intelligence agency said on
Friday the figure was up to 12,000." The count noun names no thing of its own, so the number
counts what the text counted last, as "put the number at N" does.

Only when a reporting verb opens the clause that "the figure was/is" stands in: the source
gives the number. Without one, "The correct figure is 103" is a correction, "Its earlier
figure was 600" a recap, and "The figure is nearly three times ..." a comparison, which the
other rules read (or leave)."""

from __future__ import annotations

from bot.nlp.context import Sentence

_NOUNS = frozenset({"figure", "number"})
_BE = frozenset({"was", "is"})
_DEFINITE = frozenset({"the", "that", "this"})
_SAYING = frozenset(
    {"said", "says", "say", "told", "added", "adds", "estimated", "estimates", "believes",
     "believed", "reported", "reports", "claimed", "claims", "stated", "insisted", "insists",
     "that"}
)  # fmt: skip
_REACH = 5  # "said on Friday that the figure was": the verb a few words before the noun
_NOT_COUNTS = frozenset({"times", "%", "percent", "per", "of"})


def said_figure(s: Sentence, q_start: int, end: int) -> bool:
    """Whether the bare number [q_start, end) is what a source said "the figure was"."""
    noun = q_start - 2
    if noun - 1 <= s.start or s.lowers[q_start - 1] not in _BE or s.lowers[noun] not in _NOUNS:
        return False  # nearly every number: two words compared
    after = s.lowers[end] if end < s.end else ""
    if s.lowers[noun - 1] not in _DEFINITE or after in _NOT_COUNTS:
        return False  # "a figure", "three times what ..."
    for k in range(noun - 2, max(s.start, noun - 2 - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _SAYING:
            return True
        if not word.isalnum():
            return False  # a comma or quote: another clause
    return False
