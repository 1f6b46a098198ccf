"""A figure told in the past tense of this year's occasion is history: "Some 16,000 troops
took part in this year's drills" recalls a round of exercises already over, the way "last
year's drills involved 9,000" (`possessive_years`) recalls the round before. Writers add it
beside the news to size the alliance or the occasion, not as the news itself; told while
the occasion goes on, the verb is present ("are taking part in this year's drills") and the
figure stays news. Only occasions count, as in `possessive_years`: "this year's budget" is a
year's statistic still running."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.possessive_years import OCCASIONS

_POSSESSIVES = frozenset({"'s", "’s"})
# Verbs of taking part in an occasion, in the past: "took part in", "joined", "attended".
_PAST_PARTS = frozenset(
    {"took", "joined", "participated", "attended", "involved", "drew", "featured", "marched"}
)
# A turn to another time or clause between the figure and the occasion ends the reach.
_STOPS = frozenset({";", "but", "while", "whereas", "now", "will", "next", "are", "is"})
_REACH = 8  # "took part in this year's": the verb and the occasion close to the figure
_ADJECTIVES = 3  # "this year's joint naval exercises"


def held_this_year(s: Sentence, f: Figure) -> bool:
    """Whether the figure took part, in the past tense, in "this year's <occasion>"."""
    if "this" not in s.words or _POSSESSIVES.isdisjoint(s.words) or _PAST_PARTS.isdisjoint(
        s.words
    ):
        return False  # nearly every sentence: three set tests
    lowers = s.lowers
    # The figure first: "16,000 troops took part in this year's Balikatan exercises".
    end = min(s.end - 3, f.end + _REACH)
    for k in range(f.end, end):
        if lowers[k] in _STOPS:
            return False
        if lowers[k] == "this" and _this_year_occasion(s, k):
            return not _PAST_PARTS.isdisjoint(lowers[f.end : k])
    # The occasion first: "This year's drills involved 16,000 troops".
    k = s.start + (lowers[s.start] == "and")
    between = lowers[k + 3 : f.start]
    return (
        f.start - k <= _REACH + _ADJECTIVES
        and lowers[k] == "this"
        and _this_year_occasion(s, k)
        and not _PAST_PARTS.isdisjoint(between)
        and _STOPS.isdisjoint(between)
    )


def _this_year_occasion(s: Sentence, k: int) -> bool:
    """"this year's <a few words> <occasion>" starting at token k."""
    if s.lowers[k + 1 : k + 3] not in (["year", "'s"], ["year", "’s"]):
        return False
    return not OCCASIONS.isdisjoint(s.lowers[k + 3 : min(s.end, k + 4 + _ADJECTIVES)])
