"""A country named in "on the side of X" is the ally the counted fight for, not whose they
are: in "Chadian troops fighting on the side of Sudan have lost about 900 men" the 900 are
Chad's. The phrase says what "alongside X" or "for X" says."""

from __future__ import annotations

from bot.nlp.context import Sentence

_LEAD = ("on", "the", "side", "of")
# The verb before the phrase: "losses on the side of Sudan" are Sudan's own.
_FIGHTING = frozenset({"fighting", "fight", "fights", "fought", "serving", "serve", "serves",
                       "served", "battling", "deployed"})  # fmt: skip


def on_the_side_of(s: Sentence, before: int) -> bool:
    """Whether the word at `before`, right ahead of a named country, ends "fighting on the
    side of"."""
    return (
        s.lowers[before] == "of"  # nearly every name: one comparison
        and before - 4 >= s.start
        and tuple(s.lowers[before - 3 : before + 1]) == _LEAD
        and s.lowers[before - 4] in _FIGHTING
    )
