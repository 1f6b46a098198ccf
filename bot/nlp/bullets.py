"""The marks a list opens its lines with, for the rules that read factboxes, numbers boxes
and bulleted estimates, so that they all agree on what a bulleted line is."""

from __future__ import annotations

from bot.nlp.context import Sentence

BULLET_MARKS = ("-", "–", "—", "•", "*", "·", "▪")


def first_word(s: Sentence, stop: int) -> int:
    """The first token of `s` before `stop` that is neither a space nor a bullet mark."""
    k = s.start
    while k < stop and (s.lowers[k].isspace() or s.texts[k] in BULLET_MARKS):
        k += 1
    return k
