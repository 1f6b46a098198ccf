"""A bare number that opens its sentence, with the source told after the clause: "About
11,000 have been deployed so far, a lawmaker told reporters", "Nearly 4,000 have been killed
or wounded, the president said". The writer fronts the figure and names who gave it after a
comma; the clause is the same report as "the lawmaker said about 11,000 have been deployed",
so readers that want a number right after its source accept this order too. A sentence with
no source after it ("Two were sent home.") is left to the readers of bare clauses."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS


def opens_attributed(s: Sentence, start: int, clause_end: int) -> bool:
    """Whether the figure at `start` opens sentence s and a source's verb of saying follows
    after a comma past `clause_end` (the end of the figure's own verb)."""
    if start != s.start:
        return False
    lowers = s.lowers
    comma = next((k for k in range(clause_end, s.end) if lowers[k] == ","), None)
    if comma is None:
        return False  # nearly every such sentence has no trailing source: one scan
    return not REPORT_VERBS.isdisjoint(lowers[comma + 1 : s.end])
