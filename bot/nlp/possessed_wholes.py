"""The whole a plan takes a part from: "is preparing to rotate some of its roughly 11,000
troops", "will withdraw half of their 3,000 soldiers". The plan acts on the part; the
whole after "of its" is the force its owner has now, told as a fact. Only a possessive
whole counts: "some of the 5,000 troops" may take up a group that is itself still planned."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import NUMBER_WORDS, VAGUE_AMOUNTS, VAGUE_DETERMINERS

_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_PARTS = VAGUE_AMOUNTS | VAGUE_DETERMINERS | frozenset(
    {"most", "half", "part", "all", "third", "quarter", "fraction", "rest", "share", "bulk"}
)


def possessed_whole(s: Sentence, f: Figure) -> bool:
    """The figure is the whole of "<part> of its <figure>"."""
    at = f.start - 3
    if at < s.start or s.lowers[f.start - 2] != "of":
        return False  # nearly every figure: no "of" two tokens before it
    if s.lowers[f.start - 1] not in _POSSESSIVES:
        return False
    part = s.lowers[at]
    return part[:1].isdigit() or part in NUMBER_WORDS or part in _PARTS
