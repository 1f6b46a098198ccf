"""A count whose noun is left out because the clause before gave it: "2,300 homes were
damaged and 140 destroyed", "12 drones were shot down, 3 lost". A bare number that opens a
second clause and undergoes something (a participle follows it) counts what the figure just
before it in the same sentence counted. A rate of output with no noun counts the goods a
making verb took a sentence or two before (`made_rates`).
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, same_as
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.made_rates import made_rate_count
from bot.nlp.number_reading import number_at
from bot.nlp.rate_appositives import appositive_rate
from bot.nlp.units import PHYSICAL, TIME_UNITS

_JOINS = frozenset({"and", ",", "but", "while", "with"})
_IRREGULAR = frozenset(
    {"built", "made", "sent", "kept", "sold", "bought", "shot", "held", "lost", "hurt", "left",
     "found", "taken", "seen", "hit", "burnt", "burned"}
)  # fmt: skip
_ENDS = frozenset({".", ",", ";", "and", "in", "on", "at", "by", "during", "after", "when"})
_MEASURED = frozenset({"money", "deal", *PHYSICAL.values(), *TIME_UNITS.values()})


def elided_count(
    s: Sentence, i: int, previous: Quantity | None
) -> tuple[Figure, str | None] | None:
    if (made := made_rate_count(s, i)) is not None:
        return made  # "Russia, which produces roughly 30,000 a year": goods named before
    if (rate := appositive_rate(s, i, previous)) is not None:
        return rate  # "54,000 drones last year, roughly 150 a night"
    if previous is None or previous.sentence != s.text or previous.category in _MEASURED:
        return None
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    # "59 of which were shot down": the relative follows the number; the part is still told
    # by its passive participle, the figure's span stays the number.
    tail = end + 2 if s.lowers[end : end + 2] in _WHICH_AFTER else end
    verb = _passive_participle(s, tail, previous)
    if tail != end and verb is None:
        return None
    if verb is None:
        if end >= s.end or not _participle(s.lowers[end]):
            return None
        if end + 1 < s.end and s.lowers[end + 1] not in _ENDS:
            return None  # "140 destroyed buildings": the participle modifies a noun
    q_start, qualifier = qualifier_before(s, i)
    if q_start <= s.start or not (
        s.lowers[q_start - 1] in _JOINS
        or (verb is not None and (_of_which(s, q_start) or tail != end))
    ):
        return None
    figure = same_as(BareNumber(q_start, i, end, value, qualifier), previous)
    return figure, previous.actor


# "98 drones, of which 71 were shot down": the relative "of which" opens the part's clause.
_OF_WHICH = frozenset({"which", "them", "these", "those"})
_WAS = frozenset({"were", "was"})
_WHICH_AFTER = (["of", "which"], ["of", "them"])


def _passive_participle(s: Sentence, end: int, previous: Quantity) -> int | None:
    """The participle of "71 were shot down" after the number ending at `end`: with "were"
    between, no noun can follow, so the clause counts the thing just counted. Things only
    ("4,000 troops were sent and 300 were killed" counts the dead, not troops)."""
    if end + 1 >= s.end or s.lowers[end] not in _WAS or counts_people(previous.measure):
        return None
    return end + 1 if _participle(s.lowers[end + 1]) else None


def _of_which(s: Sentence, start: int) -> bool:
    """"..., of which 71 were shot down": the number opens a relative on the figure before."""
    return start - 2 > s.start and s.lowers[start - 1] in _OF_WHICH and (
        s.lowers[start - 2] == "of"
    )


def _participle(word: str) -> bool:
    return word.isalpha() and (word.endswith("ed") or word in _IRREGULAR)
