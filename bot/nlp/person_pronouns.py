""" "he"/"she" is a person: "The NIS believes about 9,000 are there, he added" is the lawmaker
of the sentence before relaying the agency, not the agency speaking again. The nearest source
read in the same sentence is a body ("The NIS", "the ministry"), which a personal pronoun
cannot stand for, so the pronoun takes the source the text named before the sentence."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant
from bot.nlp.claim_choice import record
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_PERSONAL = (["he"], ["she"])


def person_pronouns(s: Sentence, cues: list[ClaimCue], last: Claimant | None) -> list[ClaimCue]:
    """The cues with "he"/"she" resolved to `last` when it names a person and a body's cue
    comes before the pronoun in the sentence."""
    if last is None or len(cues) < 2 or not _person(last.name):
        return cues  # nearly every sentence: one cue or none
    out: list[ClaimCue] = []
    for k, cue in enumerate(cues):
        personal = cue.claimant is None and s.lowers[cue.start : cue.end] in _PERSONAL
        body_before = any((c.claimant is not None and not _person(c.claimant.name))
                          or _unnamed_record(s, c) for c in cues[:k])  # fmt: skip
        if personal and body_before:
            cue = cue._replace(claimant=replace(last, denied=cue.denied))
        out.append(cue)
    return out


def _unnamed_record(s: Sentence, cue: ClaimCue) -> bool:
    """"According to preliminary data, ... 3,000," he wrote": a record ("data", "estimates")
    after "according to" is never the person "he" stands for."""
    return s.lowers[cue.verb] == "according" and record(cue.claimant)


def _person(name: str) -> bool:
    """A name, not a body: no article ("The NIS", "the ministry") and not all capitals."""
    return not name.lower().startswith("the ") and not name.isupper() and " " in name.strip()
