"""A fate a disaster or attack leaves people in: "the quake left 40 people dead", "the blast
left 12 workers injured", "leaving three people missing". The fate follows the counted noun
with no verb of being, so the count of people is a count of casualties."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_LEAVING = frozenset({"left", "leaves", "leave", "leaving"})
_FATES = frozenset({"dead", "missing", "injured", "wounded", "hurt"})


def left_in_fate(s: Sentence, f: Figure) -> bool:
    """Whether the figure is the object of "left"/"leaving" and a fate follows its noun."""
    before = f.start - 1
    if before < s.start or s.lowers[before] not in _LEAVING:
        return False  # nearly every figure: one set test
    return f.unit_end < s.end and s.lowers[f.unit_end] in _FATES
