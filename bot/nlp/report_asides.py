"""A report set off by commas inside the reported clause: "Russia, it said, had lost 1,280
soldiers", "The army, the ministry added, now numbers 40,000". The aside names who speaks;
the clause's own subject stands before it, so whoever acts in the figure is found past it."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_SAID = frozenset({"said", "says", "added", "adds", "stated", "claimed", "claims", "reported"})


def report_aside(s: Sentence, cue: ClaimCue) -> bool:
    """Whether the claim `cue` is a ", it said," aside with a subject before its commas."""
    before, after = cue.start - 1, cue.verb + 1
    return (
        before - 1 >= s.start
        and after < s.end
        and s.lowers[before] == ","
        and s.lowers[after] == ","
        and s.lowers[cue.verb] in _SAID
    )
