"""A vague amount that is itself the subject of a fate, right after a count of soldiers:
"Ukraine's GUR puts the number at about 11,000 and says several hundred have been killed or
wounded", "... 12,000 troops, and hundreds have died". No "of them" points back, yet the
amount with "have been killed" after it counts the dead or wounded among the soldiers just
counted, on their side, as "hundreds of them" does (`vague_parts`).

Only with the count of soldiers (not of things or money) in the same sentence, and only with
the auxiliaries and the fate right after the amount ("have been killed", "had died"): "hundreds
have arrived" or "hundreds more are expected" is no toll.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.group_parts import side_of_people

_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "are", "was", "already",
                          "reportedly", "now", "since"})  # fmt: skip
_FATES = frozenset({"killed", "wounded", "injured", "died", "dead"})
_AUX_REACH = 4  # "have reportedly already been killed"


def bare_vague_toll(
    s: Sentence, i: int, qualifier: str, end: int, previous: Quantity | None
) -> Implied | None:
    """The casualty count of the vague amount spanning [i, end) when a fate follows it and
    a count of soldiers came before it in the sentence; else None."""
    if previous is None or previous.category != "troop" or previous.sentence != s.text:
        return None
    k = end
    while k < min(s.end, end + _AUX_REACH) and s.lowers[k] in _AUXILIARIES:
        k += 1
    if k == end or k >= s.end or s.lowers[k] not in _FATES:
        return None  # "hundreds arrived", "hundreds more are expected": no fate
    figure = figure_like(BareNumber(i, i, end, None, qualifier), ("casualty", "casualty"),
                         "casualty")  # fmt: skip
    return figure, side_of_people(previous)
