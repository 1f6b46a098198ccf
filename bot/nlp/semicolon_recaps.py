"""A clause after a semicolon that points back with a demonstrative takes the date of the
clause before it: "Its ships joined the drills in March only as observers; those exercises
involved some 9,000 sailors" in a July story tells March's exercise, not the day's news.
"Those exercises" is the thing just dated; its past verb recounts it."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year, month_of
from bot.nlp.figures import Figure

_DEMONSTRATIVES = frozenset({"those", "that", "these", "this"})
# "those exercises involved some": the demonstrative, a noun or two, the verb, a qualifier.
_REACH = 4
_PAST_ACTS = frozenset({"drew", "saw", "took", "brought", "had", "left", "cost"})


def semicolon_recap(s: Sentence, f: Figure) -> bool:
    """Whether the figure's clause opens after a ";" with a demonstrative subject and a past
    verb, and the clause before the ";" is dated to a past year or another month."""
    if ";" not in s.words or not s.dates:
        return False  # nearly every sentence: set tests
    lowers = s.lowers
    semi = next((k for k in range(f.start - 1, s.start, -1) if lowers[k] == ";"), None)
    if semi is None or semi + 1 >= f.start or lowers[semi + 1] not in _DEMONSTRATIVES:
        return False
    words = lowers[semi + 2 : f.start]
    if len(words) > _REACH or not any(_past(w) for w in words):
        return False
    previous = max((k for k in range(semi - 1, s.start - 1, -1) if lowers[k] == ";"),
                   default=s.start - 1)  # fmt: skip
    return any(
        previous < d.start and d.end <= semi and d.past and _old(s, d.start, d.end)
        for d in s.dates
    )


def _past(word: str) -> bool:
    return word in _PAST_ACTS or (len(word) > 4 and word.endswith("ed"))


def _old(s: Sentence, start: int, end: int) -> bool:
    """A year, or a month on its own that is not the dateline's month."""
    if any(is_year(w) for w in s.lowers[start:end]):
        return True
    month = month_of(s.lowers, next(d for d in s.dates if d.start == start))
    return month is not None and s.reference is not None and s.reference[0] != month
