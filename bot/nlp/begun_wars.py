"""A toll set in a war the sentence dates to a start long before the page: "Nationally,
36,574 Americans died in the conflict, which began when North Korean troops invaded the South
in June 1950." The relative clause dates the war, not the deaths; but a war begun decades
before the page's own year is history, and so is what it cost, as surely as "in 1951" would
date it. A war begun within the last few years ("the war, which began in February 2022")
may still be going, and its toll is left to the other rules; so is a page with no year."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure
from bot.nlp.year_in_review import stamped_year

_WARS = frozenset({"war", "conflict", "fighting"})
_SCENES = frozenset({"in", "during"})
_STARTS = frozenset({"began", "started", "erupted", "broke"})
_RELATIVE_REACH = 14  # ", which began when North Korean troops invaded the South in June 1950"
_LONG_AGO = 10  # years: a war begun further back than this is over


def begun_long_ago(s: Sentence, f: Figure) -> bool:
    """Whether `f` is followed in its sentence by "in/during the <war>, which began ... <year>"
    with the year long before the page's."""
    if _WARS.isdisjoint(s.words) or _STARTS.isdisjoint(s.words):
        return False  # nearly every sentence: two scans in C
    stop = s.clause_end(f.end)
    war = next((k for k in range(f.end, min(s.end, stop + 1)) if s.lowers[k] in _WARS), None)
    if war is None or s.lowers[war - 2 : war] not in (["in", "the"], ["during", "the"]):
        return False
    if s.lowers[war + 1 : war + 3] != [",", "which"] or war + 3 >= s.end:
        return False
    if s.lowers[war + 3] not in _STARTS:
        return False
    year = next((int(w) for w in s.lowers[war + 4 : min(s.end, war + _RELATIVE_REACH)]
                 if is_year(w)), None)  # fmt: skip
    stamped = stamped_year(s)
    return year is not None and stamped is not None and stamped - year > _LONG_AGO
