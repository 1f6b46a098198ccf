"""A revised estimate often names the figure it replaces after a comma: "the agency lowered
its estimate of the dead to about 1,800, from the roughly 2,000 it reported earlier" or
"raised its count to 12,000, from 11,000". The number after "from" counts what the new figure
counts, and it is the replaced level, history rather than news. Only a revising verb before
the new figure ("lowered", "raised", "revised") and "to <number>," right before the "from"
read so: "sent 3,000 troops to Kursk, from 2,000 bases" names no revision."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.revised_counts import REVISING

_REACH = 16  # "lowered its estimate of North Korean soldiers killed in Russia to"


def revised_from(s: Sentence, q_start: int) -> bool:
    """Whether the number starting at `q_start` (its qualifier included) is the level a
    revision named before it replaced."""
    k = q_start - 1
    if k > s.start and s.lowers[k] == "the":
        k -= 1
    if k - 2 < s.start or s.lowers[k] != "from" or s.lowers[k - 1] != ",":
        return False  # the common case: two word tests
    if REVISING.isdisjoint(s.words):
        return False
    # The new figure: "to about 1,800" right before the comma.
    number = k - 2
    if not s.lowers[number][:1].isdigit():
        return False
    lo = max(s.start, number - 4)
    window = s.lowers[lo:number]
    if "to" not in window:
        return False
    to = lo + window.index("to")
    return not REVISING.isdisjoint(s.lowers[max(s.start, to - _REACH) : to])
