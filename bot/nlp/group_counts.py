"""A bare number that sizes a body of troops named just before it: "the contingent numbers
some 11,000", "raised its estimate of the North Korean contingent to more than 11,000", "the
North Korean troop count climbs past 11,000". No noun follows the number, but the group noun
says what it counts: soldiers. A demonym right before the group noun says whose they are;
without one the group is the force the article has been counting, so the last troop figure's
owner owns it too."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import bare_number_at
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.group_sizes import demonym_before

_GROUPS = frozenset({"contingent", "contingents", "detachment", "grouping"})
# "troop count", "troop numbers": a count of troops even with the noun in front.
_TROOP_WORDS = frozenset({"troop", "troops"})
_COUNT_NOUNS = frozenset({"count", "numbers", "number", "total", "strength", "tally"})
# The words that join a group to its size, standing right before the number.
_LINKS = frozenset(
    {"at", "to", "past", "numbers", "numbered", "number", "totals", "totalled", "totaled",
     "reached", "reaches", "tops", "topped", "exceeds", "exceeded", "above"}
)  # fmt: skip
_BREAKS = frozenset({",", ";", ".", ":", "and", "but", "while"})
_REACH = 8  # "contingent in the Kursk region currently numbers about"


def group_count(
    s: Sentence, i: int, previous: Quantity | None
) -> tuple[Figure, str | None] | None:
    """The troop figure a bare number at token i gives a group named before it, with the
    group's owner (or None)."""
    n = bare_number_at(s, i)
    if n is None:
        return None
    q_start, end = n.start, n.end
    if q_start <= s.start or s.lowers[q_start - 1] not in _LINKS:
        return None  # most bare numbers
    noun = _group_noun(s, q_start - 1)
    if noun is None:
        return None
    figure = Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=i, unit_end=end,
        value=n.value, value_max=None, qualifier=n.qualifier, unit=s.lowers[noun],
        measure="troop", category="troop", mod_start=end,
    )  # fmt: skip
    owner = demonym_before(s, noun)
    if owner is None and previous is not None and previous.category == "troop":
        owner = previous.actor
    return figure, owner


def _group_noun(s: Sentence, link: int) -> int | None:
    """The group noun closely before the link word, within one clause."""
    for k in range(link - 1, max(s.start, link - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _BREAKS:
            return None
        if word in _GROUPS:
            return k
        if word in _COUNT_NOUNS and k > s.start and s.lowers[k - 1] in _TROOP_WORDS:
            return k - 1
    return None


def named_owner(s: Sentence, f: Figure) -> bool:
    """Whether a demonym names the sized group's owner: it outranks the clause's subject
    ("Seoul weighs ... as the North Korean troop count climbs past 11,000")."""
    if f.measure != "troop" or f.start <= s.start or s.lowers[f.start - 1] not in _LINKS:
        return False
    noun = _group_noun(s, f.start - 1)
    return noun is not None and demonym_before(s, noun) is not None
