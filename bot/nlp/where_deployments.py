"""Troops a side "has" in a place told by a relative "where": "the front in Ukraine, where
Russia already has some 700,000 troops". The relative on a place locates the troops just as
"has 700,000 troops in Ukraine" would, so the count is a deployment, not the army's whole
size. Only a "where" that opens the figure's own clause and stands right after a comma (a
place named before it); "where" asking a question ("asked where Russia has ...") has none."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BREAKS = frozenset({",", ";", ".", "that", "and"})


def placed_by_where(s: Sentence, verb: int) -> bool:
    """Whether the possession verb at `verb` is in a ", where <side> has" clause."""
    first = max(s.start, verb - 6)
    for k in range(verb - 1, first - 1, -1):
        word = s.lowers[k]
        if word == "where":
            return k - 1 >= s.start and s.lowers[k - 1] == ","
        if word in _BREAKS:
            return False
    return False
