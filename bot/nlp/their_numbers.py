"""A source that "puts their number at" a figure counts the people "their" points back to:
"the agency said North Korean troops remained in Kursk, and put their number at about
11,000". The bare number gets no noun of its own, so the usual reading carries on the noun
of the last figure told (bombs, in a sentence before), which is wrong: "their" names the
group, and the group was just named in the same sentence.

Only "put/place/peg/estimate their number(s) at <number>", and only a plural noun of people
named before "their" in the same sentence with no number counting it ("9,000 soldiers" is a
counted group the figure rules carry on). The side is the demonym right before the noun
("North Korean troops"). "put the number at" (no "their") keeps the usual reading."""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.clause_groups import demonym_side
from bot.nlp.context import Sentence
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun

_SETTING = frozenset(
    {"put", "puts", "putting", "placed", "places", "pegged", "pegs", "estimate", "estimates",
     "estimated", "estimating"}
)  # fmt: skip
_NUMBER_NOUNS = frozenset({"number", "numbers"})
_PEOPLE = frozenset({"troop", "person"})


def is_their_number(s: Sentence, q_start: int) -> bool:
    """Whether the number at `q_start` (its qualifier included) follows "put their number
    at"."""
    at = q_start - 1
    if "their" not in s.words or at - 3 < s.start or s.lowers[at] != "at":
        return False  # nearly every number: one set test
    return (s.lowers[at - 1] in _NUMBER_NOUNS and s.lowers[at - 2] == "their"
            and s.lowers[at - 3] in _SETTING)  # fmt: skip


def their_number(s: Sentence, n: BareNumber) -> Implied | None:
    """The bare number `n` of "put their number at <n>" as a count of the people named
    earlier in the sentence, with the side their demonym names; else None."""
    if not is_their_number(s, n.start):
        return None
    their = n.start - 3
    for j in range(s.start, their):
        if not s.lowers[j].endswith("s"):
            continue  # a plural noun of people ends in "s": "troops", "soldiers", "workers"
        unit = unit_noun(s, j)
        if unit is None or unit[0] != j or unit[2][1] not in _PEOPLE:
            continue
        if j > s.start and number_at(s, j - 1) is not None:
            return None  # "9,000 soldiers ... put their number at": a counted group
        return figure_like(n, unit[2], s.texts[j]), demonym_side(s, j)
    return None
