"""News that "comes after" an earlier event tells that event as background: "The launch comes
after Russia fired 728 drones", and with the time between said, "The briefing came a month
after Hanwha signed a $6.5 billion deal". The clause after "after" is history, whatever its
own tense; "came a day after" is still the same news, so spans under a week do not count."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.present_claims import present_claim

_FOLLOWING = frozenset({"comes", "came", "come", "follows", "followed"})
# "a month", "two weeks": the time between the news and what it follows. "A day after" or
# "hours after" ties the news to what is still news itself, so only longer spans count.
_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years"})
_SPAN_REACH = 3  # "came just two weeks after"


def follows_earlier(s: Sentence, first: int, figure_start: int) -> bool:
    """Whether the clause starting at `first` (holding the figure) is the "after" clause of
    a verb of following."""
    if first - 2 < s.start or figure_start <= first or s.lowers[first - 1] != "after":
        return False  # "came after about four hours of debate" only times the news
    if present_claim(s, first, figure_start):
        return False  # "a year after the first of what Seoul says were 15,000 arrived"
    k = first - 2
    if s.lowers[k] in _SPANS:
        stop = max(s.start, k - _SPAN_REACH)
        k = next((j for j in range(k - 1, stop - 1, -1) if s.lowers[j] in _FOLLOWING), -1)
        if k < 0:
            return False
    return s.lowers[k] in _FOLLOWING
