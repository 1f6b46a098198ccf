"""A figure in a relative clause describing a past, dated occasion is that occasion's history:
"Traffic was halted in September during the joint exercises, which involved about 30,000
troops" tells the drills' size to explain an old closure. News describes a named occasion
(drills, an offensive, a summit) with ", which involved/included N" and dates the main
clause, weeks or months before the story, rather than the relative clause itself. The
occasion noun must stand right before ", which", the relative's verb must be past, and the
date must come before the occasion in the same sentence and lie well before the dateline.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.possessive_years import OCCASIONS
from bot.nlp.signed_before import stale_date

_RELATIVES = frozenset({"which", "that"})
_PAST_VERBS = frozenset({"drew", "saw", "had", "brought", "took", "put", "threw"})
_VERB_REACH = 3  # ", which involved about 30,000", ", which ultimately drew some 40,000"
_BREAKS = frozenset({";", "but", "while", "whereas", "now", "this"})


def dated_occasion(s: Sentence, f: Figure) -> bool:
    """Whether `f` follows "<occasion>, which <past verb>" and a stale date stands before."""
    if not s.dates or s.reference is None or OCCASIONS.isdisjoint(s.words):
        return False  # nearly every figure: two cheap tests
    which = next(
        (k for k in range(f.start - 1, max(s.start + 1, f.start - _VERB_REACH - 2), -1)
         if s.lowers[k] in _RELATIVES),
        None,
    )  # fmt: skip
    if which is None or s.lowers[which - 1] != "," or s.lowers[which - 2] not in OCCASIONS:
        return False
    verbs = s.lowers[which + 1 : f.start]
    if not verbs or not any(w.endswith("ed") or w in _PAST_VERBS for w in verbs):
        return False
    occasion = which - 2
    return any(
        d.end <= occasion
        and _BREAKS.isdisjoint(s.lowers[d.end : occasion])
        and stale_date(s, d, otherwise=d.past)
        for d in s.dates
    )
