"""Reservists counted beside a wartime strength are the pool that strength draws on, not the
army: in "can mobilise a wartime force of 280,000 troops and has some 870,000 reservists" the
280,000 is the whole force (wartime_forces); the 870,000 trained reservists are a larger
pool, most of whom the wartime force would never call up. Beside active troops ("1.28 million
active troops and 7.6 million reservists") reservists add to the army and stay its size."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_RESERVISTS = frozenset({"reservists", "reservist", "reserves"})
_WARTIME = frozenset({"wartime", "war-time"})
_MOBILISING = frozenset({"mobilise", "mobilize", "field", "muster", "raise"})


def reserve_pool(s: Sentence, f: Figure) -> bool:
    """Whether the figure counts reservists after a wartime strength the sentence told."""
    if _WARTIME.isdisjoint(s.words) or _RESERVISTS.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    if _RESERVISTS.isdisjoint(s.lowers[f.num_end : f.end]):
        return False
    before = s.lowers[s.start : f.start]
    return not _WARTIME.isdisjoint(before) and not _MOBILISING.isdisjoint(before)
