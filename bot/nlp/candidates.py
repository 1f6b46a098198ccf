"""The one pass over a document's words that decides where the rules (and the trained parser)
need to look: tokens that may start a figure, and sentences that may hold a fact.

A sentence holds a fact only when it has a number (digits or a number word), a treaty noun, a
reporting verb, a ratifying verb or a verdict of untruth (the last two may act on the facts
just told); every other sentence yields its mentions and nothing else, so the rules skip it.
Most news sentences are of that kind, and skipping them is most of the speed.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from bot.nlp.claims import CLAIM_WORDS
from bot.nlp.lexicon import NUMBER_WORDS, VAGUE_AMOUNTS, VAGUE_DETERMINERS
from bot.nlp.pipeline import WordFlag
from bot.nlp.treaty_bodies import BODY_HEADS
from bot.nlp.treaty_words import REFERRING_NOUNS, TREATY_NOUNS
from bot.nlp.verdicts import VERDICT_NOUNS

# Words that make a sentence worth reading. Currency symbols and qualifiers need a number
# after them, so the number alone decides.
# "half a percentage point", "a quarter of a mile": fractions of a measure have no digits.
_FRACTIONS = frozenset({"half", "quarter", "quarters"})
# "The upper house is due to ratify it on Wednesday", "It now goes to Putin for his
# signature": right after a treaty step, a step told of "it" alone has no treaty noun to make
# its sentence worth reading (`step_cues.pronoun_triggers`); nor has "It was signed in Oslo in
# March", the history of the treaty just ratified.
_PRONOUN_STEPS = frozenset(
    {"ratify", "ratifies", "ratified", "ratifying", "signature", "signed"}
)
_TRIGGERS = (
    NUMBER_WORDS | VAGUE_AMOUNTS | TREATY_NOUNS | REFERRING_NOUNS | CLAIM_WORDS | _FRACTIONS
    | BODY_HEADS | VERDICT_NOUNS  # "This is a fabrication": a verdict on the figures before
    | _PRONOUN_STEPS
)
_NUMBERS = NUMBER_WORDS | VAGUE_AMOUNTS
# "a few hundred", "several thousand", "an estimated": a figure may start one word earlier.
_DETERMINERS = VAGUE_DETERMINERS | {"a", "an", "few"}


def is_trigger(word: str) -> bool:
    """A word, as written, that makes its sentence worth reading: a number, a treaty noun, a
    reporting verb, or one of them before a hyphen ("two-thirds", "treaty-based")."""
    w = word.lower()
    return w in _TRIGGERS or w[:1].isdigit() or ("-" in w and w.split("-", 1)[0] in _TRIGGERS)


TRIGGER = WordFlag("trigger", is_trigger)


@dataclass(frozen=True, slots=True)
class Candidates:
    """`figure_starts`: tokens where a figure may start, in order; `sentences`: for each
    sentence of the document, whether it may hold a figure, a treaty step or a claim; `hits`:
    the words that made it so."""

    figure_starts: list[int]
    sentences: list[bool]
    hits: list[int]

    def hits_between(self, first: int, last: int) -> list[int]:
        """Tokens among [first, last) that are numbers, treaty nouns or reporting verbs."""
        hits = self.hits
        return hits[bisect_left(hits, first) : bisect_left(hits, last)]

    def starts_between(self, first: int, last: int) -> list[int]:
        """The figure starts among tokens [first, last)."""
        starts = self.figure_starts
        return starts[bisect_left(starts, first) : bisect_left(starts, last)]


def find_candidates(
    lowers: list[str], sentences: list[tuple[int, int]], hits: list[int] | None = None
) -> Candidates:
    """`hits` are the tokens flagged `TRIGGER` (`Tokens.flagged`), when known; all later work
    looks only at them."""
    if hits is None:
        hits = [i for i, w in enumerate(lowers) if is_trigger(w)]
    # "signed" alone is in most sentences of a sale or a deal; only the treaty's own pronoun
    # makes it a step to read ("It was signed in Oslo", "signed it in Warsaw").
    hits = [i for i in hits if lowers[i] != "signed" or _pronoun_signed(lowers, i)]
    numbers = _NUMBERS
    starts: list[int] = []
    for i in hits:
        w = lowers[i]
        if not (w[:1].isdigit() or w in numbers or "-" in w):
            continue
        if i > 0 and lowers[i - 1] in _DETERMINERS:
            if i > 1 and lowers[i - 1] == "few" and lowers[i - 2] == "a":
                starts.append(i - 2)
            starts.append(i - 1)
            if i > 3 and lowers[i - 3] in {"quarter", "quarters"} and lowers[i - 2] == "of":
                starts.append(i - 4)  # "a quarter of a million"
        elif i > 1 and lowers[i - 2] == "tens" and lowers[i - 1] == "of":
            starts.append(i - 2)
        starts.append(i)
    starts = sorted(set(starts))
    flags: list[bool] = []
    for start, end in sentences:
        k = bisect_left(hits, start)
        flags.append(k < len(hits) and hits[k] < end)
    return Candidates(starts, flags, hits)


def _pronoun_signed(lowers: list[str], i: int) -> bool:
    """Whether "signed" at i is said of "it": "it was signed", "signed it"."""
    return lowers[i + 1 : i + 2] == ["it"] or lowers[max(0, i - 2) : i] == ["it", "was"]
