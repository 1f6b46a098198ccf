"""A number read without its unit noun, and the figure it makes once the text around it
says what it counts (its own noun, or what the text counted last)."""

from __future__ import annotations

from typing import NamedTuple

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at
from bot.nlp.units import PHYSICAL, TIME_UNITS

# Amounts of measured things: a bare number after one of them counts no people or things.
MEASURED = frozenset(
    {"money", "deal", "percentage", *PHYSICAL.values(), *TIME_UNITS.values()}
)
CASUALTY_WORDS = frozenset({"killed", "wounded", "injured", "dead", "died", "missing"})
# "2,000 of them", "about 3,000 of whom": a part of the people or things just named.
OF_THEM = frozenset({"them", "those", "these", "whom"})
# A figure with the actor the text around it implies (or None).
Implied = tuple[Figure, str | None]


class BareNumber(NamedTuple):
    """A number read without its unit: tokens [start, end) with the qualifier, the number
    itself from `num`."""

    start: int
    num: int
    end: int
    value: float | None
    qualifier: str | None


def bare_number_at(s: Sentence, i: int) -> BareNumber | None:
    """The number starting at token i with the qualifier before it, or None when no number
    starts there. Readers that can turn a number down by what follows it do that before
    reading the qualifier, so they call `number_at` and `qualifier_before` themselves."""
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    q_start, qualifier = qualifier_before(s, i)
    return BareNumber(q_start, i, end, value, qualifier)


def figure_like(n: BareNumber, found: tuple[str, str], unit: str) -> Figure:
    return Figure(
        start=n.start, end=n.end, num_start=n.num, num_end=n.end, unit_start=n.num,
        unit_end=n.end, value=n.value, value_max=None, qualifier=n.qualifier, unit=unit,
        measure=found[0], category=found[1], mod_start=n.end,
    )  # fmt: skip


def same_as(n: BareNumber, previous: Quantity) -> Figure:
    """A figure that counts what `previous` counted."""
    return figure_like(n, (previous.measure, previous.category), previous.unit)
