"""A people's name counted in a story about soldiers counts soldiers: "Austin said North
Korean troops were in Russia. The spy agency said about 3,000 North Koreans were already
there." The count's own sentence often has no military word left, the paragraph before
has already said what the people are."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Plural nouns that make the story about soldiers; broader words ("military") also head
# budgets and reforms, so they do not count here.
_SOLDIERS = frozenset(
    {"troops", "soldiers", "servicemen", "infantrymen", "mercenaries", "conscripts",
     "deployment", "contingent"}
)  # fmt: skip
_REACH = 60  # tokens before the sentence: about the sentence or two before it


def soldiers_told_before(s: Sentence) -> bool:
    """Whether the text just before sentence s speaks of soldiers."""
    return not _SOLDIERS.isdisjoint(s.lowers[max(0, s.start - _REACH) : s.start])
