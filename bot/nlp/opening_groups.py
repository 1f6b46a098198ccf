"""Bare counts under a group named at the sentence's opening: "Of the drones, 57 were shot
down and 67 were lost to jamming", "Of the injured, 12 remain in hospital". The opening
"Of the <noun>," says what every bare number of the sentence counts, even when the count told
last was of something else ("149 drones and three missiles").
"""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.figures import qualifier_before
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun


def opening_group(s: Sentence, i: int) -> Implied | None:
    lowers = s.lowers
    if lowers[s.start] != "of" or s.start + 3 >= s.end or lowers[s.start + 1] != "the":
        return None  # most sentences do not open with "Of the"
    unit = unit_noun(s, s.start + 2)
    if unit is None or unit[1] >= s.end or lowers[unit[1]] != ",":
        return None  # "Of the drones," and nothing more before the comma
    number = number_at(s, i)
    if number is None or i <= unit[1]:
        return None
    end, value = number
    if end < s.end and unit_noun(s, end) is not None:
        return None  # "41 drones": the number counts a noun of its own
    q_start, qualifier = qualifier_before(s, i)
    figure = figure_like(BareNumber(q_start, i, end, value, qualifier), unit[2], s.texts[unit[0]])
    return figure, None
