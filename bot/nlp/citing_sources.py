"""A state's own account passed on by a speaker told only as "he" or "she": "Citing
Ukrainian estimates, he said Russia lost 1,200 soldiers a day", "She told reporters that ...,
citing South Korean intelligence". The pronoun leans on a name given sentences before; the
state whose intelligence or estimates vouch for the figure is the source to check, as after
"according to Ukrainian estimates". A named speaker ("Yu said, citing Ukrainian officials,
...") keeps the claim: the gold reads that speaker's word.

Only a record or intelligence noun cited from a named state counts: "citing threats from
Moscow" gives a reason, and "citing field reports" or "citing officials" names no state, so the
speaker keeps the claim."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue, right_subject
from bot.nlp.context import Sentence
from bot.nlp.lexicon import PRONOUNS

CITING = frozenset({"citing"})
# What a speaker cites when a state's own account stands behind the figure.
_ACCOUNTS = frozenset(
    {"intelligence", "estimates", "estimate", "figures", "data", "assessment", "assessments",
     "tally", "count", "counts", "statistics", "reports", "report", "sources", "officials"}
)  # fmt: skip
# A clause that a citing phrase does not reach: "..., citing Ukrainian estimates, while Moscow
# said 200 ...".
_JOINS = frozenset({"while", "whereas", "but", ";"})
_TRAILING_JOINS = _JOINS | {"and"}


def citing_cues(s: Sentence) -> list[ClaimCue]:
    """Cues for "citing <state's record>" opening the sentence or after a comma."""
    if CITING.isdisjoint(s.words):
        return []  # nearly every sentence: one set test
    lowers = s.lowers
    cues: list[ClaimCue] = []
    for i in range(s.start, s.end):  # "citing" is no trigger word: scan its own sentence
        if lowers[i] not in CITING:
            continue
        if i > s.start and lowers[i - 1] != ",":
            continue  # "a report citing ...": a noun's modifier, not the speaker's source
        cue = right_subject(s, i, i + 1, denied=False)
        if cue is None or cue.claimant is None or not cue.claimant.entities:
            continue
        if lowers[cue.end - 1] not in _ACCOUNTS:
            continue
        cues.append(cue)
    return cues


def cited_claimant(cues: list[ClaimCue], position: int, lowers: list[str]) -> Claimant | None:
    """The state whose record the sentence's speaker cites for the fact at `position`, when
    one citing phrase stands in the fact's clause; else None."""
    cited = [c for c in cues if lowers[c.verb] in CITING and c.claimant is not None]
    if len(cited) != 1:
        return None  # nearly every fact: no citing phrase
    cue = cited[0]
    if not all(c is cue or _pronoun(c, lowers) for c in cues):
        return None  # "Yu said, citing Ukrainian officials, ...": the named speaker's claim
    assert cue.claimant is not None
    cited_states = set(cue.claimant.entities)
    if any(c.claimant is not None and not cited_states.isdisjoint(c.claimant.entities)
           for c in cues if c is not cue):  # fmt: skip
        return None  # Zelensky: "he said, citing Ukrainian intelligence": his own state's word
    if position < cue.start:
        # "A grew to 1.3 million and, citing Ukrainian data, that B ...": a citation after
        # a joined clause speaks of what follows it only.
        between, joins = lowers[position : cue.start], _TRAILING_JOINS
    else:
        between, joins = lowers[cue.end : position], _JOINS
    return cue.claimant if joins.isdisjoint(between) else None


def _pronoun(cue: ClaimCue, lowers: list[str]) -> bool:
    """A speaker told only as "he" or "she", whom the text named before."""
    return cue.end - cue.start == 1 and lowers[cue.start] in PRONOUNS


def without_citing(cues: list[ClaimCue], lowers: list[str]) -> list[ClaimCue]:
    """The cues but the citing phrases, which speak only for their own clause's facts
    (`cited_claimant`), never as the nearest source of another's."""
    return [c for c in cues if lowers[c.verb] not in CITING]
