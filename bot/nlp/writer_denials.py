"""A claim the text itself calls untrue, with no one said to say so: "The puppet spy agency
floated the sheer lie that 2,000 of our soldiers were killed", "Kyiv keeps spreading the
fabrication that 500 tanks were lost". The subject only spread the claim; the verdict noun
opening the clause ("the lie that") is the voice of whoever speaks in the text (a ministry's
statement, the spokesperson quoted before), so the figures in the clause are that speaker's
denial. The cue's claimant is `WRITER`: `resolve_references` gives it the source last
speaking, and with none it stays the text's own denial.

A verdict noun that opens no clause ("Kyiv called the report a lie", "the lie detector
showed 3 errors") is left to the other rules."""

from __future__ import annotations

from collections.abc import Callable, Set

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# The text's own voice, for a denial no named source makes.
WRITER = Claimant(name="the text", denied=True)


def writer_denial(
    s: Sentence, verdicts: Set[str], opens_content: Callable[[Sentence, int], bool]
) -> list[ClaimCue]:
    """A denial cue by the text's voice at the first verdict noun that opens a "that" clause
    ("the lie that ..."), or no cue."""
    for k in range(s.start + 1, s.end):
        if s.lowers[k] in verdicts and opens_content(s, k):
            # No subject of its own: the speaker is whoever the text last let speak.
            return [ClaimCue(verb=k, start=k, end=k, claimant=WRITER, denied=True)]
    return []
