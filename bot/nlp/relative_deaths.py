"""A relative clause can carry the fate of the men a figure counts: in "Kim decorated nine
soldiers who died during the mission" or "a memorial to 300 sailors who were killed in the
attack" the figure counts the dead, though the verb that says so stands in the relative
clause, not right after the noun. Only a verb of dying that takes no object ("died",
"perished") or a passive of killing ("who were killed") reads so: "soldiers who killed two
guards" or "soldiers who fought" count no dead."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_RELATIVES = frozenset({"who", "that"})
_DIED = frozenset({"died", "perished"})
_KILLED = frozenset({"killed", "slain"})
# "who were killed", "who had been killed", "who have since died", "who later died"
_BETWEEN = frozenset({"were", "was", "had", "have", "has", "been", "since", "later", "all"})
_PASSIVE = frozenset({"were", "was", "been"})
_REACH = 4


def died_in_relative(s: Sentence, f: Figure) -> bool:
    """Whether the counted noun is followed by "who died" or "who were killed"."""
    k = f.unit_end
    if k >= s.end or s.lowers[k] not in _RELATIVES:
        return False  # the common case: one word test
    j = k + 1
    while j < min(s.end, k + _REACH) and s.lowers[j] in _BETWEEN:
        j += 1
    if j >= s.end:
        return False
    if s.lowers[j] in _DIED:
        return True
    return s.lowers[j] in _KILLED and not _PASSIVE.isdisjoint(s.lowers[k + 1 : j])
