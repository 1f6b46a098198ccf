"""A count its own noun calls old: "the agency had put earlier casualties at 4,700", "the
previous toll of 3,000". An "earlier" or "previous" right before the counted noun says the
writer is recalling a figure that newer ones have overtaken, so it is background, whatever
tense the sentence is told in.

Left alone: "earlier" as an adverb away from the noun ("said earlier that 3,000 ...", which
`earlier_sayings` weighs), and a noun with no such word ("put casualties at 4,700")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_OLD = frozenset({"earlier", "previous", "former"})
# Nouns a count or toll is told with before its number: "put earlier casualties at 4,700".
_COUNT_NOUNS = frozenset(
    {"casualties", "losses", "toll", "tolls", "count", "tally", "figure", "figures",
     "estimate", "estimates", "deaths", "number"}
)  # fmt: skip
_JOINERS = frozenset({"at", "of", "to", "was", "stood", "reached"})
_REACH = 4  # "earlier casualties among its troops at 4,700" stays out: the noun is close


def earlier_count(s: Sentence, f: Figure) -> bool:
    """Whether an "earlier"/"previous" stands right before the noun that names the count."""
    if _OLD.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    # The counted noun told before the number: "earlier casualties at 4,700".
    low = max(s.start, f.num_start - _REACH)
    for k in range(f.num_start - 1, low, -1):
        if s.lowers[k] in _COUNT_NOUNS and s.lowers[k - 1] in _OLD:
            return not _JOINERS.isdisjoint(s.lowers[k + 1 : f.num_start])
    # The counted noun told after the number never carries it: "3,000 earlier" is a time.
    return False
