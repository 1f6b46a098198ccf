"""A count whose noun comes before its number, with a modal between them, is planned: "The
number of servicemen will thus increase by 180,000", "the number of conscripts could rise to
160,000". The figure's span starts at its noun ("servicemen"), so the future marker sits
inside the figure, where the modality rules, which read the clause before a figure, do not
look.

Only a modal of the future ("will", "could", ...) or "expected/set/due to" in the same
clause between the noun and the number: "the number of servicemen rose by 180,000" and
"soldiers, who will be paid more, number 180,000" (a comma between) stay as told."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_MODALS = frozenset({"will", "would", "could", "might", "shall", "'ll"})
_TO_PLANS = frozenset({"expected", "set", "due"})
_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})
_REACH = 8  # "servicemen in the army will thus increase by"


def future_after_unit(s: Sentence, f: Figure) -> bool:
    """Whether a future modal stands between the figure's noun and its number."""
    if f.unit_end > f.num_start or f.num_start - f.unit_end > _REACH:
        return False  # nearly every figure: the number comes first
    words = s.lowers[f.unit_end : f.num_start]
    if not _BREAKS.isdisjoint(words):
        return False
    return any(
        w in _MODALS or (w in _TO_PLANS and words[k + 1 : k + 2] == ["to"])
        for k, w in enumerate(words)
    )
