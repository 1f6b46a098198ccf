"""Fractions of one unit written out in words: "half a percentage point", "a quarter of a mile",
"three-quarters of an inch". They start with no digit or number word the candidate pass
looks for, so `find_quantities` asks for them apart."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import SCALE_WORDS
from bot.nlp.unit_nouns import bare, unit_noun
from bot.nlp.units import PHYSICAL

# Only measures: "half a tank" or "half a year" is not how a count or a period is written
# in news, while "half a percentage point" or "three-quarters of an inch" is a measurement.
_MEASURES = frozenset(PHYSICAL.values())
_ARTICLES = frozenset({"a", "an"})
_FRACTION_WORDS = frozenset({"half", "quarter", "quarters"})


def _fraction_at(s: Sentence, i: int) -> tuple[int, int, float] | None:
    """(first token, token after "of a"/"a", value) for a fraction word at token i."""
    word = s.lowers[i]
    if word == "half":
        return i, i + 1, 0.5
    if word not in {"quarter", "quarters"} or s.lowers[i + 1 : i + 2] != ["of"]:
        return None
    before = s.lowers[i - 1] if i > s.start else ""
    if before == "-" and i - 2 >= s.start and s.lowers[i - 2] == "three":
        return i - 2, i + 2, 0.75  # "three-quarters of an inch"
    if before in {"three"}:
        return i - 1, i + 2, 0.75
    if before in {"a", "one"}:
        return i - 1, i + 2, 0.25
    return None


def fraction_figures(s: Sentence) -> list[Figure]:
    """Every fraction of a measure in the sentence."""
    found: list[Figure] = []
    if _FRACTION_WORDS.isdisjoint(s.lowers[s.start : s.end - 2]):
        return found  # most sentences: no fraction word, told by one scan in C
    for i in range(s.start, s.end - 2):
        if s.lowers[i] not in _FRACTION_WORDS:
            continue
        fraction = _fraction_at(s, i)
        if fraction is None:
            continue
        first, k, value = fraction
        if k + 1 >= s.end or s.lowers[k] not in _ARTICLES or s.lowers[k + 1] in SCALE_WORDS:
            continue  # "half a million" is a number, read with the digits' rules
        unit = unit_noun(s, k + 1)
        if unit is None or unit[0] != k + 1 or unit[2][0] not in _MEASURES:
            continue
        u_start, u_end, (measure, category), _ = unit
        figure = Figure(
            start=first, end=u_end, num_start=first, num_end=k + 1, unit_start=u_start,
            unit_end=u_end, value=value, value_max=None, qualifier=None,
            unit=bare(s.span_text(u_start, u_end)), measure=measure, category=category,
            mod_start=u_end,
        )  # fmt: skip
        found.append(figure)
    return found
