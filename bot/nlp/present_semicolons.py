"""A month set before a sentence dates the clauses up to its semicolon, not past one that
sets its own present: in "In January, the agency put the force at about 11,000; this month
it said about 10,000 remained", the January figure is history and the one after "; this
month" is the news. Without this the fronted month made every figure in the sentence
history."""

from __future__ import annotations

from bisect import bisect_left

from bot.nlp.context import Sentence

_PRESENT = frozenset({("this", "month"), ("this", "week"), ("this", "year")})
_NOW = frozenset({"now", "today"})


def present_after_semicolon(s: Sentence, start: int) -> bool:
    """Whether the last ";" before token `start` (a figure's first) opens a clause with
    "this month", "this week", "this year", "now" or "today"."""
    if ";" not in s.words:
        return False  # nearly every sentence
    semi = next((k for k in range(start - 1, s.start - 1, -1) if s.lowers[k] == ";"), None)
    if semi is None or semi + 1 >= s.end:
        return False
    return tuple(s.lowers[semi + 1 : semi + 3]) in _PRESENT or s.lowers[semi + 1] in _NOW


def present_fact(s: Sentence, char_start: int) -> bool:
    """`present_after_semicolon` for a fact known by its first character."""
    if ";" not in s.words:
        return False
    return present_after_semicolon(s, bisect_left(s.tokens.idxs, char_start, s.start, s.end))
