"""A figure in an ", after" clause hung on a clause dated to a past year is older still: "The
shipyard was rebuilt in the late 1980s, after Moscow withdrew about 8,000 troops from the
port". The year dates the main clause; the "after" clause tells what came before that, so its
figures are history, though the date stands outside the figure's own clause (where
modality's own date check looks)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year, period_preposition
from bot.nlp.figures import Figure
from bot.nlp.lexicon import FUTURE_MARKERS

# "in 1995", "during the 1980s": a period the main clause happened in.
_PERIOD_OPENINGS = frozenset({"in", "during"})
# Words that end the dated clause's reach before the "after": another main clause.
_BREAKS = frozenset({";", "but", "while", "whereas", "and"})
# "after years of talks" is no clause; the figure must follow the "after" closely.
_AFTER_REACH = 14


def dated_after_clause(s: Sentence, f: Figure) -> bool:
    """Whether `f` sits in an ", after" clause following a past-year date of its sentence."""
    if not s.dates or "after" not in s.words:
        return False  # nearly every figure: set tests
    lowers = s.lowers
    for date in s.dates:
        if date.end > f.start:
            break
        if not date.past or not any(is_year(w) for w in lowers[date.start : date.end]):
            continue
        if period_preposition(lowers, date, s.start) not in _PERIOD_OPENINGS:
            continue
        for k in range(date.end, f.start):
            word = lowers[k]
            if word in _BREAKS:
                break
            if word != "after" or lowers[k - 1] != "," or f.start - k > _AFTER_REACH:
                continue
            # "in 2019, after which Seoul will send 500": a plan, not what came before.
            return FUTURE_MARKERS.isdisjoint(lowers[k : f.start])
    return False
