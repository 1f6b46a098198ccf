"""A count told in the passive of a dispatch: "more than 11,000 North Korean troops were sent
to Russia last year, according to ...". Like the past perfect ("had sent 11,000 to Kursk last
year"), the passive of a one-off movement dated to a past year tells the deployment's start,
the story's history; a year's total of a running trade ("supplied 3 million shells last
year") is a different verb and stays the news.

Only the narrator's own clause counts: "the agency estimates that 11,000 troops were sent
last year" is the agency's current assessment, and "told lawmakers that 15,000 had been sent"
its latest count, so a reporting verb before the figure leaves it alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import REPORT_VERBS

_AUXILIARIES = frozenset({"was", "were"})
_DISPATCHED = frozenset({"sent", "deployed", "dispatched"})
_ADVERBS = frozenset({"first", "initially", "originally", "also"})
# People moved once, not goods: "3 million shells were sent last year" may be the year's
# running supply, which the news reports as its own.
_MOVED = frozenset({"troop", "person", "worker"})


def dispatched_after(s: Sentence, f: Figure) -> int | None:
    """The token after "were (first) sent" right behind the figure, or None."""
    k = f.end
    if f.category not in _MOVED or s.lowers[k : k + 1] == [] or s.lowers[k] not in _AUXILIARIES:
        return None
    k += 1
    if k < s.end and s.lowers[k] in _ADVERBS:
        k += 1
    if k >= s.end or s.lowers[k] not in _DISPATCHED:
        return None
    if not REPORT_VERBS.isdisjoint(s.lowers[s.start : f.start]):
        return None  # "estimates that 11,000 were sent last year": the source's count
    return k + 1
