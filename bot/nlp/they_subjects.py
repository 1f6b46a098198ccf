"""The country a "Their losses" sentence points back at when the sentence before only says
"they": "North Korean units have not been seen in combat for two weeks, Yusov said.
'According to our information, they were withdrawn to the rear. Their losses are very heavy:
more than 4,000 killed and wounded.'" The "they" of the middle sentence is the same group,
so "Their" reaches through it to the sentence before, whose subject names the country.
Only when the middle sentence names no one at all and holds "they" as a word of its own: a
middle sentence naming anyone (a source, another country) breaks the chain."""

from __future__ import annotations

from bisect import bisect_right

from bot.models import Mention
from bot.nlp.context import Sentence


def they_span(s: Sentence, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of the sentence two back, when the previous one is a plain "they" sentence
    (`possessive_owners.previous_subject` then reads its subject)."""
    span = s.previous_span()
    if span is None or "they" not in s.lowers[span[0] : span[1]]:
        return None  # nearly every sentence: no "they" before
    start, end = s.tokens.chars(*span)
    if any(start <= m.start < end for m in mentions):
        return None  # the middle sentence names someone: no plain chain
    sentences, lowers = s.tokens.sentences, s.lowers
    # The sentence before the middle one, past line breaks (sentences of their own).
    for k in range(bisect_right(sentences, span) - 2, -1, -1):
        first, last = sentences[k]
        if any(lowers[j].strip() for j in range(first, last)):
            return sentences[k]
    return None
