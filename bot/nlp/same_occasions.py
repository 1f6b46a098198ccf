"""A step told as taken "at the same meeting" (ceremony, summit, session) as one told before:
"The pact was signed in Moscow in December. ... A separate extradition treaty signed at the
same meeting has not yet gone to parliament." "The same" points back at an occasion already
told, so the step is as old as the last step of its kind told before it: history when that
one was, news when that one was news."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

# Gatherings a step is taken at. Not "on the same day": a day may be the news's own (the
# day a treaty took effect), not the day of the last signing told.
_OCCASIONS = frozenset(
    {"meeting", "ceremony", "summit", "session", "talks", "visit", "sitting", "conference"}
)  # fmt: skip
_PREPOSITIONS = frozenset({"at", "during"})


def same_occasion_steps(s: Sentence, found: list[Event], told: list[Event]) -> list[Event]:
    """`found` with its reported steps taken "at the same <occasion>" given the modality of
    the last step of the same stage told before, when that one is history."""
    if "same" not in s.words or not found or not _same_occasion(s):
        return found  # nearly every sentence: one set test
    return aged_like_last(found, told)


def aged_like_last(found: list[Event], told: list[Event]) -> list[Event]:
    """`found` with each reported step made history when the last step of its stage told
    before is history: a step taken on the same occasion is as old as that one."""
    out: list[Event] = []
    for e in found:
        last = next((t for t in reversed(told) if t.stage is e.stage), None)
        if e.modality is Modality.REPORTED and last is not None and (
            last.modality is Modality.BACKGROUND
        ):
            e = replace(e, modality=Modality.BACKGROUND)
        out.append(e)
    return out


def _same_occasion(s: Sentence) -> bool:
    """Whether the sentence says "at the same meeting" (or "during the same summit")."""
    lowers = s.lowers
    for k in range(s.start + 2, s.end - 1):
        if lowers[k] == "same" and lowers[k - 1] == "the" and lowers[k - 2] in _PREPOSITIONS:
            return lowers[k + 1] in _OCCASIONS
    return False
