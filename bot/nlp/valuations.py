"""A sum told as a valuation: "The agency put its value at 8.3 billion zloty, or about $2.1
billion", "the ministry valued it at $900 million". A body that signs a purchase
often states its price in a sentence of its own, with the deal only as "its value"; the
subject of such a verb is whoever states (and, for a state's buying body, pays) the price.
A conversion set off after the sum ("..., or about $2.1 billion") is the same valuation.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_VERBS = frozenset(
    {"put", "puts", "valued", "values", "priced", "prices", "estimated", "estimates", "set"}
)  # fmt: skip
# What the verb values, between it and "at": "its value", "their combined cost", "it". A
# pronoun points back at the purchase just told; "valued the deal at" names its own noun,
# which definite_deals.py reads with the sentence before.
_OBJECT_WORDS = frozenset(
    {"its", "their", "it", "them", "value", "price", "cost", "worth", "total", "overall",
     "combined"}
)  # fmt: skip
# "at 8.3 billion zloty, or about $2.1 billion": from "at" to the converted figure.
_AT_REACH = 8
_OBJECT_REACH = 4


def valuing_verb(s: Sentence, f: Figure) -> int | None:
    """The index of the valuing verb whose "at" prices `f`, else None."""
    if "at" not in s.words or _VERBS.isdisjoint(s.words):
        return None  # nearly every figure: two set tests
    at = next(
        (k for k in range(f.start - 1, max(s.start, f.start - _AT_REACH) - 1, -1)
         if s.lowers[k] == "at"),
        None,
    )  # fmt: skip
    if at is None:
        return None
    if at != f.start - 1 and s.lowers[f.start - 1] != "or":
        return None  # "at" prices another figure; only a conversion after it counts
    for k in range(at - 1, max(s.start, at - 1 - _OBJECT_REACH) - 1, -1):
        if s.lowers[k] in _VERBS:
            return k if k < at - 1 else None
        if s.lowers[k] not in _OBJECT_WORDS:
            return None
    return None
