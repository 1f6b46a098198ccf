"""A deal still under talks is planned: in "Talks with Poland on a contract for 180 tanks,
worth about $6 billion, are in their final stage" neither the tanks nor the worth have been
agreed yet. A figure describing the deal that talks or negotiations are "on", "over" or
"for" is only what the deal would be."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import CLAUSE_BREAKS

_TALKS = frozenset({"talks", "negotiations", "negotiation", "negotiating"})
_ABOUT = frozenset({"on", "over", "for", "about"})
_DEALS = frozenset(
    {"contract", "contracts", "deal", "deals", "agreement", "order", "orders", "purchase",
     "sale", "package"}
)  # fmt: skip
# Words that end the deal's noun phrase: a verb or a clause of its own.
_ENDS = CLAUSE_BREAKS | {
    ".", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "said", "says", "signed", "agreed", "sealed", "concluded", "won", "finalised", "finalized",
    "and", "or", "after", "as", "while",
}
_REACH = 16  # "talks with Poland on a second executive contract for 180 K2 tanks, worth"
_ABOUT_REACH = 7  # "talks with South Korea's Hanwha on a second"


def under_talks(s: Sentence, f: Figure) -> bool:
    """Whether the figure describes a deal named as what talks are about."""
    if _TALKS.isdisjoint(s.words) or _DEALS.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    deal = None
    for k in range(f.start - 1, max(s.start, f.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _DEALS and deal is None:
            deal = k
        elif word in _TALKS and deal is not None:
            return not _ABOUT.isdisjoint(s.lowers[k + 1 : deal])
        elif not _in_phrase(s, k) or (deal is not None and deal - k > _ABOUT_REACH):
            return False  # a verb or clause between: the figure is not the deal's own
    return False


def _in_phrase(s: Sentence, k: int) -> bool:
    # Between the deal noun and the figure the phrase's own words ("for 180 K2 tanks,
    # worth about") may stand; a verb or a clause word there ("was signed", "which")
    # means the figure is told by a clause of its own.
    return s.lowers[k] not in _ENDS
