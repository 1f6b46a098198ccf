"""A figure whose own relative clause says it may yet be moved: "25,000 soldiers who can be
transferred in the coming months", "2,000 more that could be deployed". The modal sits after
the counted noun, behind "who"/"which"/"that", where the plan tests before the figure and
the "will ..." test right after it do not look; the figure is a prospect, not a done move.
Only verbs of moving forces count: "3,000 troops who can be seen in the footage" is there."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.figures import Figure

_RELATIVES = frozenset({"who", "which", "that"})
_MODALS = frozenset({"can", "could", "will", "would", "may", "might"})
_MOVED = frozenset(
    {"sent", "transferred", "deployed", "redeployed", "dispatched", "moved", "shipped",
     "mobilised", "mobilized", "brought", "added", "recruited", "drafted", "supplied",
     "delivered", "provided", "committed", "rotated", "thrown"}
)  # fmt: skip


def prospective_relative(s: Sentence, f: Figure) -> bool:
    """True for "N <noun> who/which/that <modal> be <moved>" right after the figure."""
    words = s.words
    if _MODALS.isdisjoint(words) or _RELATIVES.isdisjoint(words) or _MOVED.isdisjoint(words):
        return False  # nearly every sentence: three scans in C
    k = f.end
    while k < s.end and s.lowers[k] in QUOTES:
        k += 1
    after = s.lowers[k : k + 4]
    return (
        len(after) == 4 and after[0] in _RELATIVES and after[1] in _MODALS
        and after[2] == "be" and after[3] in _MOVED
    )  # fmt: skip
