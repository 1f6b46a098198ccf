"""A rate of output whose goods were named a sentence or two before: "Is the North now making
Shahed-type drones? - Yes. ... That is small next to Russia, which produces roughly 30,000 a
year." The number is the object of a making verb and a rate ("a year", "per month") follows
it, yet no noun: the writer (or the speaker answering a question) leaves out the goods the
talk is about, which the last making verb before it took as its object.

Only a bare number right after a making verb (a qualifier between at most) and right before
a rate; only goods (never people, money or measures) made within a short paragraph before;
the maker is the state the verb's relative clause hangs on ("Russia, which produces"), when
there is one."""

from __future__ import annotations

import re

from bot.nlp.bare_numbers import BareNumber, figure_like
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at
from bot.nlp.units import PHYSICAL, TIME_UNITS, normalise_measure

_MAKING = frozenset(
    {"make", "makes", "making", "produce", "produces", "producing", "build", "builds",
     "building", "manufacture", "manufactures", "manufacturing", "assemble", "assembles"}
)  # fmt: skip
# "30,000 a year", "300 per month", "40 each day": what makes the number a rate of output.
_RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})
_PERIODS = frozenset({"year", "month", "week", "day"})
# The goods the talk is about: a making verb and up to three words on, a plural noun. Verb
# forms only: "a domestic producer" or "its builders" make nothing the talk counts.
_MADE = re.compile(
    r"\b(?:make|makes|making|produce|produces|producing|build|builds|building|"
    r"manufactures?|manufacturing|assembles?|assembling)\s+((?:[\w-]+\s+){0,3}?)([a-z-]+s)\b",
    re.IGNORECASE,
)
_REACH = 400  # characters before the sentence: the question or sentence that named them
_NOT_GOODS = frozenset(
    {"troop", "casualty", "person", "worker", "money", "deal", "percentage",
     *PHYSICAL.values(), *TIME_UNITS.values()}
)  # fmt: skip


def made_rate_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    """The bare rate of output starting at token `i` ("produces roughly 30,000 a year"),
    counting the goods made last before it, and its maker; None for any other number."""
    q_start, qualifier = qualifier_before(s, i)
    if q_start <= s.start or s.lowers[q_start - 1] not in _MAKING:
        return None  # nearly every number: no making verb before it
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if not _rate_at(s, end):
        return None  # "produces 30,000 shells": a noun of its own, read as usual
    goods = _goods_before(s, q_start - 1)
    if goods is None:
        return None
    unit, (measure, category) = goods
    figure = figure_like(BareNumber(q_start, i, end, value, qualifier), (measure, category), unit)
    return figure, _relative_maker(s, q_start - 1)


def _rate_at(s: Sentence, k: int) -> bool:
    """Whether a rate ("a year", "per month", "annually") opens at token `k`."""
    if k < s.end and s.lowers[k] in {"annually", "monthly", "daily"}:
        return True
    return k + 1 < s.end and s.lowers[k] in _RATE_OPENERS and s.lowers[k + 1] in _PERIODS


def _goods_before(s: Sentence, verb: int) -> tuple[str, tuple[str, str]] | None:
    """The plural noun of the goods the last making verb before token `verb` took, within
    `_REACH` characters, with its (measure, category); None when that verb made none."""
    text = s.tokens.text
    stop = s.char_span(verb, verb + 1)[0]
    window = text[max(0, stop - _REACH) : stop]
    for match in reversed(list(_MADE.finditer(window))):
        found = normalise_measure(match.group(2))
        if found is None:
            continue  # "can make several hundred a year": no noun after this verb
        if found[0] in _NOT_GOODS or found[1] in _NOT_GOODS:
            return None  # "makes soldiers", "producing 5 tonnes": no goods
        return match.group(2), found
    return None


def _relative_maker(s: Sentence, verb: int) -> str | None:
    """The state a relative clause on the making verb hangs on: "Russia, which produces"."""
    if verb - 2 < s.start or s.lowers[verb - 1] not in {"which", "that"}:
        return None
    comma = verb - 2 if s.lowers[verb - 2] == "," else verb - 1
    for found in s.mentions:
        if found.end == comma and found.kind == "country":
            return s.gazetteer.actor_of(found.entity)
    return None
