"""A figure told of an occasion a past year owns is history: "Last year's drills involved
more than 9,000 American troops" recalls the previous round to set this year's against it.
Only occasions count (drills, exercises, a summit, an offensive): "last year's budget" or
"last year's toll" is a year's statistic, which the other rules read as the news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PAST_PERIODS = frozenset({"year", "season", "summer", "spring", "autumn", "winter", "fall"})
_OWNERS = frozenset({"last", "previous"})
_POSSESSIVES = frozenset({"'s", "’s"})
OCCASIONS = frozenset(
    {"drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames",
     "summit", "parade", "offensive", "campaign", "operation", "deployment", "rotation",
     "games", "mission", "evacuation", "airlift"}
)  # fmt: skip
# A turn to another time or clause ends the occasion's reach.
_CONTRASTS = frozenset({";", "but", "while", "whereas", "this", "now", "will", "next"})
_ADJECTIVES = 3  # "last year's joint naval drills": a few words before the occasion noun


def past_occasion_owner(s: Sentence, f: Figure) -> bool:
    """Whether the figure's sentence opens with "last year's <occasion>"."""
    if _OWNERS.isdisjoint(s.words) or _POSSESSIVES.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    k = s.start + (1 if s.lowers[s.start] == "the" else 0)  # "The previous year's drills"
    if k + 3 >= f.start or s.lowers[k] not in _OWNERS or s.lowers[k + 1] not in _PAST_PERIODS:
        return False
    if s.lowers[k + 2] not in _POSSESSIVES:
        return False
    if not _CONTRASTS.isdisjoint(s.lowers[k + 3 : f.start]):
        return False  # "Last year's drills were smaller; this year 12,000 troops ...": news
    noun_words = s.lowers[k + 3 : min(f.start, k + 4 + _ADJECTIVES)]
    return not OCCASIONS.isdisjoint(noun_words)
