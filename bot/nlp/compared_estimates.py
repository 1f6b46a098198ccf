"""A second source's estimate set against the count just given counts the same people:
"The NIS estimated that about 21,000 had been sent, while Ukraine's military intelligence
puts the number higher, at about 25,000." The second figure names no noun and no owner ("the
number" is the count before it), so it takes the owner of that count. The owner is often
settled only by the document's passes (a sending told paragraphs away), so this runs after
them.

Only a count told as "puts/put/places the (current) number/figure/estimate/total
(higher|lower), at N" or "puts it (higher|lower), at N" is read so, only right after a count
of the same kind in its own or the sentence before, and only when that count has an
owner."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity

# The estimate verb and what it estimates, in the words just before the figure: "puts the
# number higher, at about", "put the figure at", "places it lower, at roughly".
_RESTATED = re.compile(
    r"\b(?:puts?|putting|places?|placed)\s+(?:the|its|their|it)"
    # "the current number", "its latest estimate": a word dating or scoping the same count.
    r"(?:\s+(?:current|latest|present|overall|total|own|real|actual))?"
    r"(?:\s+(?:number|figure|estimate|total|count|tally))?"
    r"(?:\s+(?:much|far|even|slightly|considerably))?"
    r"(?:\s+(?:higher|lower))?,?\s+at\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_CUES = ("put", "place")  # the cheap test: a sentence without them has no such estimate
# Characters before the figure, its qualifier included: "puts the number higher, at about".
_REACH = 80
_FOLLOWS = 400  # the count set against it ends within the sentence before, or this one


def compared_estimates(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The document's ownerless counts that restate the count just before, given its owner."""
    out = list(quantities)
    for k in range(1, len(out)):
        q = out[k]
        if q.actor is not None or q.value is None:
            continue  # nearly every count: owned already
        window = text[max(0, q.start - _REACH) : q.start]
        if not any(window.find(cue) >= 0 for cue in _CUES):
            continue
        before = out[k - 1]
        if before.actor is None or before.category != q.category or before.value is None:
            continue  # "puts the number of drones at 400" after a toll: another count
        if q.start - before.end > _FOLLOWS:
            continue  # a paragraph away: "the number" may be any count told between
        if _RESTATED.search(window):
            out[k] = replace(q, actor=before.actor)
    return out
