"""A step the news is set against while it is still under way: "The visit comes as Chile
completes ratification of its trade pact with Japan." A clause of "comes as" (or "came as")
in the present tense frames what is going on around the news, not what the news reports:
the process is being completed, so its step is still to come (planned), not done.

Only the present of a verb of completing ("completes", "finalises") with the step right
after it, in a clause opened by "as" right after "comes", "came" or "coming": "Chile
completed ratification" (past) and a headline's "Turkey completes ratification" (no framing
"comes as") stay reported.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

_COMPLETING = frozenset({"completes", "finalises", "finalizes", "concludes", "wraps"})
_FRAMES = frozenset({"comes", "came", "come", "coming"})
_STEP_REACH = 2  # "completes its ratification": the verb, then at most an article
_SUBJECT_REACH = 5  # "as the Russian upper house completes": "as", then the subject


def ongoing_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with a reported step framed by "comes as X completes ..." made planned."""
    if not found or _COMPLETING.isdisjoint(s.words):
        return found  # nearly every sentence: one set test
    return [
        replace(e, modality=Modality.PLANNED)
        if e.modality is Modality.REPORTED and _framed(s, e)
        else e
        for e in found
    ]


def _framed(s: Sentence, e: Event) -> bool:
    """Whether the step's first token follows a present verb of completing, itself in a
    clause opened by "as" after "comes"."""
    first = bisect_left(s.tokens.idxs, e.start)
    lowers = s.lowers
    verb = next(
        (k for k in range(first - 1, max(s.start, first - 1 - _STEP_REACH) - 1, -1)
         if lowers[k] in _COMPLETING),
        None,
    )  # fmt: skip
    if verb is None:
        return False
    for k in range(verb - 1, max(s.start, verb - _SUBJECT_REACH) - 1, -1):
        if lowers[k] == "as":
            return k - 1 >= s.start and lowers[k - 1] in _FRAMES
        if not lowers[k].isalnum() and lowers[k] not in {"'s", "’s"}:
            return False  # a comma or a quote: the clause starts after it
    return False
