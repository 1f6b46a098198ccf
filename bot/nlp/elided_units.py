"""A count whose noun is left out because the clause before gave it: "2,300 homes were
damaged and 140 destroyed", "12 drones were shot down, 3 lost". A bare number that opens a
second clause and undergoes something (a participle follows it) counts what the figure just
before it in the same sentence counted.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at
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
    if previous is None or previous.sentence != s.text or previous.category in _MEASURED:
        return None
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end >= s.end or not _participle(s.lowers[end]):
        return None
    if end + 1 < s.end and s.lowers[end + 1] not in _ENDS:
        return None  # "140 destroyed buildings": the participle modifies a noun
    q_start, qualifier = qualifier_before(s, i)
    if q_start <= s.start or s.lowers[q_start - 1] not in _JOINS:
        return None
    figure = Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=i, unit_end=end,
        value=value, value_max=None, qualifier=qualifier, unit=previous.unit,
        measure=previous.measure, category=previous.category, mod_start=end,
    )  # fmt: skip
    return figure, previous.actor


def _participle(word: str) -> bool:
    return word.isalpha() and (word.endswith("ed") or word in _IRREGULAR)
