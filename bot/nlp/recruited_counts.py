"""People a side takes in are no losses: "has not stopped Moscow from recruiting about 30,000
new soldiers a month, enough to replace its dead", "mobilised 300,000 reservists after its
losses". A verb of enlisting right before the figure makes it the object taken in, however
many words of loss the sentence holds; "recruits killed in the strike" (the noun, with the
fate after it) is left to the casualty readers."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.raised_forces import raised_force_level

_ENLISTING = frozenset(
    {"recruiting", "recruit", "recruits", "recruited", "enlisting", "enlisted", "enlist",
     "mobilising", "mobilizing", "mobilised", "mobilized", "mobilise", "mobilize",
     "conscripting", "conscripted", "drafting", "drafted", "signing"}
)  # fmt: skip


def enlisted_count(s: Sentence, figure_start: int) -> bool:
    """Whether the figure starting at `figure_start` (its qualifier included) is the object
    of a verb of enlisting: "recruiting about 30,000 soldiers"."""
    if raised_force_level(s, figure_start):
        return True  # "fresh troops to replace its losses, bringing the contingent to 11,000"
    if _ENLISTING.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    k = figure_start - 1
    return k >= s.start and s.lowers[k] in _ENLISTING
