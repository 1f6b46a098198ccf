"""A trigger-word dispatcher for the claim-cue passes: each pass declares the words (lower-case
token texts) without one of which it cannot act, and a sentence runs only the passes whose
words it holds. Most sentences hold none of a pass's rare words, so most passes cost one set
test here instead of a call, and no gate has to restate another module's words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# A pass that returns the sentence's whole cue list, its cues added or changed.
CuePass = Callable[[Sentence, list[ClaimCue]], list[ClaimCue]]


@dataclass(frozen=True, slots=True)
class Triggered:
    """A pass and its trigger words: with none of them in the sentence it returns the cues
    it was given (tests/nlp/test_trigger_passes.py holds every registered pass to that).
    `triggers` None: the pass may act on any sentence and always runs."""

    run: CuePass
    triggers: frozenset[str] | None


class Passes:
    """Passes run in order on a sentence's cues. The union of their trigger words is built
    once, so a sentence holding none of them (most) skips them all with one set test in C,
    and one that holds some tests each pass against those few words only."""

    __slots__ = ("_always", "_passes", "_words")

    def __init__(self, *passes: Triggered) -> None:
        self._passes = passes
        self._always = any(p.triggers is None for p in passes)
        self._words = frozenset().union(*(p.triggers or () for p in passes))

    def __iter__(self) -> Iterator[Triggered]:
        return iter(self._passes)

    def run(self, s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
        """The cues after each pass in order, the passes with none of their words skipped."""
        held = self._words.intersection(s.words)
        if not held and not self._always:
            return cues
        for step in self._passes:
            if step.triggers is None or not step.triggers.isdisjoint(held):
                cues = step.run(s, cues)
        return cues


def adding(find: Callable[[Sentence, list[ClaimCue]], list[ClaimCue]]) -> CuePass:
    """A pass that finds new cues (given the ones so far) as one that returns them all."""

    def run(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
        return [*cues, *find(s, cues)]

    run.__name__ = getattr(find, "__name__", "adding")
    return run
