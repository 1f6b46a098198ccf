"""Where a name stands as a place: the word before it, past "the" and compass words.

News names the part of a country a strike hit or a unit holds with a compass word between
the preposition and the name ("an attack on western Ukraine", "in the north-eastern Kharkiv
region"). The preposition still says the name is a place, not the side that acts, so the
subject scan looks past those words to find it.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_COMPASS = frozenset(
    {
        "western", "eastern", "northern", "southern", "central", "north", "south", "east",
        "west", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western",
    }
)  # fmt: skip


def word_before_place(s: Sentence, start: int) -> int:
    """The index of the word before the name starting at `start`, skipping compass words
    and then one "the" ("on western Ukraine", "in the east"); may be below `s.start`."""
    before = start - 1
    while before >= s.start and s.lowers[before] in _COMPASS:
        before -= 1
    if before >= s.start and s.lowers[before] == "the":
        before -= 1
    return before
