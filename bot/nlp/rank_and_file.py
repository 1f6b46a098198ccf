"""A count of ranks joined to the rank and file is a count of troops: "medals went to 12
officers and soldiers", "40 commanders and troops were decorated". English writes the
leaders first and the men after, and the figure numbers them together, so its measure is the
troops the second noun names rather than the first noun's rank. A rank on its own ("12
officers were decorated") or joined to something else ("12 officers and their families")
stays what it is."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.units import TROOP_WORDS

# Ranks a count names before the soldiers it counts with them.
_RANKS = frozenset({"commander", "officer", "general", "sergeant", "lieutenant", "pilot",
                    "sniper", "marine", "sailor", "airman"})  # fmt: skip


def rank_and_file(s: Sentence, u_end: int, found: tuple[str, str]) -> tuple[str, str]:
    """("troop", "troop") for "<N> <ranks> and <soldiers>", else `found` as it is."""
    if found[0] not in _RANKS:
        return found  # nearly every figure: one set lookup
    if s.lowers[u_end : u_end + 1] != ["and"] or u_end + 1 >= s.end:
        return found
    return ("troop", "troop") if s.lowers[u_end + 1] in TROOP_WORDS else found
