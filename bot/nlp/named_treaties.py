"""A treaty named by its own name: "New START, signed in 2010 by ..., caps each side at ...".
Once the article has written the name before a treaty noun ("the New START treaty"), the
bare name opening a later sentence is the treaty, and a stage word in that sentence is one
of its steps, though no treaty noun is written there."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from bot.nlp.candidates import TRIGGER
from bot.nlp.context import Sentence
from bot.nlp.treaty_words import STAGE_WORDS, TREATY_NOUNS

# Names are short: "New START", "Open Skies", "Minsk II".
_NAME_REACH = 3


def named_treaty(s: Sentence) -> list[int]:
    """The last word of a sentence-opening name the article used before as a treaty's
    name, as the treaty noun of the sentence; [] for any other sentence."""
    if STAGE_WORDS.isdisjoint(s.words):
        return []  # nearly every sentence: one set test in C
    texts = s.texts
    end = s.start
    while end < min(s.end, s.start + _NAME_REACH) and texts[end][:1].isupper():
        end += 1
    if end == s.start or end >= s.end or s.lowers[end] in TREATY_NOUNS:
        return []  # no name, or its treaty noun is written (read as such already)
    if s.mentions_between(s.start, end + 1) or texts[s.start] == "The":
        return []  # "Russia signed ...": a state, not a treaty's name
    if s.tokens.text.find(texts[s.start], 0, s.tokens.idxs[s.start]) < 0:
        return []  # the name is not written before: no scan of the text before it
    name = texts[s.start : end]
    size = len(name)
    lowers = s.lowers
    for k in _words_before(s):
        if k >= size and lowers[k] in TREATY_NOUNS and texts[k - size : k] == name:
            return [end - 1]
    return []


def _words_before(s: Sentence) -> Sequence[int]:
    """The tokens before the sentence that may be treaty nouns: the document's trigger words
    (`candidates.TRIGGER` holds every treaty noun) when they were picked, one in dozens of
    words, rather than every word of the text before, which each such sentence would scan."""
    triggers = s.tokens.flagged.get(TRIGGER)
    if triggers is None:
        return range(s.start)
    return triggers[: bisect_left(triggers, s.start)]
