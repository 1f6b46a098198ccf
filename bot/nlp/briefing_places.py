"""The place a source spoke in, which is not whose count it gave: "The spy agency told
lawmakers in Seoul that about 300 had died". A bare count carries the side of the people
counted before it (the soldiers whose losses the article tells); the capital that says where
the audience sat names only the briefing, so it must not take the count over as its actor.

Only a place that ends the reporting clause right before the "that" opening the count
("told reporters in Kyiv that"), after a listener or a briefing ("lawmakers", "a news
conference"); "said losses in Donetsk had reached 300" names where the losses were. A count
joined to that clause by "and" ("that about 300 had died and 2,700 had been wounded") is
told in the same place.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

# Those told, or the occasion, just before "in <place>".
_LISTENERS = frozenset(
    {"lawmakers", "legislators", "reporters", "journalists", "parliament", "mps", "senators",
     "diplomats", "deputies", "briefing", "conference", "audience", "committee", "forum"}
)  # fmt: skip
_JOINED_REACH = 8  # "that about 300 had died and": the first count's clause before "and"


def briefing_place(s: Sentence, f: Figure) -> bool:
    """Whether the count at `f` opens a clause ("that about 300 ...") right after a
    place that only says where its source told it ("told lawmakers in Seoul that")."""
    that = f.start - 1
    if that > s.start and s.lowers[that] == "and":  # "... had died and 2,700 had been wounded"
        lowers = s.lowers[max(s.start, that - _JOINED_REACH) : that]
        if "that" not in lowers or ";" in lowers:
            return False
        that -= len(lowers) - max(k for k, w in enumerate(lowers) if w == "that")
    if that <= s.start or s.lowers[that] != "that":
        return False
    place = s.mention_at.get(that - 1)
    if place is None or place.kind != "country" or place.end != that:
        return False
    k = place.start - 1
    return k - 1 >= s.start and s.lowers[k] == "in" and s.lowers[k - 1] in _LISTENERS
