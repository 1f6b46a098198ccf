"""A denial hung on a statement as a participle: "The foreign ministry issued a statement on
Tuesday, categorically rejecting reports that 10,000 troops had been sent to Russia". The
verb after the comma has no subject of its own; the sentence's opening subject denies, and
without it the figure reads as the outlet's own and fires a watch on the troops.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

DENYING_PARTICIPLES = frozenset(
    {"rejecting", "dismissing", "denying", "refuting", "disputing", "rebuffing"}
)
_MANNER = frozenset(
    {"categorically", "flatly", "firmly", "strongly", "angrily", "publicly", "again", "also"}
)
# Where the opening subject ends: its verb.
_VERBS = frozenset(
    {"has", "have", "had", "is", "was", "were", "are", "will", "said", "told", "put", "gave",
     "made", "spoke", "held", "wrote", "sent"}
)  # fmt: skip
_MAX_SUBJECT = 14
_MAX_OPENER = 3


def participle_denials(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues with a denial for each ", rejecting ..." participle whose verb found no
    subject; a cue whose subject the participle opens ("rejecting reports that": the noun
    read as a verb) goes."""
    if DENYING_PARTICIPLES.isdisjoint(s.words):
        return cues
    spoken = {c.verb for c in cues if c.claimant is not None}
    out: list[ClaimCue] = []
    for k in range(s.start + 2, s.end):
        if s.lowers[k] not in DENYING_PARTICIPLES or k in spoken:
            continue
        j = k - 1
        while j > s.start and s.lowers[j] in _MANNER:
            j -= 1
        if s.lowers[j] != ",":
            continue
        first = _after_opener(s)
        end = _subject_end(s, first, j)
        claimant = name_claimant(s, first, end, denied=True) if end is not None else None
        if claimant is not None and claimant.entities:
            out.append(ClaimCue(k, first, end or first, claimant, True))
    if not out:
        return cues
    opened = {c.verb for c in out}
    kept = [c for c in cues if not any(c.start <= k < c.end for k in opened)]
    return kept + out


def _after_opener(s: Sentence) -> int:
    """Past a short opener naming no one ("Meanwhile,", "On Tuesday,"): where the subject
    starts."""
    for k in range(s.start, min(s.end, s.start + _MAX_OPENER + 1)):
        if s.lowers[k] == ",":
            return k + 1 if not s.mentions_between(s.start, k) else s.start
    return s.start


def _subject_end(s: Sentence, first: int, comma: int) -> int | None:
    """The end of the subject opening the sentence: its first verb, if one comes soon."""
    for k in range(first + 1, min(comma, first + _MAX_SUBJECT)):
        word = s.lowers[k]
        if word in _VERBS or (word.endswith("ed") and s.texts[k].islower()):
            return k
        if word == ",":
            return None  # "In Seoul, the ministry said": not a plain opening subject
    return None
