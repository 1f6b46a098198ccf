"""Claims a source calls untrue by setting them against reality, as Russian and Ukrainian
officials' words come out in English: "Peskov said that 'the figure of 11 thousand ... has
nothing to do with reality'", "the ministry said reports of 5,000 troops do not correspond to
reality", "figures that are far from the truth". No single word of these says "false", so
the word list of dismissals.py misses them; the phrase as a whole is the verdict."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence

# What the claim is set against.
_REALITY = frozenset({"reality", "truth", "facts"})
# The words before it that deny the claim matches it ("the", quotes skipped).
_VERDICTS = (
    ("nothing", "to", "do", "with"), ("not", "correspond", "to"),
    ("not", "correspond", "with"), ("not", "reflect"), ("no", "relation", "to"),
    ("no", "relation", "with"), ("no", "connection", "with"), ("no", "connection", "to"),
    ("no", "basis", "in"), ("far", "from"), ("at", "odds", "with"),
)  # fmt: skip
# "nothing to do with reality TV": the word names a genre, not the world.
_NAMING = (["tv"], ["television"], ["show"], ["shows"])
_SKIPPED = frozenset({"the", "any", "objective"}) | QUOTES


def reality_verdict(s: Sentence) -> int | None:
    """The token of the verdict's first word ("nothing" of "has nothing to do with
    reality"), or None when the sentence sets nothing against reality."""
    if _REALITY.isdisjoint(s.words):
        return None  # nearly every sentence: one scan in C
    lowers = s.lowers
    for k in range(s.start + 1, s.end):
        if lowers[k] not in _REALITY or lowers[k + 1 : k + 2] in _NAMING:
            continue
        j = k - 1
        while j > s.start and lowers[j] in _SKIPPED:
            j -= 1
        for words in _VERDICTS:
            n = len(words)
            if tuple(lowers[j - n + 1 : j + 1]) == words:
                return j - n + 1
    return None
