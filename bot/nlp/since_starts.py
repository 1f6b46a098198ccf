"""A "since" phrase that names a start: "Since the start of the operation in the Kursk region
in August 2024, the enemy has lost more than 76,000 servicemen". "The start of" the
operation is its beginning told as a noun, the same as "since the operation began in August
2024" (since_clauses.py): the date is where a running count starts, not when the figure
happened. A phrase naming the war itself ("Since Russia's full-scale invasion in February
2022") names no start and is left as it was."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan

_STARTS = frozenset({"start", "beginning", "launch"})
_BREAKS = frozenset({",", ";", ":", "."})
# "since the start of the counter-terrorist operation in the Kursk region in": a noun phrase
# runs longer than a clause's verb does, but never past a comma.
_REACH = 16


def since_start(s: Sentence, date: DateSpan) -> bool:
    """Whether `date` ends a "since the start of ..." phrase with no comma before it."""
    if "since" not in s.words or _STARTS.isdisjoint(s.words):
        return False  # nearly every sentence: one scan in C
    for k in range(date.start - 1, max(s.start, date.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _BREAKS:
            return False
        if word == "since":
            return s.lowers[k + 1 : k + 4][:1] == ["the"] and (
                s.lowers[k + 2] in _STARTS and s.lowers[k + 3] == "of"
            )
    return False
