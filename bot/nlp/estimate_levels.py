"""The older estimate a change is measured from, named as a noun: "up from its earlier
estimate of 600 in April", "raised from a February count of about 4,000 in May". The month
after it dates that older estimate, not the news figure before the "from"; the plain "from
about 5,000 in June" is `fronted_dates`' own test."""

from __future__ import annotations

from bot.nlp.context import Sentence

_ESTIMATES = frozenset(
    {"estimate", "estimates", "figure", "count", "tally", "toll", "assessment", "level"}
)
# "from its earlier estimate", "from the agency's previous figure": "from" to the noun.
_NOUN_REACH = 5
# "estimate of 600", "estimate of about 600", "estimate of more than 600": "of" to the number.
_NUMBER_REACH = 3


def estimate_level_between(s: Sentence, end: int, date: int) -> bool:
    """A "from ... <estimate noun> of <number>" in tokens [end, date)."""
    for k in range(end, date):
        if s.lowers[k] != "from":
            continue
        for j in range(k + 1, min(date - 1, k + 1 + _NOUN_REACH)):
            if s.lowers[j] in {",", ";", "and"}:
                break
            if s.lowers[j] in _ESTIMATES and s.lowers[j + 1] == "of":
                stop = min(date, j + 2 + _NUMBER_REACH)
                return any(w[:1].isdigit() for w in s.lowers[j + 2 : stop])
    return False
