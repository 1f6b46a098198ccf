"""A vague part of the people just counted, told with its fate: "North Korea had sent more
than 14,000 soldiers to Russia and thousands of them had been killed or wounded", "the
11,000 troops, hundreds of whom have died". The amount has no unit noun of its own ("them"
points back at the count), yet the fate after it makes it a count of casualties, and they
belong to the side whose people the count before it counted, as "3,000 of them" does."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import CASUALTY_WORDS, MEASURED, OF_THEM, BareNumber, Implied, figure_like
from bot.nlp.bare_vague_tolls import bare_vague_toll
from bot.nlp.context import Sentence
from bot.nlp.elided_fates import elided_fate
from bot.nlp.group_parts import side_of_people
from bot.nlp.lexicon import VAGUE_AMOUNTS
from bot.nlp.sentence_led_parts import opens_after_count

# "thousands of them had been killed or wounded": the fate follows within a few words
# (the auxiliaries, an adverb such as "reportedly").
_FATE_REACH = 6
_SIZES = frozenset({"several", "few", "many"})
_SCALES = frozenset({"hundred", "thousand", "million"})


def vague_part(s: Sentence, i: int, previous: Quantity | None) -> Implied | None:
    """A vague amount at token `i` ("thousands", "tens of thousands") of "them"/"whom",
    followed by a fate, after a count of people: casualties of that count's side."""
    word = s.lowers[i]
    if word not in VAGUE_AMOUNTS and word != "tens":
        return _sized_part(s, i, previous)  # "several thousand of them"
    qualifier, of = word, i + 1
    if word == "tens":
        if s.lowers[i + 1 : i + 3] != ["of", "thousands"]:
            return None
        qualifier, of = "tens of thousands", i + 3
    return _part_of_them(s, i, qualifier, of, previous)


def _sized_part(s: Sentence, i: int, previous: Quantity | None) -> Implied | None:
    """"several thousand of them", "a few hundred of whom": a determiner sizing a scale word
    is as vague an amount as "thousands", told with the determiner as its qualifier."""
    first = i + 1 if s.lowers[i : i + 2] == ["a", "few"] else i
    if s.lowers[first] not in _SIZES or first + 1 >= s.end:
        return None  # nearly every token: one set test
    scale = first + 1
    if s.lowers[scale] not in _SCALES:
        return None
    qualifier = " ".join(s.lowers[i : scale + 1])
    return _part_of_them(s, i, qualifier, scale + 1, previous)


def _part_of_them(
    s: Sentence, i: int, qualifier: str, of: int, previous: Quantity | None
) -> Implied | None:
    """The casualty part whose amount spans [i, of) and whose "of them" starts at `of`."""
    them = of + 1
    if of < s.end and s.lowers[of] != "of":  # "several hundred have been killed"
        return bare_vague_toll(s, i, qualifier, of, previous)
    if them >= s.end or s.lowers[of] != "of" or s.lowers[them] not in OF_THEM:
        return None
    # "of them" must point at people: "$2bn, millions of which" or "20 km" never die.
    if previous is None or previous.category in MEASURED:
        return None
    if previous.sentence != s.text and not opens_after_count(s, i, previous):
        return None  # "Thousands of them ..." opening the sentence after the count reads on
    after = s.lowers[them + 1 : them + 1 + _FATE_REACH]
    if CASUALTY_WORDS.isdisjoint(after) and not elided_fate(s, them):
        return None  # "thousands of them remain in Kursk": no fate, no casualties
    figure = figure_like(BareNumber(i, i, them + 1, None, qualifier), ("casualty", "casualty"),
                         "casualty")  # fmt: skip
    return figure, side_of_people(previous)
