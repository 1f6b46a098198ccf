"""A sentence that points back at the one before ("those deals", "these contracts") and tells
in the simple past goes on with that sentence's story: "Poland signed framework agreements
... in July 2022. The first contracts under those deals were worth more than $13 billion."
When every figure of the sentence before was history, so are its figures, though no date
of their own says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence

_POINTERS = frozenset({"those", "these"})
_SIMPLE_PAST = frozenset({"was", "were"})
# Words that bring the telling back to now: "have since been", "is now worth".
_NOW = frozenset({"now", "has", "have", "is", "are", "will", "since", "currently", "so"})


def continued_history(
    s: Sentence, found: list[Quantity], before: Sequence[Quantity]
) -> list[Quantity]:
    """`found` with its reported figures made background when the sentence continues a
    sentence whose figures (`before`) are all background."""
    words = s.words
    if not found or not before or _POINTERS.isdisjoint(words) or _SIMPLE_PAST.isdisjoint(words):
        return found  # nearly every sentence: one set test each
    if s.dates or not _NOW.isdisjoint(words) or not _points_back(s):
        return found
    return history_like_before(found, before)


def history_like_before(found: list[Quantity], before: Sequence[Quantity]) -> list[Quantity]:
    """`found` with its reported figures made background when every figure just told
    (`before`) is background: the sentence goes on about that history."""
    if any(q.modality is not Modality.BACKGROUND for q in before):
        return found
    return [
        replace(q, modality=Modality.BACKGROUND) if q.modality is Modality.REPORTED else q
        for q in found
    ]


def _points_back(s: Sentence) -> bool:
    """A demonstrative before a lower-case noun: "those deals", not "those who"."""
    for k in range(s.start, s.end - 1):
        if s.lowers[k] in _POINTERS:
            noun = s.texts[k + 1]
            if noun.isalpha() and noun.islower() and noun.endswith("s"):
                return True
    return False
