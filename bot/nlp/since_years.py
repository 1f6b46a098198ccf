"""A sentence opened by "Since <year>," and going on with a named subject's perfect ("Since
2021, the ministry has handed out more than 4,000 grants") sums what that subject has done
over the years gone by: the running record the story recalls as its lead-up, not the day's
news. Not when the figure is itself the subject ("Since 2021, 4,000 grants have been paid"):
that is the tally the story reports. Nor when a source is named before the perfect ("Since
2021, the ministry says, it has ..."): that is a fresh claim."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure

_PERFECT = frozenset({"has", "have"})
_SUBJECT_REACH = 6  # "Since 2022, the local branch of the union has"
_SAYING = frozenset({"says", "say", "said", "according", "claims", "estimates"})


def since_year_record(s: Sentence, f: Figure) -> bool:
    """Whether the figure is the object of a named subject's perfect after "Since <year>"."""
    if s.lowers[s.start] != "since" or s.end - s.start < 4 or not is_year(s.lowers[s.start + 1]):
        return False  # nearly every sentence: one token compared
    k = s.start + 2 + (s.lowers[s.start + 2] == ",")
    if s.lowers[k][:1].isdigit():
        return False  # "Since 2022, 6,142 people have been returned": the figure is the subject
    for j in range(k, min(f.start, k + _SUBJECT_REACH + 1)):
        word = s.lowers[j]
        if word in _SAYING or word[:1].isdigit():
            return False
        if word in _PERFECT:
            return s.lowers[j + 1] != "been" and f.start > j + 1
    return False
