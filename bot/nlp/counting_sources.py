"""An organisation that counts a figure is its source: in "South Korea's spy agency counts
roughly 14,000 North Korean troops in Russia" or "the monitor recorded 1,200 drones", the
agency's tally is what it says, just as "estimates" would be. A state or army that "counts"
troops may be owning them ("Poland counts 200,000 soldiers"), so only a named organisation
that is no country speaks through these verbs, and only with a figure right after the verb.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import Sentence
from bot.nlp.lexicon import NUMBER_WORDS, QUALIFIERS

COUNTING_VERBS = frozenset({"counts", "counted", "tallies", "tallied", "recorded", "records"})
# "counts roughly 14,000", "counted more than 300": a qualifier of up to three words first.
_QUALIFIER_WORDS = frozenset(w for words in QUALIFIERS for w in words)
_MAX_QUALIFIER = 3


def counting_source_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Cues of "<organisation> counts/recorded <figure>", for verbs no other cue holds."""
    if not s.mentions or COUNTING_VERBS.isdisjoint(s.words):
        return []  # the common case, told by one set test
    held = {c.verb for c in cues}
    out: list[ClaimCue] = []
    for k in range(s.start + 1, s.end - 1):
        if s.lowers[k] not in COUNTING_VERBS or k in held or not _figure_follows(s, k + 1):
            continue
        cue = claim_at(s, k, denied=False)
        if cue is None or cue.start > k or cue.claimant is None:
            continue
        if _organisation(s, cue.start, cue.end):
            out.append(cue)
    return out


def _figure_follows(s: Sentence, k: int) -> bool:
    for j in range(k, min(s.end, k + _MAX_QUALIFIER + 1)):
        word = s.lowers[j]
        if word[:1].isdigit() or word in NUMBER_WORDS:
            return True
        if word not in _QUALIFIER_WORDS:
            return False
    return False


def _organisation(s: Sentence, start: int, end: int) -> bool:
    """The subject's last name is an organisation ("South Korea's National Intelligence
    Service"), not a country that may be counting its own forces."""
    found = s.mentions_between(start, end)
    if not found:
        return False
    entity = s.gazetteer.get(found[-1].entity)
    return entity is not None and entity.kind == "org"


def organisation_counting(s: Sentence, verb: int) -> bool:
    """"The NIS counts roughly 14,000 North Korean troops": an organisation right before a
    counting verb tallies the troops, so the figure is no army's size ("Poland counts
    200,000 soldiers" is)."""
    if s.lowers[verb] not in COUNTING_VERBS or verb <= s.start:
        return False
    found = s.mention_at.get(verb - 1)
    if found is None:
        return False
    entity = s.gazetteer.get(found.entity)
    return entity is not None and entity.kind == "org"
