"""A vague part opening a sentence points at the people the sentence before counted: "North
Korea has sent more than 20,000 troops to Russia. Thousands of them have been killed or
wounded." "Them" reaches back one sentence only when the part leads its sentence (nothing
between to be "them"), and only to a count in the sentence right before."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence


def opens_after_count(s: Sentence, i: int, previous: Quantity) -> bool:
    """Whether the vague part at token `i` opens sentence s and the count `previous` stands
    in the sentence just before it."""
    if i != s.start:
        return False  # "..., and thousands of them": read within its own sentence
    first = s.earlier_start(1)
    if first >= s.start:
        return False  # the text's first sentence: nothing before to count
    tokens = s.tokens
    return tokens.idxs[first] <= previous.start < tokens.idxs[s.start]
